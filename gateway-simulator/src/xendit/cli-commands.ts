import type { Args } from '../kit/cli/args.js';
import type { DriverClient } from '../kit/cli/driver-client.js';
import { print, UsageError } from '../kit/cli/output.js';
import type { DeliveryRecord } from '../kit/delivery/delivery-log.js';

// Xendit's CLI commands (`xendit <sub>`, invoice ids), through the driver API under /sim/v1/xendit.
export const XENDIT_USAGE = `  xendit pay <invoice_id> [--method BANK_TRANSFER|EWALLET|QR_CODE|RETAIL_OUTLET|CREDIT_CARD] [--channel BCA|OVO|QRIS|…]
  xendit expire|settle|status <invoice_id>
  xendit resend <invoice_id> [--times <n>] [--concurrent]
  xendit refund-outcome SUCCEEDED|FAILED [--failure-code <code>] [--delay <seconds>]
  xendit tail [--invoice <invoice_id>]    follow callback deliveries`;

export async function runXenditCommand(client: DriverClient, rest: string[], args: Args): Promise<void> {
  const [sub, id] = rest;
  const invoice = () => {
    if (!id) throw new UsageError(`xendit ${sub ?? ''} needs an invoice id (see usage)`);
    return encodeURIComponent(id);
  };
  const flag = (name: string) => (typeof args.flags[name] === 'string' ? (args.flags[name] as string) : undefined);
  switch (sub) {
    case 'pay':
      return print(
        await client.call('POST', `/xendit/invoices/${invoice()}/pay`, {
          payment_method: flag('method') ?? 'BANK_TRANSFER',
          payment_channel: flag('channel'),
          ...(args.flags['no-notify'] === true ? { notify: false } : {}),
        }),
      );
    case 'expire':
    case 'settle':
      return print(await client.call('POST', `/xendit/invoices/${invoice()}/${sub}`));
    case 'status':
      return print(await client.call('GET', `/xendit/invoices/${invoice()}`));
    case 'resend': {
      const result = (await client.call('POST', `/xendit/invoices/${invoice()}/callbacks/resend`, {
        times: flag('times') === undefined ? 1 : Number(flag('times')),
        concurrent: args.flags.concurrent === true,
      })) as { callbacks: XenditCallbackRecord[] };
      return result.callbacks.forEach((d) => console.log(callbackLine(d)));
    }
    case 'refund-outcome':
      return print(
        await client.call('PUT', '/xendit/refunds/outcome', {
          status: id,
          failure_code: flag('failure-code'),
          delay_seconds: flag('delay') === undefined ? undefined : Number(flag('delay')),
        }),
      );
    case 'tail':
      return xenditTail(client, flag('invoice'));
    default:
      throw new UsageError(`unknown xendit command ${sub ?? ''}`);
  }
}

type XenditCallbackRecord = Omit<DeliveryRecord, 'order_id' | 'transaction_status'> & { invoice_id: string; status: string };

const callbackLine = (d: XenditCallbackRecord): string =>
  `${d.sent_at} ${d.status.padEnd(16)} ${d.invoice_id}  → ${d.url}  ${d.response_status ?? d.result}` +
  `  attempt ${d.attempt} (${d.kind}, ${d.latency_ms} ms) event ${d.event_id}`;

async function xenditTail(client: DriverClient, invoiceId: string | undefined): Promise<void> {
  console.log(`Following Xendit callbacks from ${client.baseUrl} (Ctrl-C to stop)…`);
  let after = 0;
  for (;;) {
    const query = new URLSearchParams({ after: String(after), ...(invoiceId ? { invoice_id: invoiceId } : {}) });
    const { callbacks } = (await client.call('GET', `/xendit/callbacks?${query}`)) as { callbacks: XenditCallbackRecord[] };
    for (const d of callbacks) {
      console.log(callbackLine(d));
      after = Math.max(after, d.seq);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

import type { Args } from '../kit/cli/args.js';
import type { DriverClient } from '../kit/cli/driver-client.js';
import { print, UsageError } from '../kit/cli/output.js';
import type { DeliveryRecord } from '../kit/delivery/delivery-log.js';

// Midtrans's CLI commands (order ids), through the driver API under /sim/v1.
export const MIDTRANS_USAGE = `  pay <order_id> [--method bca|bni|bri|permata|echannel|gopay|qris|shopeepay|card] [--card <number>]
  settle|expire|cancel|deny <order_id>
  refund <order_id> [--amount <n>] [--refund-key <key>]
      (pay … refund take --no-notify: change the state without sending the notification)
  notification-body <order_id>            the signed body it would send for the current state
  subscription-charge <subscription_id>   charge a subscription now
  pay-account-activate <account_id>       the GoPay user approves a pending link
  gopay-user <phone> active|blocked|unregistered
  resend <order_id> [--times <n>] [--concurrent]
  status <order_id>                       the order as the simulator sees it
  tail [--order <order_id>]               follow notification deliveries
  test-notification [--to <url>]          the dashboard's "Test notification URL" button
  clock advance <seconds>
  reset`;

/** Runs one Midtrans (or simulator-wide) command; false when `command` is not one. */
export async function runMidtransCommand(client: DriverClient, command: string, rest: string[], args: Args): Promise<boolean> {
  return (await dispatch(client, command, rest, args)) !== 'unknown';
}

async function dispatch(client: DriverClient, command: string, rest: string[], args: Args): Promise<void | 'unknown'> {
  const order = () => {
    if (!rest[0]) throw new UsageError(`${command} needs an argument (see usage)`);
    return encodeURIComponent(rest[0]);
  };
  const quiet = args.flags['no-notify'] === true ? { notify: false } : {};
  switch (command) {
    case 'pay':
      return print(await client.call('POST', `/transactions/${order()}/pay`, { ...payBody(args), ...quiet }));
    case 'settle':
    case 'expire':
    case 'cancel':
    case 'deny':
      return print(await client.call('POST', `/transactions/${order()}/${command}`, quiet));
    case 'refund':
      return print(
        await client.call('POST', `/transactions/${order()}/refund`, {
          amount: typeof args.flags.amount === 'string' ? Number(args.flags.amount) : undefined,
          refund_key: typeof args.flags['refund-key'] === 'string' ? args.flags['refund-key'] : undefined,
          ...quiet,
        }),
      );
    case 'notification-body':
      return print(await client.call('GET', `/transactions/${order()}/notification-body`));
    case 'subscription-charge':
      return print(await client.call('POST', `/subscriptions/${order()}/charge`));
    case 'pay-account-activate':
      return print(await client.call('POST', `/pay-accounts/${order()}/activate`));
    case 'gopay-user':
      return print(await client.call('PUT', `/gopay/users/${order()}`, { state: rest[1] }));
    case 'resend': {
      const times = typeof args.flags.times === 'string' ? Number(args.flags.times) : 1;
      const result = (await client.call('POST', `/transactions/${order()}/notifications/resend`, {
        times,
        concurrent: args.flags.concurrent === true,
      })) as { deliveries: DeliveryRecord[] };
      return result.deliveries.forEach((d) => console.log(deliveryLine(d)));
    }
    case 'test-notification': {
      const to = typeof args.flags.to === 'string' ? { url: args.flags.to } : {};
      const result = (await client.call('POST', '/notifications/test', to)) as { deliveries: DeliveryRecord[] };
      return result.deliveries.forEach((d) => console.log(deliveryLine(d)));
    }
    case 'status':
      return print(await client.call('GET', `/transactions/${order()}`));
    case 'tail':
      return tail(client, typeof args.flags.order === 'string' ? args.flags.order : undefined);
    case 'clock':
      if (rest[0] !== 'advance' || rest[1] === undefined) throw new UsageError('usage: clock advance <seconds>');
      return print(await client.call('POST', '/clock/advance', { seconds: Number(rest[1]) }));
    case 'reset':
      return print(await client.call('POST', '/reset'));
    default:
      return 'unknown';
  }
}

function payBody(args: Args): Record<string, unknown> {
  const method = typeof args.flags.method === 'string' ? args.flags.method : 'bca';
  return { method, card_number: typeof args.flags.card === 'string' ? args.flags.card : undefined };
}

async function tail(client: DriverClient, orderId: string | undefined): Promise<void> {
  console.log(`Following deliveries from ${client.baseUrl} (Ctrl-C to stop)…`);
  let after = 0;
  for (;;) {
    const query = new URLSearchParams({ after: String(after), ...(orderId ? { order_id: orderId } : {}) });
    const { deliveries } = (await client.call('GET', `/notifications?${query}`)) as { deliveries: DeliveryRecord[] };
    for (const d of deliveries) {
      console.log(deliveryLine(d));
      after = Math.max(after, d.seq);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

const deliveryLine = (d: DeliveryRecord): string =>
  `${d.sent_at} ${d.transaction_status.padEnd(14)} ${d.order_id}  → ${d.url}  ${d.response_status ?? d.result}` +
  `  attempt ${d.attempt} (${d.kind}, ${d.latency_ms} ms) event ${d.event_id}`;

import { parseArgs, type Args } from './kit/cli/args.js';
import { DriverClient } from './kit/cli/driver-client.js';
import { ConfigError, loadConfig, type CliConfig } from './config.js';
import { DEFAULT_SERVER_KEY } from './midtrans/defaults.js';
import { createSimulator, XENDIT_SIMULATOR_DEFAULTS } from './index.js';
import type { DeliveryRecord } from './kit/delivery/delivery-log.js';

// `lunas-midtrans-sim <command>`: `start` runs the simulator; the other commands drive a running
// one through its driver API (like `stripe trigger` / `stripe listen`).
const USAGE = `Usage: lunas-midtrans-sim <command> [options]

  start                                   run the simulator (env: SIMULATOR_PORT, MIDTRANS_SERVER_KEY, …)
  pay <order_id> [--method bca|bni|bri|permata|echannel|gopay|qris|shopeepay|card] [--card <number>]
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
  reset

  Xendit (invoice ids):
  xendit pay <invoice_id> [--method BANK_TRANSFER|EWALLET|QR_CODE|RETAIL_OUTLET|CREDIT_CARD] [--channel BCA|OVO|QRIS|…]
  xendit expire|settle|status <invoice_id>
  xendit resend <invoice_id> [--times <n>] [--concurrent]
  xendit refund-outcome SUCCEEDED|FAILED [--failure-code <code>] [--delay <seconds>]
  xendit tail [--invoice <invoice_id>]      follow callback deliveries

  --url <simulator url>                   default $SIMULATOR_URL or http://127.0.0.1:4100
  (client commands send Authorization: Bearer $SIMULATOR_DRIVER_TOKEN when it is set)`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const config = loadConfig();
  const [command, ...rest] = args.positionals;
  if (!command || args.flags.help) return void console.log(USAGE);
  if (command === 'start') return start(config);

  const url = typeof args.flags.url === 'string' ? args.flags.url.replace(/\/+$/, '') : config.simulatorUrl;
  const client = new DriverClient(url, config.driverToken);
  const order = () => {
    if (!rest[0]) throw new ConfigError(`${command} needs an argument (see usage)\n\n${USAGE}`);
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
      if (rest[0] !== 'advance' || rest[1] === undefined) throw new ConfigError(`usage: clock advance <seconds>`);
      return print(await client.call('POST', '/clock/advance', { seconds: Number(rest[1]) }));
    case 'reset':
      return print(await client.call('POST', '/reset'));
    case 'xendit':
      return xendit(client, rest, args);
    default:
      throw new ConfigError(`unknown command ${command}\n\n${USAGE}`);
  }
}

async function xendit(client: DriverClient, rest: string[], args: Args): Promise<void> {
  const [sub, id] = rest;
  const invoice = () => {
    if (!id) throw new ConfigError(`xendit ${sub ?? ''} needs an invoice id (see usage)\n\n${USAGE}`);
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
      throw new ConfigError(`unknown xendit command ${sub ?? ''}\n\n${USAGE}`);
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

function payBody(args: Args): Record<string, unknown> {
  const method = typeof args.flags.method === 'string' ? args.flags.method : 'bca';
  return { method, card_number: typeof args.flags.card === 'string' ? args.flags.card : undefined };
}

async function start(config: CliConfig): Promise<void> {
  const sim = createSimulator({
    serverKey: config.serverKey,
    clientKey: config.clientKey,
    notificationUrl: config.notificationUrl,
    merchantId: config.merchantId,
    retryTimeScale: config.retryTimeScale,
    publicUrl: config.publicUrl,
    quiet: config.quiet,
    driverToken: config.driverToken,
    xendit: config.xendit,
  });
  const { url } = await sim.start(config.port, config.host);
  const base = config.publicUrl ?? url;
  console.log(`Midtrans simulator listening on ${url}
  Snap API      ${base}/snap/v1   (ApiConfig.SNAP_SANDBOX_BASE_URL)
  Core API      ${base}            (ApiConfig.CORE_SANDBOX_BASE_URL)
  snap.js       ${base}/snap/snap.js
  Driver API    ${base}/sim/v1
  Xendit API    ${base}/xendit     (new Xendit({ xenditURL }))
  Xendit calls back → ${config.xendit.callbackUrl || '(none configured)'}  (expired too: ${config.xendit.notifyExpired ? 'yes' : 'no'})
  Xendit key    ${xenditKeyNote(config)}
  Notifications → ${config.notificationUrl || '(none configured)'}  (retry time scale ${config.retryTimeScale})
  Client key    ${config.clientKey}
  Server key    ${serverKeyNote(config)}
  Driver API    ${config.driverToken ? 'needs Authorization: Bearer $SIMULATOR_DRIVER_TOKEN' : 'loopback clients only (SIMULATOR_DRIVER_TOKEN unset)'}`);
  const shutdown = () => {
    void sim.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** Says which key is in use without ever showing it (the server key signs notifications). */
function serverKeyNote(config: CliConfig): string {
  return config.serverKey === DEFAULT_SERVER_KEY
    ? "the simulator's published default (not a secret)"
    : 'from MIDTRANS_SERVER_KEY (not shown)';
}

/** Like serverKeyNote: the secret key and callback token are never printed. */
function xenditKeyNote(config: CliConfig): string {
  return config.xendit.secretKey === XENDIT_SIMULATOR_DEFAULTS.secretKey
    ? "the simulator's published default (not a secret); callback token likewise unless XENDIT_CALLBACK_TOKEN is set"
    : 'from XENDIT_SECRET_KEY (not shown)';
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

const print = (data: unknown): void => console.log(JSON.stringify(data, null, 2));

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

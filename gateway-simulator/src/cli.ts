import { parseArgs } from './kit/cli/args.js';
import { DriverClient } from './kit/cli/driver-client.js';
import { ConfigError, loadConfig, type CliConfig } from './config.js';
import { DEFAULT_SERVER_KEY } from './midtrans/defaults.js';
import { createSimulator, XENDIT_SIMULATOR_DEFAULTS } from './index.js';
import { UsageError } from './kit/cli/output.js';
import { MIDTRANS_USAGE, runMidtransCommand } from './midtrans/cli-commands.js';
import { runXenditCommand, XENDIT_USAGE } from './xendit/cli-commands.js';

// `lunas-gateway-sim <command>` (also installed as `lunas-midtrans-sim`): `start` runs the simulator; the other commands drive a running
// one through its driver API (like `stripe trigger` / `stripe listen`).
const USAGE = `Usage: lunas-gateway-sim <command> [options]

  start                                   run the simulator (env: SIMULATOR_PORT, MIDTRANS_SERVER_KEY, XENDIT_SECRET_KEY, …)

  Midtrans (order ids):
${MIDTRANS_USAGE}

  Xendit (invoice ids):
${XENDIT_USAGE}

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
  try {
    if (command === 'xendit') return await runXenditCommand(client, rest, args);
    if (await runMidtransCommand(client, command, rest, args)) return;
  } catch (err) {
    if (err instanceof UsageError) throw new ConfigError(`${err.message}\n\n${USAGE}`);
    throw err;
  }
  throw new ConfigError(`unknown command ${command}\n\n${USAGE}`);
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
  console.log(`Gateway simulator (Midtrans, Xendit) listening on ${url}
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

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

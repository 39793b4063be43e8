// The only reader of process.env. Parsed once at boot; every bad value is named
// with what was expected, so a misconfigured deploy fails before taking traffic.
import { z } from 'zod';
import { PAYMENT_GATEWAY_NAMES, type PaymentGatewayName } from './payments/gateway-name.js';
import { MIDTRANS_MODES, type MidtransMode } from './gateway/midtrans/mode.js';
import { LIVE_KEY_PREFIX, TEST_KEY_PREFIX, XENDIT_MODES, XENDIT_SIMULATOR_CREDENTIALS, type XenditMode } from './gateway/xendit/mode.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';

export type { MidtransMode, PaymentGatewayName, XenditMode };

/** Local keys the simulator is started with too; they unlock nothing real. */
export const SIMULATOR_SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';
export const SIMULATOR_CLIENT_KEY = 'SB-Mid-client-lunas-local-simulator';

/** `points` requests per `durationSeconds`, counted per client IP. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export interface Config {
  port: number;
  /** Interface to listen on: 127.0.0.1 unless told (containers set 0.0.0.0). */
  host: string;
  /** NODE_ENV=production: the guardrails below are enforced, introspection is off by default. */
  production: boolean;
  /** Express's `trust proxy`: false (default), a hop count, or addresses/subnets of the proxies. */
  trustProxy: boolean | number | string;
  /** Introspection and the Apollo Sandbox landing page. */
  introspection: boolean;
  /** GraphiQL at /explorer (offline API explorer); off by default with NODE_ENV=production. */
  explorerEnabled: boolean;
  logLevel: LogLevel;
  rateLimits: {
    createPayment: RateLimit;
    /** Wrong access tokens / unknown orders on order and orderStatusChanged. */
    orderLookupFailures: RateLimit;
    webhook: RateLimit;
    /** Webhook requests answered 4xx (bad JSON, bad signature…): Midtrans itself never earns one. */
    webhookFailures: RateLimit;
  };
  webSocket: { maxSocketsPerIp: number; maxSubscriptionsPerSocket: number };
  mongodbUri: string | undefined;
  /**
   * The database of the CLIs (`npm run catalog`, `npm run admin`): MONGODB_URI, else the
   * embedded one `npm start` / `npm run db` run on FERRETDB_PORT (27017), as they do.
   */
  toolsDatabaseUri: string;
  publicAppUrl: string;
  corsOrigins: string[];
  redisUrl: string | undefined;
  /** A JSON catalog (catalog-file.ts) seeded into an EMPTY catalog at start; later changes go through `npm run catalog`. */
  catalogFile: string | undefined;
  midtrans: {
    mode: MidtransMode;
    serverKey: string;
    clientKey: string;
    simulatorUrl: string;
    /** The simulator as browsers reach it (snap.js); differs from simulatorUrl inside docker-compose. */
    simulatorPublicUrl: string;
    requestTimeoutMs: number;
    /** Status, refund and cancel calls: short, so the webhook answers within 5 s. */
    statusTimeoutMs: number;
    /** How long a payment begun in Snap (a VA, a QR code…) takes money, from the shopper's choice (Snap's `expiry`). */
    snapExpiryMinutes: number;
  };
  /** The enabled gateways, the default (for a checkout that names none) first. */
  gateways: PaymentGatewayName[];
  xendit: {
    mode: XenditMode;
    /** Secret: never logged, never sent to a browser. */
    secretKey: string;
    /** The dashboard's callback verification token, compared with x-callback-token. Secret. */
    callbackToken: string;
    /** The simulator's Xendit base URL (xendit-node's xenditURL), used in simulator mode. */
    simulatorUrl: string;
    /** Creating an invoice. */
    requestTimeoutMs: number;
    /** Status, expire and refund calls: short, so a callback is answered well within Xendit's 30 s. */
    statusTimeoutMs: number;
  };
  checkout: {
    /** How long an unpaid checkout holds its stock before a payment has begun (Snap's `page_expiry`). */
    holdMinutes: number;
    /** Units of one product one order may take. */
    maxQuantityPerItem: number;
  };
  /** Creates the first operator at start when there is none. */
  admin: { email: string; password: string } | undefined;
  /** Wrong operator passwords, per client address and per account. */
  signInLimits: { perIp: RateLimit; perAccount: RateLimit };
  /** Bearer token for GET /metrics. */
  metricsToken: string | undefined;
  /**
   * Without METRICS_TOKEN, may a loopback client scrape /metrics? Only where no proxy on
   * this host can relay the world to it: TRUST_PROXY unset or false, and not production.
   */
  metricsFromLoopbackWithoutToken: boolean;
  reconcile: {
    /** How often the reconciler runs; 0 turns it off. */
    intervalSeconds: number;
    /** Orders unpaid for longer than this are asked about. */
    afterSeconds: number;
    /** Paid orders are asked about every paidEverySeconds for paidForSeconds after their last change. */
    paidForSeconds: number;
    paidEverySeconds: number;
  };
}

const url = (name: string) => z.url({ message: `${name} must be an absolute URL such as http://localhost:4000` });

const WINDOW_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/** "60/10m": 60 requests per 10 minutes. */
const rateLimit = (name: string, fallback: string) =>
  z
    .string()
    .regex(/^[1-9]\d*\/[1-9]\d*[smh]$/, `${name} must look like 60/10m (requests / window in s, m or h)`)
    .default(fallback)
    .transform((value): RateLimit => {
      const [, points, amount, unit] = /^(\d+)\/(\d+)([smh])$/.exec(value)!;
      return { points: Number(points), durationSeconds: Number(amount) * WINDOW_SECONDS[unit as keyof typeof WINDOW_SECONDS] };
    });

const flag = (name: string) =>
  z.enum(['true', 'false'], { message: `${name} must be true or false` }).transform((value) => value === 'true');

const schema = z
  .object({
    NODE_ENV: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('127.0.0.1'),
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d+|[\w.:/,\s-]+)$/, 'TRUST_PROXY must be false, true, a hop count or a list of proxy addresses/subnets')
      .optional(),
    GRAPHQL_INTROSPECTION: flag('GRAPHQL_INTROSPECTION').optional(),
    EXPLORER_ENABLED: flag('EXPLORER_ENABLED').optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    RATE_LIMIT_CREATE_PAYMENT: rateLimit('RATE_LIMIT_CREATE_PAYMENT', '60/10m'),
    RATE_LIMIT_ORDER_LOOKUP_FAILURES: rateLimit('RATE_LIMIT_ORDER_LOOKUP_FAILURES', '30/10m'),
    RATE_LIMIT_WEBHOOK: rateLimit('RATE_LIMIT_WEBHOOK', '600/1m'),
    RATE_LIMIT_WEBHOOK_FAILURES: rateLimit('RATE_LIMIT_WEBHOOK_FAILURES', '60/10m'),
    WS_MAX_SOCKETS_PER_IP: z.coerce.number().int().min(1, 'WS_MAX_SOCKETS_PER_IP must be at least 1').default(30),
    WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1, 'WS_MAX_SUBSCRIPTIONS_PER_SOCKET must be at least 1').default(10),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URI must start with mongodb:// or mongodb+srv://')
      .optional(),
    FERRETDB_PORT: z.coerce.number().int().min(1).max(65535, 'FERRETDB_PORT must be a port number (1-65535)').default(27017),
    PUBLIC_APP_URL: url('PUBLIC_APP_URL').default('http://localhost:5173'),
    CORS_ORIGINS: z.string().optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis://')
      .optional(),
    CATALOG_FILE: z
      .string()
      .regex(/\.json$/i, 'CATALOG_FILE must name a .json file (see catalog.example.json)')
      .optional(),
    MIDTRANS_MODE: z
      .enum(MIDTRANS_MODES, {
        message: 'MIDTRANS_MODE must be simulator, sandbox or production',
      })
      .optional(),
    MIDTRANS_SERVER_KEY: z.string().min(1).optional(),
    MIDTRANS_CLIENT_KEY: z.string().min(1).optional(),
    MIDTRANS_SIMULATOR_URL: url('MIDTRANS_SIMULATOR_URL').default('http://127.0.0.1:4100'),
    MIDTRANS_SIMULATOR_PUBLIC_URL: url('MIDTRANS_SIMULATOR_PUBLIC_URL').optional(),
    MIDTRANS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
    // With the database's own time, the webhook's answer must stay under Midtrans's 5 s.
    MIDTRANS_STATUS_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(4000, 'MIDTRANS_STATUS_TIMEOUT_MS must be at most 4000 (the webhook answers within 5 s)')
      .default(3000),
    SNAP_EXPIRY_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 7, 'SNAP_EXPIRY_MINUTES must be at most a week')
      .default(60 * 24),
    PAYMENT_GATEWAYS: z
      .string()
      .default('midtrans')
      .transform((value, ctx) => {
        const names = value.split(',').map((name) => name.trim());
        const known = (name: string): name is PaymentGatewayName => (PAYMENT_GATEWAY_NAMES as readonly string[]).includes(name);
        if (!names.every(known) || new Set(names).size !== names.length) {
          ctx.addIssue({
            code: 'custom',
            message: `PAYMENT_GATEWAYS must be a comma list of ${PAYMENT_GATEWAY_NAMES.join(', ')}, each once (the default first)`,
          });
          return z.NEVER;
        }
        return names;
      }),
    XENDIT_MODE: z.enum(XENDIT_MODES, { message: 'XENDIT_MODE must be simulator, test or live' }).optional(),
    XENDIT_SECRET_KEY: z.string().min(1).optional(),
    XENDIT_CALLBACK_TOKEN: z.string().min(1).optional(),
    XENDIT_SIMULATOR_URL: url('XENDIT_SIMULATOR_URL').default('http://127.0.0.1:4100/xendit'),
    XENDIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
    // Xendit waits 30 s for a callback's answer, which includes this call and the database's time.
    XENDIT_STATUS_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(10000, 'XENDIT_STATUS_TIMEOUT_MS must be at most 10000 (callbacks are answered well within 30 s)')
      .default(3000),
    // Midtrans's own docs disagree on the shortest Snap expiry (20 s or 5 min); 1 lets tests lapse quickly.
    CHECKOUT_HOLD_MINUTES: z.coerce
      .number()
      .int()
      .min(1, 'CHECKOUT_HOLD_MINUTES must be at least 1')
      .max(60 * 24 * 7, 'CHECKOUT_HOLD_MINUTES must be at most a week (Snap caps a token at 7 days)')
      .default(30),
    MAX_QUANTITY_PER_ITEM: z.coerce
      .number()
      .int()
      .min(1, 'MAX_QUANTITY_PER_ITEM must be at least 1')
      .max(999, 'MAX_QUANTITY_PER_ITEM must be at most 999')
      .default(10),
    RECONCILE_INTERVAL_S: z.coerce.number().int().min(0).default(60),
    ADMIN_EMAIL: z.email({ message: 'ADMIN_EMAIL must be an email address' }).optional(),
    ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').max(1024).optional(),
    RATE_LIMIT_SIGN_IN_IP: rateLimit('RATE_LIMIT_SIGN_IN_IP', '20/15m'),
    RATE_LIMIT_SIGN_IN_ACCOUNT: rateLimit('RATE_LIMIT_SIGN_IN_ACCOUNT', '10/15m'),
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    RECONCILE_AFTER_S: z.coerce.number().int().min(0).default(600),
    RECONCILE_PAID_FOR_S: z.coerce.number().int().min(0).default(86_400),
    RECONCILE_PAID_EVERY_S: z.coerce.number().int().min(0).default(3_600),
  })
  .superRefine((env, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const production = env.NODE_ENV === 'production';
    if (!!env.ADMIN_EMAIL !== !!env.ADMIN_PASSWORD) {
      fail(env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL', 'ADMIN_EMAIL and ADMIN_PASSWORD go together (the first operator)');
    }
    if (env.PAYMENT_GATEWAYS.includes('xendit')) xenditGuardrails(env, fail, production);
    // A shop on Xendit alone configures no Midtrans (its webhook is not mounted then).
    if (!env.PAYMENT_GATEWAYS.includes('midtrans')) return;
    // No silent simulator in production: a deploy must say which Midtrans it talks to.
    if (production && !env.MIDTRANS_MODE) {
      fail('MIDTRANS_MODE', 'MIDTRANS_MODE must be set when NODE_ENV=production (sandbox or production)');
    }
    const mode = env.MIDTRANS_MODE ?? 'simulator';
    if (mode === 'simulator') {
      // The simulator's keys are published: anyone could sign a "settlement".
      if (production) fail('MIDTRANS_MODE', 'MIDTRANS_MODE=simulator is for development; it cannot run with NODE_ENV=production');
      return;
    }
    const published = { MIDTRANS_SERVER_KEY: SIMULATOR_SERVER_KEY, MIDTRANS_CLIENT_KEY: SIMULATOR_CLIENT_KEY };
    for (const key of ['MIDTRANS_SERVER_KEY', 'MIDTRANS_CLIENT_KEY'] as const) {
      const value = env[key];
      if (!value) {
        fail(key, `${key} is required when MIDTRANS_MODE=${mode} (Midtrans dashboard → Settings → Access Keys)`);
      } else if (value === published[key]) {
        fail(
          key,
          `${key} is the simulator's published key; MIDTRANS_MODE=${mode} needs your own (Midtrans dashboard → Settings → Access Keys)`,
        );
      } else if (mode === 'production' && value.startsWith('SB-')) {
        fail(key, `${key} is a sandbox key (SB-…) but MIDTRANS_MODE=production`);
      } else if (mode === 'sandbox' && /^Mid-(server|client)-/.test(value)) {
        // Only the known production prefix is refused: docs/midtrans.md §1 does not promise
        // that every sandbox key starts with SB-.
        fail(key, `${key} looks like a production key (Mid-…) but MIDTRANS_MODE=sandbox`);
      }
    }
  });

/** What the Xendit guardrails read of the parsed environment. */
interface XenditEnv {
  XENDIT_MODE?: XenditMode | undefined;
  XENDIT_SECRET_KEY?: string | undefined;
  XENDIT_CALLBACK_TOKEN?: string | undefined;
}

/** Only when Xendit is enabled: a shop that does not use it need not configure it. */
function xenditGuardrails(env: XenditEnv, fail: (path: string, message: string) => void, production: boolean) {
  if (production && !env.XENDIT_MODE) {
    fail('XENDIT_MODE', 'XENDIT_MODE must be set when NODE_ENV=production and PAYMENT_GATEWAYS includes xendit (test or live)');
  }
  const mode = env.XENDIT_MODE ?? 'simulator';
  if (mode === 'simulator') {
    // The simulator's key and token are published: anyone could send a "PAID" callback.
    if (production) fail('XENDIT_MODE', 'XENDIT_MODE=simulator is for development; it cannot run with NODE_ENV=production');
    return;
  }
  const where = 'Xendit dashboard → Settings → Developers';
  const key = env.XENDIT_SECRET_KEY;
  if (!key) {
    fail('XENDIT_SECRET_KEY', `XENDIT_SECRET_KEY is required when XENDIT_MODE=${mode} (${where} → API keys)`);
  } else if (key === XENDIT_SIMULATOR_CREDENTIALS.secretKey) {
    fail(
      'XENDIT_SECRET_KEY',
      `XENDIT_SECRET_KEY is the simulator's published key; XENDIT_MODE=${mode} needs your own (${where} → API keys)`,
    );
  } else if (mode === 'live' && key.startsWith(TEST_KEY_PREFIX)) {
    fail('XENDIT_SECRET_KEY', `XENDIT_SECRET_KEY is a test key (${TEST_KEY_PREFIX}…) but XENDIT_MODE=live`);
  } else if (mode === 'test' && key.startsWith(LIVE_KEY_PREFIX)) {
    fail('XENDIT_SECRET_KEY', `XENDIT_SECRET_KEY is a live key (${LIVE_KEY_PREFIX}…) but XENDIT_MODE=test`);
  } else if (!key.startsWith(TEST_KEY_PREFIX) && !key.startsWith(LIVE_KEY_PREFIX)) {
    fail('XENDIT_SECRET_KEY', `XENDIT_SECRET_KEY must be a Xendit secret key (${TEST_KEY_PREFIX}… or ${LIVE_KEY_PREFIX}…)`);
  }
  const token = env.XENDIT_CALLBACK_TOKEN;
  if (!token) {
    fail('XENDIT_CALLBACK_TOKEN', `XENDIT_CALLBACK_TOKEN is required when XENDIT_MODE=${mode} (${where} → Callbacks → verification token)`);
  } else if (token === XENDIT_SIMULATOR_CREDENTIALS.callbackToken) {
    fail('XENDIT_CALLBACK_TOKEN', `XENDIT_CALLBACK_TOKEN is the simulator's published token; XENDIT_MODE=${mode} needs your account's`);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset, as they do in most .env files. */
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]?.trim()));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mode = e.MIDTRANS_MODE ?? 'simulator';
  const simulator = mode === 'simulator';
  const production = e.NODE_ENV === 'production';
  const xenditMode = e.XENDIT_MODE ?? 'simulator';
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    trustProxy: trustProxy(e.TRUST_PROXY),
    introspection: e.GRAPHQL_INTROSPECTION ?? (!production && mode !== 'production'),
    explorerEnabled: e.EXPLORER_ENABLED ?? !production,
    logLevel: e.LOG_LEVEL,
    rateLimits: {
      createPayment: e.RATE_LIMIT_CREATE_PAYMENT,
      orderLookupFailures: e.RATE_LIMIT_ORDER_LOOKUP_FAILURES,
      webhook: e.RATE_LIMIT_WEBHOOK,
      webhookFailures: e.RATE_LIMIT_WEBHOOK_FAILURES,
    },
    webSocket: { maxSocketsPerIp: e.WS_MAX_SOCKETS_PER_IP, maxSubscriptionsPerSocket: e.WS_MAX_SUBSCRIPTIONS_PER_SOCKET },
    mongodbUri: e.MONGODB_URI,
    toolsDatabaseUri: e.MONGODB_URI ?? `mongodb://127.0.0.1:${e.FERRETDB_PORT}/`,
    publicAppUrl: e.PUBLIC_APP_URL.replace(/\/$/, ''),
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : [new URL(e.PUBLIC_APP_URL).origin],
    redisUrl: e.REDIS_URL,
    catalogFile: e.CATALOG_FILE,
    midtrans: {
      mode,
      serverKey: e.MIDTRANS_SERVER_KEY ?? (simulator ? SIMULATOR_SERVER_KEY : ''),
      clientKey: e.MIDTRANS_CLIENT_KEY ?? (simulator ? SIMULATOR_CLIENT_KEY : ''),
      simulatorUrl: e.MIDTRANS_SIMULATOR_URL.replace(/\/$/, ''),
      simulatorPublicUrl: (e.MIDTRANS_SIMULATOR_PUBLIC_URL ?? e.MIDTRANS_SIMULATOR_URL).replace(/\/$/, ''),
      requestTimeoutMs: e.MIDTRANS_TIMEOUT_MS,
      statusTimeoutMs: e.MIDTRANS_STATUS_TIMEOUT_MS,
      snapExpiryMinutes: e.SNAP_EXPIRY_MINUTES,
    },
    gateways: e.PAYMENT_GATEWAYS,
    xendit: {
      mode: xenditMode,
      secretKey: e.XENDIT_SECRET_KEY ?? (xenditMode === 'simulator' ? XENDIT_SIMULATOR_CREDENTIALS.secretKey : ''),
      callbackToken: e.XENDIT_CALLBACK_TOKEN ?? (xenditMode === 'simulator' ? XENDIT_SIMULATOR_CREDENTIALS.callbackToken : ''),
      simulatorUrl: e.XENDIT_SIMULATOR_URL.replace(/\/$/, ''),
      requestTimeoutMs: e.XENDIT_TIMEOUT_MS,
      statusTimeoutMs: e.XENDIT_STATUS_TIMEOUT_MS,
    },
    checkout: { holdMinutes: e.CHECKOUT_HOLD_MINUTES, maxQuantityPerItem: e.MAX_QUANTITY_PER_ITEM },
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : undefined,
    signInLimits: { perIp: e.RATE_LIMIT_SIGN_IN_IP, perAccount: e.RATE_LIMIT_SIGN_IN_ACCOUNT },
    metricsToken: e.METRICS_TOKEN,
    metricsFromLoopbackWithoutToken: !production && trustProxy(e.TRUST_PROXY) === false,
    reconcile: {
      intervalSeconds: e.RECONCILE_INTERVAL_S,
      afterSeconds: e.RECONCILE_AFTER_S,
      paidForSeconds: e.RECONCILE_PAID_FOR_S,
      paidEverySeconds: e.RECONCILE_PAID_EVERY_S,
    },
  };
}

/** Express's own forms: "1" is a hop count, "true" trusts every proxy, anything else a list. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

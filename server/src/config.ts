// The only reader of process.env. Parsed once at boot; every bad value is named
// with what was expected, so a misconfigured deploy fails before taking traffic.
import { z } from 'zod';

export type MidtransMode = 'simulator' | 'sandbox' | 'production';

/** Local keys the simulator is started with too; they unlock nothing real. */
export const SIMULATOR_SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';
export const SIMULATOR_CLIENT_KEY = 'SB-Mid-client-lunas-local-simulator';

export interface Config {
  port: number;
  mongodbUri: string | undefined;
  publicAppUrl: string;
  corsOrigins: string[];
  redisUrl: string | undefined;
  midtrans: {
    mode: MidtransMode;
    serverKey: string;
    clientKey: string;
    simulatorUrl: string;
    /** The simulator as browsers reach it (snap.js); differs from simulatorUrl inside docker-compose. */
    simulatorPublicUrl: string;
    requestTimeoutMs: number;
  };
}

const url = (name: string) =>
  z.url({ message: `${name} must be an absolute URL such as http://localhost:4000` });

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URI must start with mongodb:// or mongodb+srv://')
      .optional(),
    PUBLIC_APP_URL: url('PUBLIC_APP_URL').default('http://localhost:5173'),
    CORS_ORIGINS: z.string().optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis://').optional(),
    MIDTRANS_MODE: z
      .enum(['simulator', 'sandbox', 'production'], {
        message: 'MIDTRANS_MODE must be simulator, sandbox or production',
      })
      .default('simulator'),
    MIDTRANS_SERVER_KEY: z.string().min(1).optional(),
    MIDTRANS_CLIENT_KEY: z.string().min(1).optional(),
    MIDTRANS_SIMULATOR_URL: url('MIDTRANS_SIMULATOR_URL').default('http://127.0.0.1:4100'),
    MIDTRANS_SIMULATOR_PUBLIC_URL: url('MIDTRANS_SIMULATOR_PUBLIC_URL').optional(),
    MIDTRANS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
  })
  .superRefine((env, ctx) => {
    if (env.MIDTRANS_MODE === 'simulator') return;
    for (const key of ['MIDTRANS_SERVER_KEY', 'MIDTRANS_CLIENT_KEY'] as const) {
      if (!env[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} is required when MIDTRANS_MODE=${env.MIDTRANS_MODE} (Midtrans dashboard → Settings → Access Keys)`,
        });
      }
    }
  });

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset, as they do in most .env files. */
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]?.trim()),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const simulator = e.MIDTRANS_MODE === 'simulator';
  return {
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    publicAppUrl: e.PUBLIC_APP_URL.replace(/\/$/, ''),
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean)
      : [new URL(e.PUBLIC_APP_URL).origin],
    redisUrl: e.REDIS_URL,
    midtrans: {
      mode: e.MIDTRANS_MODE,
      serverKey: e.MIDTRANS_SERVER_KEY ?? (simulator ? SIMULATOR_SERVER_KEY : ''),
      clientKey: e.MIDTRANS_CLIENT_KEY ?? (simulator ? SIMULATOR_CLIENT_KEY : ''),
      simulatorUrl: e.MIDTRANS_SIMULATOR_URL.replace(/\/$/, ''),
      simulatorPublicUrl: (e.MIDTRANS_SIMULATOR_PUBLIC_URL ?? e.MIDTRANS_SIMULATOR_URL).replace(/\/$/, ''),
      requestTimeoutMs: e.MIDTRANS_TIMEOUT_MS,
    },
  };
}

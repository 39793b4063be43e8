// Structured JSON lines on stderr through pino: written asynchronously (a burst of webhook
// logs never blocks the event loop on a slow terminal or pipe), flushed on shutdown, and
// with secrets removed wherever they appear in a log's context.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream } from 'pino';
import type { Logger } from './payments/ports.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The Logger port plus what the process needs: debug lines, per-request children, a final flush. */
export interface AppLogger extends Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  /** The same logger with `bindings` (e.g. requestId) added to every line. */
  child(bindings: Record<string, unknown>): AppLogger;
  /** Resolves once every line written so far has reached stderr. */
  flush(): Promise<void>;
}

/**
 * Keys whose values never reach a log, at any depth and in any letter case: Midtrans's
 * server key (and the Basic authorization header built from it), order access tokens,
 * signature keys, operator passwords, session cookies; Xendit's secret key and its
 * callback verification token (as a config field and as the x-callback-token header).
 */
const SECRET_KEY =
  /^(server_?key|authorization|proxy-authorization|access_?token|refresh_?token|token|snap_?token|signature_?key|password|passwd|secret|client_?secret|api_?key|x-api-key|secret_?key|callback_?token|x-callback-token|cookie|set-cookie|session(_?id)?)$/i;
/** Secrets inside strings: a token in a logged URL's query, a Basic/Bearer credential. */
const SECRET_IN_TEXT = [
  [/((?:access_?token|token|signature_key|password)=)[^&\s"]+/gi, '$1[redacted]'],
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/g, '$1 [redacted]'],
] as const;
export const REDACTED = '[redacted]';

function scrubText(text: string): string {
  return SECRET_IN_TEXT.reduce<string>((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** A copy of `value` with secret keys' values replaced; depth-limited against cycles. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: scrubText(value.message), stack: value.stack && scrubText(value.stack) };
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
  return out;
}

const logScope = new AsyncLocalStorage<Record<string, unknown>>();

/**
 * Runs `fn` so that every line logged inside it, through any await and by any module
 * (services log through the app's logger), carries `bindings`, e.g. the request id.
 */
export function withLogContext<T>(bindings: Record<string, unknown>, fn: () => T): T {
  return logScope.run(bindings, fn);
}

function wrap(log: pino.Logger, flush: () => Promise<void>): AppLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, context?: Record<string, unknown>): void => {
      if (!log.isLevelEnabled(level)) return;
      if (context) log[level](context, scrubText(message));
      else log[level](scrubText(message));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => wrap(log.child(redactSecrets(bindings) as Record<string, unknown>), flush),
    flush,
  };
}

/**
 * @param destination where lines go; defaults to stderr written asynchronously (tests pass
 *   a stream to read the lines back).
 */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): AppLogger {
  const stream = destination ?? pino.destination({ dest: 2, sync: false });
  const log = pino(
    {
      level,
      base: undefined, // no pid/hostname on every line; the platform adds its own
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => logScope.getStore() ?? {},
      formatters: {
        level: (label) => ({ level: label }),
        log: (context) => redactSecrets(context) as Record<string, unknown>,
      },
    },
    stream,
  );
  const flush = () =>
    new Promise<void>((resolve) => {
      const sonic = stream as Partial<{ flush(cb: (error?: Error) => void): void }>;
      if (typeof sonic.flush !== 'function') return resolve();
      try {
        sonic.flush(() => resolve());
      } catch {
        resolve(); // not open yet: nothing written
      }
    });
  return wrap(log, flush);
}

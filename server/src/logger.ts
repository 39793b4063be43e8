// JSON lines on stderr: greppable locally, parseable by any log shipper.
import type { Logger } from './payments/ports.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, context?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...context }));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

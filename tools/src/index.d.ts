// Types for @lunas/dev-services (plain ESM JavaScript, so scripts run without a build).

export interface RunningService {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export function buildFerretDB(options?: { quiet?: boolean }): string;
export function startFerretDB(options?: {
  port?: number;
  host?: string;
  /** Defaults to .data/ferretdb at the repository root. */
  dataDir?: string;
  quiet?: boolean;
  signal?: AbortSignal;
  /** Another build of the wrapper to run (to compare before and after a change); default: tools/ferretdb, built if stale. */
  bin?: string;
}): Promise<RunningService>;

export function buildMiniredis(options?: { quiet?: boolean }): string;
export function hasRedisServer(): boolean;
export function startRedis(options?: {
  quiet?: boolean;
  prefer?: 'redis-server' | 'miniredis';
}): Promise<RunningService & { kind: 'redis-server' | 'miniredis' }>;

export function freePort(port?: number): Promise<number>;
export function isPortBusy(port: number): Promise<boolean>;
export interface PortNeed {
  port: number;
  service: string;
  variable: string;
  alternative?: string;
}
export class PortsBusyError extends Error {
  busy: PortNeed[];
}
export function assertPortsFree(needs: PortNeed[]): Promise<void>;

export const PORT_VARIABLES: { db: string; api: string; simulator: string; client: string };
export interface StackOptions {
  /** The host name the browser uses for the shop and the API alike (default localhost); must reach this machine's loopback. */
  host?: string;
  dataDir?: string;
  dbPort?: number;
  apiPort?: number;
  simulatorPort?: number;
  clientPort?: number;
  client?: 'dev' | 'preview' | false;
  quiet?: boolean;
  env?: Record<string, string>;
  simulatorEnv?: Record<string, string>;
  signal?: AbortSignal;
  /** Runs after the port check and before anything starts. */
  prepare?: () => void | Promise<void>;
  onExit?: (name: string, code: number | null) => void;
}
export interface Stack {
  mongoUri: string;
  /** The API as the browser reaches it: the same host as clientUrl. */
  apiUrl: string;
  graphqlUrl: string;
  wsUrl: string;
  simulatorUrl: string;
  clientUrl: string | undefined;
  pids: Record<string, number>;
  stop(): Promise<void>;
}
export function startStack(options?: StackOptions): Promise<Stack>;
export function hasClient(): boolean;

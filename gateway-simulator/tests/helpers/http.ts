// Plain HTTP to a simulator, for what the official SDKs cannot send (driver calls, raw bodies,
// missing or wrong keys). Answers are parsed as JSON when they are JSON, kept as text otherwise.

export interface HttpAnswer {
  status: number;
  body: any;
  headers: Headers;
}

export type HttpCall = (method: string, path: string, body?: string, headers?: Record<string, string>) => Promise<HttpAnswer>;

/** Calls `base + path` with a JSON content-type (which `headers` may override). */
export function httpCaller(base: string): HttpCall {
  return async (method, path, body, headers = {}) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };
}

/** HTTP Basic with `key` as the user name and an empty password (how both gateways take a key). */
export const basicAuth = (key: string): string => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

/** Sends `body` as JSON when given (the driver API's calls). */
export const jsonBody = (body: unknown): string | undefined => (body === undefined ? undefined : JSON.stringify(body));

let counter = 0;
/** A fresh id per call (order_id, external_id), so tests never collide on a gateway's id rules. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now()}-${++counter}`;

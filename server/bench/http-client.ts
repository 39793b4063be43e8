// HTTP for the load: node:http over kept-alive sockets. Lighter than fetch (undici)
// under load; on a busy 2-core machine the client's own cost would otherwise show up
// as server latency.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

export interface HttpAnswer {
  status: number;
  text: string;
}

export function request(
  url: string,
  method: 'GET' | 'POST' = 'GET',
  body?: string,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

export const json = <T>(answer: HttpAnswer): T => (answer.text ? (JSON.parse(answer.text) as T) : ({} as T));

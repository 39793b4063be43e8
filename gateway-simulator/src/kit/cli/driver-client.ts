// HTTP client for a running simulator's driver API (what the CLI's client commands use).
export class DriverClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}/sim/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new Error(
        `cannot reach the simulator at ${this.baseUrl} (${(err as Error).message}); start it with \`npm run simulator\` or pass --url`,
      );
    }
    const text = await res.text();
    const data = text ? (JSON.parse(text) as unknown) : null;
    if (!res.ok) {
      const message = (data as { error?: { message?: string } } | null)?.error?.message ?? text;
      throw new Error(`HTTP ${res.status}: ${message}`);
    }
    return data;
  }
}

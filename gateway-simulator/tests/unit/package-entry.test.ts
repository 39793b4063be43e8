import { createSimulator, DEFAULT_CLIENT_KEY, DEFAULT_SERVER_KEY } from '@lunas/gateway-simulator';

// The contract other workspaces rely on: import by package name, start on port 0, stop cleanly.
describe('@lunas/gateway-simulator entry', () => {
  it('starts on a free port, answers, and stops', async () => {
    const sim = createSimulator({ serverKey: DEFAULT_SERVER_KEY, clientKey: DEFAULT_CLIENT_KEY, quiet: true });
    const { url } = await sim.start(0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.url).toBe(url);
    const health = await fetch(`${url}/sim/v1/health`);
    expect(await health.json()).toMatchObject({ ok: true, url });
    await sim.stop();
    await expect(fetch(`${url}/sim/v1/health`)).rejects.toThrow();
  });

  it('refuses to start without keys', () => {
    expect(() => createSimulator({ serverKey: '', clientKey: 'x' })).toThrow(/serverKey/);
  });
});

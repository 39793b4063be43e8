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

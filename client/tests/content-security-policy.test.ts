// @vitest-environment node
// The production shop's Content-Security-Policy (deploy/content-security-policy.mjs) and
// the files that make nginx send it. The browser side is e2e/tests/shop-csp.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, MIDTRANS_SOURCES, snapSourcesFrom } from '../deploy/content-security-policy.mjs';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('the shop Content-Security-Policy', () => {
  it('allows scripts from the shop and Midtrans only, the API over HTTP and WebSocket, and no framing', () => {
    const policy = directives(contentSecurityPolicy({ graphqlUrl: 'https://api.toko.id/graphql' }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", ...MIDTRANS_SOURCES]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('connect-src')).toEqual(expect.arrayContaining(['https://api.toko.id', 'wss://api.toko.id']));
    expect(policy.get('frame-src')).toEqual(MIDTRANS_SOURCES);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('takes the simulator in Midtrans place, and refuses what is not an origin', () => {
    expect(snapSourcesFrom('')).toEqual(MIDTRANS_SOURCES);
    const local = directives(
      contentSecurityPolicy({ graphqlUrl: 'http://localhost:4000/graphql', snapSources: snapSourcesFrom('http://localhost:4100') }),
    );
    expect(local.get('script-src')).toEqual(["'self'", 'http://localhost:4100']);
    expect(local.get('connect-src')).toEqual(expect.arrayContaining(['http://localhost:4000', 'ws://localhost:4000']));
    expect(() => contentSecurityPolicy({ graphqlUrl: 'http://x/graphql', snapSources: ["'unsafe-inline'"] })).toThrow(/not an origin/);
    expect(() => contentSecurityPolicy({ graphqlUrl: 'http://x/graphql', snapSources: ['http://a; script-src *'] })).toThrow(
      /not an origin/,
    );
  });

  it('is written by the image build and included in every nginx location', () => {
    const line = execFileSync(process.execPath, [fileURLToPath(new URL('../deploy/content-security-policy.mjs', import.meta.url))], {
      env: { ...process.env, VITE_GRAPHQL_URL: 'https://api.toko.id/graphql', SNAP_SOURCES: '' },
      encoding: 'utf8',
    });
    expect(line).toBe(
      `add_header Content-Security-Policy "${contentSecurityPolicy({ graphqlUrl: 'https://api.toko.id/graphql' })}" always;\n`,
    );
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/RUN node client\/deploy\/content-security-policy\.mjs > \/app\/client\/content-security-policy\.conf/);
    expect(dockerfile).toMatch(
      /COPY --from=build \/app\/client\/content-security-policy\.conf \/etc\/nginx\/lunas\/content-security-policy\.conf/,
    );
    // nginx drops a server's add_header lines in a location with add_header of its own.
    const nginx = read('nginx.conf');
    const locations = nginx.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).toContain('include /etc/nginx/lunas/content-security-policy.conf;');
  });
});

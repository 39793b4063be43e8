import { startXenditSim, type XenditSim } from '../helpers/xendit.js';

// Both hosted pages are the kit's shell (kit/page/page-html.ts, kit/page/shell.ts) in their
// gateway's words: the headers a payment page gets, and every stylesheet and module the
// page names (the shell's own under the gateway's assets/kit/) loads from the simulator itself.
let sim: XenditSim;
beforeAll(async () => {
  sim = await startXenditSim();
});
afterAll(() => sim.stop());

const localUrls = (html: string, page: URL) =>
  [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1] as string)
    .filter((ref) => !ref.startsWith('data:'))
    .map((ref) => new URL(ref, page));

/** The `./`-relative imports of a module, recursively: what the browser fetches for it. */
async function moduleGraph(entry: URL, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(entry.href)) return seen;
  seen.add(entry.href);
  const text = await (await fetch(entry)).text();
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) await moduleGraph(new URL(m[1] as string, entry), seen);
  return seen;
}

describe.each([
  ['Snap', '/snap/v2/vtweb/any-token', '*', 'Midtrans Sandbox'],
  ['Xendit invoice', '/xendit/web/0123456789abcdef01234567', "'none'", 'Xendit'],
])('the %s page', (_name, path, frameAncestors, brand) => {
  it('is served with the shell: never cached, same-origin only, no Referer, its own brand', async () => {
    const res = await fetch(sim.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`frame-ancestors ${frameAncestors}`);
    const html = await res.text();
    expect(html).toContain(`id="merchant-name">${brand}</span>`);
    for (const id of ['sheet', 'lang-toggle', 'summary', 'amount', 'order-label', 'order-id', 'view', 'sandbox-note']) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it("loads the shell's base styles first, then its own, and every module from the simulator", async () => {
    const page = new URL(sim.url + path);
    const refs = localUrls(await (await fetch(page)).text(), page);
    expect(refs.map((u) => u.origin)).toEqual(refs.map(() => page.origin));
    const [base, own, script] = refs;
    expect(base!.pathname).toMatch(/\/assets\/kit\/page\.css$/);
    expect(own!.pathname).toMatch(/\/assets\/page\.css$/);
    for (const css of [base!, own!]) {
      const res = await fetch(css);
      expect([css.pathname, res.status, res.headers.get('content-type')]).toEqual([css.pathname, 200, 'text/css; charset=utf-8']);
    }
    const modules = [...(await moduleGraph(script!))];
    expect(modules.some((m) => m.includes('/assets/kit/'))).toBe(true);
    for (const m of modules) {
      const res = await fetch(m);
      expect([m, res.status, res.headers.get('content-type')]).toEqual([m, 200, 'text/javascript; charset=utf-8']);
    }
  });
});

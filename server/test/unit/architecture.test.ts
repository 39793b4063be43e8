// The shape the gateway-neutral core depends on, read from the import statements: the
// core (payments/) imports no adapter and nothing outside itself; each adapter folder
// leans only on itself, the core and its SDK; the edges (http/, graphql/) and the rest
// reach an adapter only through gateway/registry.ts (config.ts reads the modes); and the
// gateways' own words stay in their folders.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports or re-exports, as a path under src/ (or the package name). */
function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?:[^'";]*?from\s+)?'([^']+)'/gm)].map((m) => {
    const spec = m[1]!;
    return spec.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts') : spec;
  });
}

const rel = (file: string) => path.relative(src, file);
const ADAPTERS = ['gateway/midtrans/', 'gateway/xendit/'];
const inAdapter = (p: string) => ADAPTERS.some((folder) => p.startsWith(folder));

describe('architecture', () => {
  it('the core (payments/) imports nothing outside itself but node: built-ins', () => {
    for (const file of sources(path.join(src, 'payments'))) {
      for (const spec of imports(file)) {
        const allowed = spec.startsWith('payments/') || spec.startsWith('node:');
        expect([rel(file), spec, allowed]).toEqual([rel(file), spec, true]);
      }
    }
  });

  it('each adapter folder imports only itself, the core, its SDK, zod and node:', () => {
    const sdk: Record<string, RegExp> = { 'gateway/midtrans/': /^midtrans-client$/, 'gateway/xendit/': /^xendit-node(\/|$)/ };
    for (const folder of ADAPTERS) {
      for (const file of sources(path.join(src, folder))) {
        for (const spec of imports(file)) {
          const allowed =
            spec.startsWith(folder) ||
            spec.startsWith('payments/') ||
            sdk[folder]!.test(spec) ||
            spec === 'zod' ||
            spec.startsWith('node:');
          expect([rel(file), spec, allowed]).toEqual([rel(file), spec, true]);
        }
      }
    }
  });

  it('no edge (http/, graphql/) nor anything else reaches into an adapter except through the registry', () => {
    for (const file of sources(src).filter((f) => !inAdapter(rel(f)))) {
      for (const spec of imports(file).filter(inAdapter)) {
        const allowed = rel(file) === 'gateway/registry.ts' || (rel(file) === 'config.ts' && /\/mode\.ts$/.test(spec));
        expect([rel(file), spec, allowed]).toEqual([rel(file), spec, true]);
      }
    }
  });

  it("the gateways' own words live only in their folders", () => {
    // Midtrans and Xendit status words, error codes and product names, in code (comments aside).
    const words =
      /\b(settlement|capture|fraud_status|snap_token_expired|SnapRequest|SnapSession|snapExpiresAt|invoice_url|external_id|XenditGateway|MidtransGateway)\b|'(PAID|SETTLED|EXPIRED)'|gatewayCode\s*===/;
    for (const file of sources(path.join(src, 'payments'))) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const found = code.match(words)?.[0];
      expect([rel(file), found]).toEqual([rel(file), undefined]);
    }
  });
});

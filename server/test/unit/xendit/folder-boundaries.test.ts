// The Xendit folder's edges, until the architecture test of issue 18 covers every
// gateway: it leans only on the core's ports and types, and nothing reaches into it but
// the config (for its modes and the simulator's published credentials).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const folder = path.join(src, 'gateway/xendit');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?:[^'";]*?from\s+)?'([^']+)'/gm)].map((m) => m[1]!);

describe('gateway/xendit boundaries', () => {
  it('imports only itself, the core (payments/), xendit-node, zod and node:', () => {
    for (const file of sources(folder)) {
      for (const spec of imports(file)) {
        const resolved = spec.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), spec)) : spec;
        const allowed =
          /^(gateway\/xendit\/|payments\/)/.test(resolved) ||
          spec === 'zod' ||
          spec === 'xendit-node' ||
          spec.startsWith('xendit-node/') ||
          spec.startsWith('node:');
        expect([path.relative(src, file), spec, allowed]).toEqual([path.relative(src, file), spec, true]);
      }
    }
  });

  it('is reached into by nothing outside it but config.ts (its modes)', () => {
    for (const file of sources(src).filter((f) => !f.startsWith(folder))) {
      for (const spec of imports(file).filter((s) => s.includes('xendit/'))) {
        expect([path.relative(src, file), spec]).toEqual(['config.ts', './gateway/xendit/mode.js']);
      }
    }
  });
});

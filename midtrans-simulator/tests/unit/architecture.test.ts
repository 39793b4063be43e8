import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's layering, checked from the import statements of src/ (the same check as
// `npx madge --circular`, without needing the network): no import cycles between files or
// between folders; rules/ is pure (Midtrans rules only: no routers, no context, no I/O);
// nothing reaches outside the package (the simulator is an outside system to server/).

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'ui' ? [] : sourceFiles(full); // ui/ is browser code, served as files
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** file (relative to src) → the files it imports (relative to src), plus its bare specifiers. */
function importGraph(): Map<string, { local: string[]; bare: string[] }> {
  const graph = new Map<string, { local: string[]; bare: string[] }>();
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
    const local = specs
      .filter((s) => s.startsWith('.'))
      .map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)).replace(/\.js$/, '.ts'));
    graph.set(path.relative(SRC, file), { local, bare: specs.filter((s) => !s.startsWith('.')) });
  }
  return graph;
}

function findCycle(edges: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const folder = (file: string): string => (file.includes(path.sep) ? (file.split(path.sep)[0] as string) : '.');

describe('package layering', () => {
  const graph = importGraph();

  it('reads the source (guards the checks below against an empty graph)', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('core-api/transactions-router.ts')?.local).toContain('rules/status-response.ts');
  });

  it('has no import cycle between files', () => {
    const edges = new Map([...graph].map(([f, { local }]) => [f, new Set(local)]));
    expect(findCycle(edges)).toBeUndefined();
  });

  it('has no import cycle between folders (top-level files count as one folder)', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, { local }] of graph) {
      const from = folder(file);
      const set = edges.get(from) ?? new Set<string>();
      for (const target of local) if (folder(target) !== from && folder(target) !== '.') set.add(folder(target));
      edges.set(from, set);
    }
    expect(findCycle(edges)).toBeUndefined();
  });

  it('keeps rules/ pure: it imports only rules/, util/, the store type files and node:crypto', () => {
    const offenders: string[] = [];
    for (const [file, { local, bare }] of graph) {
      if (!file.startsWith(`rules${path.sep}`)) continue;
      for (const target of local) {
        const ok =
          target.startsWith(`rules${path.sep}`) ||
          target.startsWith(`util${path.sep}`) ||
          target === path.join('store', 'types.ts') ||
          target === path.join('store', 'recurring-types.ts');
        if (!ok) offenders.push(`${file} → ${target}`);
      }
      for (const spec of bare) if (spec !== 'node:crypto') offenders.push(`${file} → ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('imports nothing from outside the package', () => {
    const outside = [...graph].flatMap(([file, { local }]) => local.filter((t) => t.startsWith('..')).map((t) => `${file} → ${t}`));
    expect(outside).toEqual([]);
  });
});

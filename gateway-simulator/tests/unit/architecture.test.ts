import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's layering, checked from the import statements of src/ (the same check as
// `npx madge --circular`, without needing the network):
// - kit/ holds what is not any gateway's (clock, faults, chaos, delivery, driver shell, page
//   shell, CLI pieces) and imports only kit/;
// - each gateway (midtrans/, xendit/) imports only itself and kit/: neither imports the other;
// - only the composition files at the top (index.ts, app.ts, cli.ts, config.ts, options.ts)
//   import both;
// - no import cycles between files or folders; each gateway's rules/ is pure;
// - nothing reaches outside the package (the simulator is an outside system to server/).
// The browser files (kit/ui, midtrans/ui/assets, xendit/ui) are checked too: their imports are URLs,
// so a page may use kit/ui only through its gateway's `assets/kit/` mount, never a path into another gateway.

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const GATEWAYS = ['midtrans', 'xendit'];

function sourceFiles(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full, ext);
    return e.name.endsWith(ext) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const isBrowserFile = (rel: string) => rel.split(path.sep).includes('ui') && rel.endsWith('.js');

/** file (relative to src) → the files it imports (relative to src), plus its bare specifiers. */
function importGraph(ext: string): Map<string, { local: string[]; bare: string[] }> {
  const graph = new Map<string, { local: string[]; bare: string[] }>();
  for (const file of sourceFiles(SRC, ext)) {
    const rel = path.relative(SRC, file);
    if (ext === '.ts' && rel.split(path.sep).includes('ui') && !rel.endsWith('router.ts') && !rel.endsWith('demo-page.ts')) continue;
    const text = fs.readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
    const local = specs
      .filter((s) => s.startsWith('.'))
      .map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)).replace(/\.js$/, ext === '.ts' ? '.ts' : '.js'));
    graph.set(rel, { local, bare: specs.filter((s) => !s.startsWith('.')) });
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

/** `kit`, `midtrans`, `xendit`, or `.` for the composition files at the top. */
const area = (file: string): string => (file.includes(path.sep) ? (file.split(path.sep)[0] as string) : '.');
/** The folder one level into an area (`midtrans/rules`), for the folder-cycle check. */
const folder = (file: string): string => path.dirname(file);

describe('package layering', () => {
  const graph = importGraph('.ts');

  it('reads the source (guards the checks below against an empty graph)', () => {
    expect(graph.size).toBeGreaterThan(60);
    expect(graph.get(path.join('midtrans', 'core-api', 'transactions-router.ts'))?.local).toContain(
      path.join('midtrans', 'rules', 'status-response.ts'),
    );
    expect(graph.get(path.join('xendit', 'http', 'api-router.ts'))?.local).toContain(path.join('xendit', 'rules', 'invoice-wire.ts'));
    expect(graph.get(path.join('xendit', 'index.ts'))?.local).toContain(path.join('kit', 'delivery', 'notifier.ts'));
  });

  it('keeps the kit free of every gateway: kit/ imports only kit/', () => {
    const offenders = [...graph].flatMap(([file, { local }]) =>
      area(file) === 'kit' ? local.filter((t) => area(t) !== 'kit').map((t) => `${file} → ${t}`) : [],
    );
    expect(offenders).toEqual([]);
  });

  it.each(GATEWAYS)('%s/ imports only itself and kit/ (never the other gateway, nor the composition files)', (gateway) => {
    const offenders = [...graph].flatMap(([file, { local }]) =>
      area(file) === gateway ? local.filter((t) => area(t) !== gateway && area(t) !== 'kit').map((t) => `${file} → ${t}`) : [],
    );
    expect(offenders).toEqual([]);
  });

  it('the browser files keep the same rule: a page imports its own files and the shell (kit/) only', () => {
    const browser = importGraph('.js');
    const offenders: string[] = [];
    for (const [file, { local, bare }] of browser) {
      if (!isBrowserFile(file)) continue;
      // URL imports: `…/assets/kit/x.js` is the shell's mount, so it counts as kit/ui/x.js.
      for (const target of local) {
        const viaShell = target.split(path.sep).includes('kit') && area(target) === area(file);
        const own = area(target) === area(file) && fs.existsSync(path.join(SRC, target));
        if (!own && !viaShell) offenders.push(`${file} → ${target}`);
        if (viaShell && !fs.existsSync(path.join(SRC, 'kit', 'ui', path.basename(target))))
          offenders.push(`${file} → missing kit/ui/${path.basename(target)}`);
      }
      offenders.push(...bare.map((b) => `${file} → ${b}`));
    }
    expect(offenders).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const edges = new Map([...graph].map(([f, { local }]) => [f, new Set(local)]));
    expect(findCycle(edges)).toBeUndefined();
  });

  it('has no import cycle between folders (the composition files at the top count as one)', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, { local }] of graph) {
      const from = folder(file);
      const set = edges.get(from) ?? new Set<string>();
      for (const target of local) if (folder(target) !== from && folder(target) !== '.') set.add(folder(target));
      edges.set(from, set);
    }
    expect(findCycle(edges)).toBeUndefined();
  });

  it('keeps midtrans/rules pure: it imports only its rules, util, the store type files and node:crypto', () => {
    const offenders: string[] = [];
    const m = (...p: string[]) => path.join('midtrans', ...p);
    for (const [file, { local, bare }] of graph) {
      if (!file.startsWith(m('rules') + path.sep)) continue;
      for (const target of local) {
        const ok =
          target.startsWith(m('rules') + path.sep) ||
          target.startsWith(m('util') + path.sep) ||
          target === m('store', 'types.ts') ||
          target === m('store', 'recurring-types.ts');
        if (!ok) offenders.push(`${file} → ${target}`);
      }
      for (const spec of bare) if (spec !== 'node:crypto') offenders.push(`${file} → ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps xendit/rules pure: only its rules, the kit error type and the delivery outcome type', () => {
    const offenders: string[] = [];
    const rules = path.join('xendit', 'rules') + path.sep;
    for (const [file, { local, bare }] of graph) {
      if (!file.startsWith(rules)) continue;
      for (const target of local) {
        const ok =
          target.startsWith(rules) || target === path.join('kit', 'api-error.ts') || target === path.join('kit', 'delivery', 'outcome.ts');
        if (!ok) offenders.push(`${file} → ${target}`);
      }
      offenders.push(...bare.map((b) => `${file} → ${b}`));
    }
    expect(offenders).toEqual([]);
  });

  it('imports nothing from outside the package', () => {
    const outside = [...graph].flatMap(([file, { local }]) => local.filter((t) => t.startsWith('..')).map((t) => `${file} → ${t}`));
    expect(outside).toEqual([]);
  });
});

// The FerretDB wrapper is built from a vendored copy of its modules in which one FerretDB
// package carries our change.
//
// Why: FerretDB v1's SQLite backend gives SQLite a WHERE clause only for a filter on `_id`
// alone, so every other query reads the whole table (tools/ferretdb/_sqlite/pushdown.go says
// more). The fix has to live inside FerretDB's sqlite package, whose types are internal, and Go
// refuses to overlay files in its module cache. So the build copies the wrapper's sources to
// .cache/ferretdb-build, runs `go mod vendor` there (offline, from the module cache), adds our
// file to the vendored sqlite package, and writes two calls into its collection.go: in Query
// and in Explain, when FerretDB found no WHERE clause of its own, ask ours.
//
// Nothing of FerretDB is kept in this repository: collection.go is changed at build time by the
// two exact edits below. If a FerretDB upgrade moves either anchor, the build stops and says
// which one, rather than building without the fix.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
const PACKAGE = 'internal/backends/sqlite';

/** Each edit: the text that must occur exactly once, and what goes before it. */
const EDITS = [
  {
    where: 'Query',
    anchor: '\tq += whereClause\n\tq += prepareOrderByClause(params.Sort)\n',
    insert: '\tif whereClause == "" {\n\t\twhereClause, args = pushdownWhere(params.Filter)\n\t}\n',
  },
  {
    where: 'Explain',
    anchor: '\tq := `EXPLAIN QUERY PLAN ` + selectClause + whereClause + orderByClause\n',
    insert: '\tif whereClause == "" {\n\t\twhereClause, args = pushdownWhere(params.Filter)\n\t\tfilterPushdown = whereClause != ""\n\t}\n',
  },
];

/** FerretDB's collection.go with the edits made; throws if an anchor is not there exactly once. */
export function patchCollection(source) {
  let patched = source;
  for (const { where, anchor, insert } of EDITS) {
    const count = patched.split(anchor).length - 1;
    if (count !== 1) {
      throw new Error(
        `FerretDB's ${PACKAGE}/collection.go: the ${where} anchor occurs ${count} times (expected once); update tools/src/ferretdb-overlay.mjs for this FerretDB version`,
      );
    }
    patched = patched.replace(anchor, insert + anchor);
  }
  return patched;
}

function go(args, cwd) {
  const run = spawnSync('go', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`go ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout.trim();
}

/**
 * Makes `buildDir` a copy of the wrapper's sources with vendor/ patched, ready for
 * `go build -mod=vendor`, and returns it.
 */
export function prepareFerretDBBuild(sourceDir, buildDir) {
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  for (const file of readdirSync(sourceDir)) {
    if (file.endsWith('.go') || file === 'go.mod' || file === 'go.sum') copyFileSync(path.join(sourceDir, file), path.join(buildDir, file));
  }
  go(['mod', 'vendor'], buildDir);
  const packageDir = path.join(buildDir, 'vendor', FERRETDB_MODULE, PACKAGE);
  const collection = path.join(packageDir, 'collection.go');
  writeFileSync(collection, patchCollection(readFileSync(collection, 'utf8')));
  copyFileSync(path.join(sourceDir, '_sqlite', 'pushdown.go'), path.join(packageDir, 'lunas_pushdown.go'));
  return buildDir;
}

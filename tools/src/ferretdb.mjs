// The embedded FerretDB v1 server (tools/ferretdb) that stands in for MongoDB on machines
// without mongod: used by `npm start`, `npm run db`, the API when MONGODB_URI is unset,
// and the server's and browser tests.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { prepareFerretDBBuild } from './ferretdb-patch.mjs';
import { buildGoTool, repoRoot, startGoTool } from './go-tools.mjs';

/** Where `npm start`, `npm run db` and the API keep their data unless told (git-ignored). */
export const defaultDataDir = path.join(repoRoot, '.data', 'ferretdb');

const MISSING_GO = 'Or set MONGODB_URI to use an existing MongoDB.';

/** Builds the Go wrapper unless an up-to-date binary exists. */
export function buildFerretDB({ quiet = false } = {}) {
  return buildGoTool('ferretdb', {
    quiet,
    missingGoHint: MISSING_GO,
    // FerretDB with our filter pushdown compiled into its sqlite package (ferretdb-patch.mjs).
    prepare: (sourceDir) => prepareFerretDBBuild(sourceDir, path.join(repoRoot, '.cache', 'ferretdb-build')),
  });
}

/** Starts FerretDB (port 0 picks a free one) and resolves once it accepts connections. */
export async function startFerretDB({ port = 27017, host = '127.0.0.1', dataDir = defaultDataDir, quiet = false, signal, bin } = {}) {
  bin ??= buildFerretDB({ quiet });
  mkdirSync(dataDir, { recursive: true });
  return startGoTool('ferretdb', bin, ['-listen', `${host}:${port}`, '-data', dataDir], { quiet, signal });
}

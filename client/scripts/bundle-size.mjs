#!/usr/bin/env node
// What a shopper downloads before the first page can run, against issue 9's budget:
// the JavaScript index.html loads (its entry and everything that entry imports
// statically) versus the chunks loaded later through import(). Reads the Vite
// manifest of a finished build, so run it after `vite build` (`npm run size` does both).
//
//   node scripts/bundle-size.mjs [distDir] [--json]
//
// Exits 1 when the first load is over the budget or pulls in the operator desk.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Issue 9: the shop's first load ≤ 100 KB of JavaScript, gzip (1 KB = 1,000 bytes). */
export const FIRST_LOAD_BUDGET = 100_000;
/** The operator desk's route module: nothing it pulls in alone may be in the first load. */
const ADMIN_ENTRY = 'src/admin/AdminDesk.tsx';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function measure(distDir) {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run \`vite build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

  const reach = (keys, follow) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const next of follow(manifest[key])) visit(next);
    };
    keys.forEach(visit);
    return seen;
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const initial = reach(entries, (chunk) => chunk.imports ?? []);
  // Chunks only the operator desk needs: reachable from its route, from nothing else.
  const dynamicEntries = Object.keys(manifest).filter((key) => manifest[key].isDynamicEntry);
  const shop = reach([...entries, ...dynamicEntries.filter((key) => key !== ADMIN_ENTRY)], (chunk) => chunk.imports ?? []);
  const admin = new Set(
    [...reach(manifest[ADMIN_ENTRY] ? [ADMIN_ENTRY] : [], (chunk) => chunk.imports ?? [])].filter((key) => !shop.has(key)),
  );

  const chunks = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .map(([key, chunk]) => {
      const bytes = readFileSync(path.join(distDir, chunk.file));
      return {
        file: chunk.file,
        load: initial.has(key) ? 'initial' : 'lazy',
        admin: admin.has(key),
        bytes: bytes.length,
        gzip: gzipSync(bytes).length,
      };
    })
    .sort((a, b) => (a.load === b.load ? b.gzip - a.gzip : a.load === 'initial' ? -1 : 1));

  const sum = (load) => chunks.filter((c) => c.load === load).reduce((total, c) => total + c.gzip, 0);
  const firstLoadGzip = sum('initial');
  const adminInInitial = [...initial].filter((key) => key === ADMIN_ENTRY || admin.has(key));
  return {
    budget: FIRST_LOAD_BUDGET,
    firstLoadGzip,
    lazyGzip: sum('lazy'),
    adminEntryInitial: adminInInitial,
    ok: firstLoadGzip <= FIRST_LOAD_BUDGET && adminInInitial.length === 0,
    chunks,
  };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function printTable(result) {
  const rows = result.chunks.map((c) => [c.load + (c.admin ? ' (admin)' : ''), c.file, kb(c.bytes), kb(c.gzip)]);
  const header = ['load', 'file', 'size', 'gzip'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
  console.log('');
  console.log(`first load (initial JS, gzip): ${kb(result.firstLoadGzip)} of ${kb(result.budget)} budget`);
  console.log(`later (lazy chunks, gzip):     ${kb(result.lazyGzip)}`);
  console.log(
    result.adminEntryInitial.length === 0
      ? 'operator desk: lazy only, none of it in the first load'
      : `operator desk modules in the first load: ${result.adminEntryInitial.join(', ')}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? path.join(clientDir, 'dist'));
  const result = measure(distDir);
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else printTable(result);
  if (!result.ok) {
    if (!args.includes('--json')) console.error('\nOver budget: see issue 9 and client/README.md "Bundle size".');
    process.exitCode = 1;
  }
}

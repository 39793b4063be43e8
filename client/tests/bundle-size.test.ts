// @vitest-environment node
// Issue 9's budget, checked on a real production build: the shop's first load stays
// ≤ 100 KB of gzip JavaScript and carries none of the operator desk.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Not dist/: the bundle-secrets test builds there, possibly at the same time.
const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
const outDir = mkdtempSync(path.join(tmpdir(), 'lunas-size-'));

interface SizeReport {
  budget: number;
  firstLoadGzip: number;
  adminEntryInitial: string[];
  ok: boolean;
  chunks: { file: string; load: 'initial' | 'lazy'; admin: boolean; gzip: number }[];
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bundle size', () => {
  it('keeps the first load within budget and the operator desk out of it', { timeout: 120_000 }, () => {
    // A separate process, as `npm run size` runs it: inside Vitest, NODE_ENV is 'test'
    // and the build would carry React's development code.
    const { NODE_ENV: _ignored, ...env } = process.env;
    const vite = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: clientDir,
      env,
      encoding: 'utf8',
    });
    expect(vite.status, vite.stderr).toBe(0);
    // The script exits 1 when over budget; its JSON still says why.
    const script = path.join(clientDir, 'scripts/bundle-size.mjs');
    const run = spawnSync(process.execPath, [script, outDir, '--json'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as SizeReport;

    expect(report.firstLoadGzip).toBeLessThanOrEqual(report.budget);
    expect(report.adminEntryInitial).toEqual([]);
    expect(report.ok).toBe(true);
    // The desk is really there, as lazy chunks only.
    const admin = report.chunks.filter((chunk) => chunk.admin);
    expect(admin.length).toBeGreaterThan(0);
    expect(admin.every((chunk) => chunk.load === 'lazy')).toBe(true);
    // And none of its words reached the first load (its name, in both languages).
    const initialCode = report.chunks
      .filter((chunk) => chunk.load === 'initial')
      .map((chunk) => readFileSync(path.join(outDir, chunk.file), 'utf8'))
      .join('\n');
    expect(initialCode).not.toContain('Meja operator');
    expect(initialCode).not.toContain('Operator desk');
  });
});

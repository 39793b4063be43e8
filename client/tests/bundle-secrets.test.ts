// @vitest-environment node
// The Midtrans server key must never reach the browser. Build the real bundle,
// with a server key sitting in the environment as it would on a careless CI
// machine, and look for any server-key-shaped string in what would be shipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(clientDir, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('production bundle', () => {
  it('contains no Midtrans server key', { timeout: 120_000 }, async () => {
    const planted = 'SB-Mid-server-PLANTED-BY-TEST';
    const saved = { MIDTRANS_SERVER_KEY: process.env.MIDTRANS_SERVER_KEY };
    process.env.MIDTRANS_SERVER_KEY = planted;
    try {
      await build({ root: clientDir, configFile: path.join(clientDir, 'vite.config.ts'), logLevel: 'silent' });
    } finally {
      if (saved.MIDTRANS_SERVER_KEY === undefined) delete process.env.MIDTRANS_SERVER_KEY;
      else process.env.MIDTRANS_SERVER_KEY = saved.MIDTRANS_SERVER_KEY;
    }

    const files = filesUnder(distDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      expect(content, path.relative(clientDir, file)).not.toMatch(/Mid-server/);
      expect(content).not.toContain(planted);
    }
  });
});

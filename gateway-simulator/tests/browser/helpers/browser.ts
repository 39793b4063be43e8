// Debian's Chromium through playwright-core (never a downloaded browser), plus the checks every
// test wants: no console errors and no request leaving the machine.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedContext {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, from the merchant page and the Snap iframe. */
  errors: string[];
  /** Requests to anything but the two local test servers. */
  external: string[];
}

export async function openContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<WatchedContext> {
  const context = await browser.newContext({ viewport });
  const errors: string[] = [];
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    const local = protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost';
    if (local) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors, external };
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/**
 * No console errors and no request off the machine. `expected` names the one error a test
 * provokes on purpose (Chromium logs a 401 or 404 answer as a failed resource load).
 */
export function assertClean(watched: WatchedContext, expected?: RegExp) {
  assert.deepEqual(
    watched.errors.filter((e) => !expected?.test(e)),
    [],
    'no console errors',
  );
  assert.deepEqual(watched.external, [], 'no request leaves the machine');
}

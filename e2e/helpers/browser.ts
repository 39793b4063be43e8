// Debian's Chromium through playwright-core (never a downloaded browser), and what
// every test checks: no console errors, no request leaving the machine.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

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

export interface Shopper {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, from the shop and the Snap iframe. */
  errors: string[];
  /** Requests to anything but this machine. */
  external: string[];
}

/** A fresh browser profile: empty localStorage, like a shopper on a new device. */
export async function newShopper(browser: Browser, viewport = DESKTOP): Promise<Shopper> {
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const errors: string[] = [];
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  // A step that cannot happen should fail the test with a message, not hang it.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors, external };
}

/** Whole page by default; `fullPage: false` for what is on screen (the Snap overlay covers only that). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage });
}

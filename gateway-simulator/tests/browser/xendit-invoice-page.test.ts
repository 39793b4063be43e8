// Xendit's hosted invoice page in Debian's Chromium, against the real simulator over HTTP:
// invoices made with xendit-node, redirects landing on a real local "merchant" server, the
// callback on a real receiver.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createSimulator, XENDIT_SIMULATOR_DEFAULTS } from '../../src/index.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { assertClean, launchBrowser, openContext, screenshot, type WatchedContext } from './helpers/browser.js';
import { CLIENT_KEY, SERVER_KEY } from './helpers/simulator-keys.js';

const require = createRequire(import.meta.url);
const { Xendit } = require('xendit-node') as typeof import('xendit-node');
const TEST_TIMEOUT = { timeout: 30_000 };

let browser: Browser;
let simUrl = '';
let stopSim: () => Promise<void>;
let receiver: Receiver;
let shop: http.Server;
let shopUrl = '';
let xendit: InstanceType<typeof Xendit>;
const contexts: WatchedContext[] = [];

before(async () => {
  receiver = await startReceiver();
  const sim = createSimulator({
    serverKey: SERVER_KEY,
    clientKey: CLIENT_KEY,
    quiet: true,
    merchantName: 'Toko Lunas',
    xendit: { callbackUrl: `${receiver.url}/xendit` },
  });
  simUrl = (await sim.start(0, '127.0.0.1')).url;
  stopSim = () => sim.stop();
  // The shop's result pages: just say where the browser landed.
  shop = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1 id="landed">${req.url}</h1>`));
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
  const warn = console.warn;
  console.warn = () => {};
  xendit = new Xendit({ secretKey: XENDIT_SIMULATOR_DEFAULTS.secretKey, xenditURL: `${simUrl}/xendit` });
  console.warn = warn;
  browser = await launchBrowser();
});

after(async () => {
  await Promise.all(contexts.map((c) => c.context.close()));
  await browser?.close();
  await stopSim?.();
  await receiver?.close();
  await new Promise((r) => shop?.close(r));
});

let n = 0;
async function invoice(extra: Record<string, unknown> = {}) {
  return xendit.Invoice.createInvoice({
    data: {
      externalId: `page-${Date.now()}-${++n}`,
      amount: 75_000,
      description: 'Nasi goreng',
      successRedirectUrl: `${shopUrl}/paid`,
      failureRedirectUrl: `${shopUrl}/failed`,
      ...extra,
    } as any,
  });
}

async function shopper(): Promise<WatchedContext> {
  const watched = await openContext(browser);
  contexts.push(watched);
  return watched;
}

const statusOf = async (id: string) => (await xendit.Invoice.getInvoiceById({ invoiceId: id })).status;

describe('Xendit hosted invoice page', () => {
  test(
    'lists every open channel; a VA shows its number, "simulate payment" pays and goes to success_redirect_url',
    TEST_TIMEOUT,
    async () => {
      const inv = await invoice();
      const w = await shopper();
      await w.page.goto(inv.invoiceUrl);
      await w.page.waitForSelector('button[data-channel]');
      const channels = await w.page.$$eval('button[data-channel]', (els) => els.map((e) => e.getAttribute('data-channel')));
      assert.deepEqual(channels, [
        'BCA',
        'BNI',
        'BRI',
        'MANDIRI',
        'PERMATA',
        'OVO',
        'DANA',
        'SHOPEEPAY',
        'LINKAJA',
        'QRIS',
        'ALFAMART',
        'INDOMARET',
        'CREDIT_CARD',
      ]);
      assert.equal(await w.page.textContent('#amount'), 'Rp 75.000');
      await w.page.click('button[data-channel="BCA"]');
      const va = await w.page.getAttribute('#destination', 'data-raw');
      assert.equal(va, inv.availableBanks.find((b) => b.bankCode === 'BCA')?.bankAccountNumber);
      await screenshot(w.page, 'xendit-va');
      await w.page.click('#pay');
      await w.page.waitForURL(`${shopUrl}/paid`);
      assert.equal(await statusOf(inv.id!), 'PAID');
      const [callback] = await receiver.waitFor(1);
      assert.equal(callback?.body.id, inv.id);
      assert.equal(callback?.body.payment_channel, 'BCA');
      assertClean(w);
    },
  );

  for (const [code, method] of [
    ['OVO', 'EWALLET'],
    ['QRIS', 'QR_CODE'],
    ['CREDIT_CARD', 'CREDIT_CARD'],
  ] as const) {
    test(`pays with ${code}`, TEST_TIMEOUT, async () => {
      const inv = await invoice();
      const w = await shopper();
      await w.page.goto(inv.invoiceUrl);
      await w.page.click(`button[data-channel="${code}"]`);
      if (code === 'QRIS') await w.page.waitForSelector('svg.qr');
      if (code === 'CREDIT_CARD') assert.equal(await w.page.inputValue('#card-number'), '4000000000001091');
      await w.page.click('#pay');
      await w.page.waitForURL(`${shopUrl}/paid`);
      const paid = await fetch(`${simUrl}/sim/v1/xendit/invoices/${inv.id}`).then((r) => r.json() as Promise<any>);
      assert.equal(paid.invoice.payment_method, method);
      assert.equal(paid.invoice.payment_channel, code);
      assertClean(w);
    });
  }

  test('a card that is not a test card is refused on the page and nothing is paid', TEST_TIMEOUT, async () => {
    const inv = await invoice();
    const w = await shopper();
    await w.page.goto(inv.invoiceUrl);
    await w.page.click('button[data-channel="CREDIT_CARD"]');
    await w.page.fill('#card-number', '1234 5678 9012 3456');
    await w.page.click('#pay');
    await w.page.waitForSelector('#pay-error:not(:empty)');
    assert.equal(await statusOf(inv.id!), 'PENDING');
  });

  test('leaving goes to failure_redirect_url and the invoice stays PENDING', TEST_TIMEOUT, async () => {
    const inv = await invoice();
    const w = await shopper();
    await w.page.goto(inv.invoiceUrl);
    await w.page.click('#leave');
    await w.page.waitForURL(`${shopUrl}/failed`);
    assert.equal(await statusOf(inv.id!), 'PENDING');
    assertClean(w);
  });

  test('an open page follows a payment made through the driver to success_redirect_url', TEST_TIMEOUT, async () => {
    const inv = await invoice();
    const w = await shopper();
    await w.page.goto(inv.invoiceUrl);
    await w.page.waitForSelector('button[data-channel]');
    await fetch(`${simUrl}/sim/v1/xendit/invoices/${inv.id}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payment_method: 'EWALLET', payment_channel: 'DANA' }),
    });
    await w.page.waitForURL(`${shopUrl}/paid`, { timeout: 5_000 });
    assertClean(w);
  });

  test('a paid invoice shows that it is paid; an expired one that it expired', TEST_TIMEOUT, async () => {
    const paid = await invoice();
    await fetch(`${simUrl}/sim/v1/xendit/invoices/${paid.id}/pay`, {
      method: 'POST',
      body: '{"payment_method":"QR_CODE","payment_channel":"QRIS"}',
    });
    const expired = await invoice();
    await xendit.Invoice.expireInvoice({ invoiceId: expired.id! });
    const w = await shopper();
    await w.page.goto(paid.invoiceUrl);
    assert.equal(await w.page.getAttribute('#state', 'data-status'), 'PAID');
    assert.match((await w.page.textContent('#state h1')) ?? '', /sudah dibayar/);
    await w.page.goto(expired.invoiceUrl);
    assert.equal(await w.page.getAttribute('#state', 'data-status'), 'EXPIRED');
    assert.match((await w.page.textContent('#state h1')) ?? '', /kedaluwarsa/);
    await screenshot(w.page, 'xendit-expired');
    assertClean(w);
  });

  test('speaks English when the invoice says locale en, and switches to Indonesian', TEST_TIMEOUT, async () => {
    const inv = await invoice({ locale: 'en', paymentMethods: ['MANDIRI'] });
    const w = await shopper();
    await w.page.goto(inv.invoiceUrl);
    await w.page.waitForSelector('button[data-channel="MANDIRI"]');
    assert.equal(await w.page.textContent('main h1'), 'Choose a payment method');
    assert.equal(await w.page.$$eval('button[data-channel]', (els) => els.length), 1);
    await w.page.click('#lang-toggle');
    assert.equal(await w.page.textContent('main h1'), 'Pilih metode pembayaran');
    assert.equal(await w.page.getAttribute('html', 'lang'), 'id');
    assertClean(w);
  });

  test('an unknown invoice says so', TEST_TIMEOUT, async () => {
    const w = await shopper();
    await w.page.goto(`${simUrl}/xendit/web/ffffffffffffffffffffffff`);
    await w.page.waitForSelector('#not-found');
    assert.deepEqual(w.external, []);
  });
});

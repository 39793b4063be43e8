import { externalId, sdk, sdkError, SECRET_KEY, startXenditSim, type XenditSim } from '../helpers/xendit.js';

// xendit-node 7's Invoice client, unchanged, against the simulator (docs/xendit.md §2).
describe('xendit-node Invoice API', () => {
  let sim: XenditSim;
  beforeAll(async () => {
    sim = await startXenditSim();
  });
  afterAll(() => sim.stop());

  const create = (extra: Record<string, unknown> = {}) =>
    sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount: 25_000, ...extra } as any });

  it('createInvoice answers every field the SDK model requires', async () => {
    const inv = await create({
      payerEmail: 'buyer@example.com',
      description: 'Kopi susu',
      invoiceDuration: 3600,
      successRedirectUrl: 'http://127.0.0.1:5173/paid',
      failureRedirectUrl: 'http://127.0.0.1:5173/failed',
      items: [{ name: 'Kopi', price: 12_500, quantity: 2 }],
      fees: [{ type: 'Ongkir', value: 0 }],
      customer: { givenNames: 'Budi', email: 'budi@example.com', addresses: [{ city: 'Bandung', country: 'ID' }] },
      customerNotificationPreference: { invoicePaid: ['email'] },
      currency: 'IDR',
      locale: 'id',
      reminderTime: 1,
      reminderTimeUnit: 'hours',
      channelProperties: { cards: { allowedBins: ['400000'] } },
      metadata: { order: 'A1' },
      shouldSendEmail: false,
    });
    expect(inv.id).toMatch(/^[0-9a-f]{24}$/);
    expect(inv.status).toBe('PENDING');
    expect(inv.amount).toBe(25_000);
    expect(inv.userId).toBeTruthy();
    expect(inv.merchantName).toBeTruthy();
    expect(inv.invoiceUrl).toBe(`${sim.url}/xendit/web/${inv.id}`);
    expect(inv.expiryDate.getTime() - inv.created.getTime()).toBe(3_600_000);
    expect(inv.availableBanks.map((b) => b.bankCode)).toEqual(['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA']);
    expect(inv.availableBanks[0]?.bankAccountNumber).toMatch(/^\d{10,}$/);
    expect(inv.availableEwallets.map((e) => e.ewalletType)).toEqual(['OVO', 'DANA', 'SHOPEEPAY', 'LINKAJA']);
    expect(inv.availableQrCodes.map((q) => q.qrCodeType)).toEqual(['QRIS']);
    expect(inv.availableRetailOutlets.map((r) => r.retailOutletName)).toEqual(['ALFAMART', 'INDOMARET']);
    expect(inv.availableDirectDebits).toEqual([]);
    expect(inv.availablePaylaters).toEqual([]);
    expect(inv.shouldExcludeCreditCard).toBe(false);
    expect(inv.successRedirectUrl).toBe('http://127.0.0.1:5173/paid');
    expect(inv.items?.[0]).toMatchObject({ name: 'Kopi', price: 12_500, quantity: 2 });
    expect(inv.currency).toBe('IDR');
    expect(inv.metadata).toEqual({ order: 'A1' });
  });

  it('defaults invoice_duration to 24 hours and opens only payment_methods when given', async () => {
    const inv = await create({ paymentMethods: ['BCA', 'QRIS'] });
    expect(inv.expiryDate.getTime() - inv.created.getTime()).toBe(86_400_000);
    expect(inv.availableBanks.map((b) => b.bankCode)).toEqual(['BCA']);
    expect(inv.availableQrCodes).toHaveLength(1);
    expect(inv.availableEwallets).toEqual([]);
    expect(inv.shouldExcludeCreditCard).toBe(true);
  });

  it('accepts the path without the trailing slash too', async () => {
    const res = await sim.raw('POST', '/v2/invoices', JSON.stringify({ external_id: externalId(), amount: 10_000 }));
    expect(res.status).toBe(200);
    expect(res.body.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('getInvoiceById reads it back; an unknown id is 404 INVOICE_NOT_FOUND_ERROR', async () => {
    const inv = await create();
    const got = await sim.xendit.Invoice.getInvoiceById({ invoiceId: inv.id! });
    expect(got).toMatchObject({ id: inv.id, externalId: inv.externalId, status: 'PENDING' });
    const err = await sdkError(sim.xendit.Invoice.getInvoiceById({ invoiceId: 'ffffffffffffffffffffffff' }));
    expect(err.status).toBe(404);
    expect(err.errorCode).toBe('INVOICE_NOT_FOUND_ERROR');
  });

  it('getInvoices filters by external_id (not unique) and statuses, newest first, as a bare array', async () => {
    const shared = externalId('shared');
    const a = await create({ externalId: shared });
    const b = await create({ externalId: shared });
    await sim.driver('POST', `/invoices/${a.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA' });
    const all = await sim.xendit.Invoice.getInvoices({ externalId: shared });
    expect(all.map((i) => i.id)).toEqual([b.id, a.id]);
    const paid = await sim.xendit.Invoice.getInvoices({ externalId: shared, statuses: ['PAID'] });
    expect(paid.map((i) => i.id)).toEqual([a.id]);
    expect(await sim.xendit.Invoice.getInvoices({ externalId: shared, limit: 1 })).toHaveLength(1);
    const raw = await sim.raw('GET', `/v2/invoices?external_id=${shared}&statuses[]=PENDING`);
    expect(Array.isArray(raw.body)).toBe(true);
    expect(raw.body.map((i: { id: string }) => i.id)).toEqual([b.id]);
    const bad = await sdkError(sim.xendit.Invoice.getInvoices({ statuses: ['NOPE' as any] }));
    expect(bad.status).toBe(400);
    expect(bad.errorCode).toBe('API_VALIDATION_ERROR');
  });

  it('expireInvoice (POST /invoices/{id}/expire!) expires a pending invoice; a paid one is refused', async () => {
    const inv = await create();
    const expired = await sim.xendit.Invoice.expireInvoice({ invoiceId: inv.id! });
    expect(expired.status).toBe('EXPIRED');
    expect((await sim.xendit.Invoice.getInvoiceById({ invoiceId: inv.id! })).status).toBe('EXPIRED');

    const paid = await create();
    await sim.driver('POST', `/invoices/${paid.id}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO' });
    const err = await sdkError(sim.xendit.Invoice.expireInvoice({ invoiceId: paid.id! }));
    expect(err.status).toBe(404);
    expect(err.errorCode).toBe('INVOICE_NOT_FOUND_ERROR');
    expect((await sim.xendit.Invoice.getInvoiceById({ invoiceId: paid.id! })).status).toBe('PAID');
    const unknown = await sdkError(sim.xendit.Invoice.expireInvoice({ invoiceId: 'ffffffffffffffffffffffff' }));
    expect(unknown.errorCode).toBe('INVOICE_NOT_FOUND_ERROR');
  });

  it('PENDING → PAID (paid fields) → SETTLED on the clock, PENDING → EXPIRED at expiry_date', async () => {
    const inv = await create({ invoiceDuration: 600 });
    await sim.driver('POST', `/invoices/${inv.id}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BNI' });
    const paid = await sim.raw('GET', `/v2/invoices/${inv.id}`);
    expect(paid.body).toMatchObject({
      status: 'PAID',
      paid_amount: 25_000,
      payment_method: 'BANK_TRANSFER',
      payment_channel: 'BNI',
      payment_destination: inv.availableBanks.find((b) => b.bankCode === 'BNI')?.bankAccountNumber,
    });
    expect(Date.parse(paid.body.paid_at)).not.toBeNaN();
    await fetch(`${sim.url}/sim/v1/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 2 * 86_400 }) });
    expect((await sim.xendit.Invoice.getInvoiceById({ invoiceId: inv.id! })).status).toBe('SETTLED');

    const later = await create({ invoiceDuration: 600 });
    await fetch(`${sim.url}/sim/v1/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 601 }) });
    expect((await sim.xendit.Invoice.getInvoiceById({ invoiceId: later.id! })).status).toBe('EXPIRED');
  });

  describe('refuses bad requests with Xendit codes and creates nothing', () => {
    it.each<[string, Record<string, unknown>, number, string]>([
      ['no external_id', { amount: 10_000 }, 400, 'API_VALIDATION_ERROR'],
      ['no amount', { external_id: 'x' }, 400, 'API_VALIDATION_ERROR'],
      ['amount as text', { external_id: 'x', amount: '10000' }, 400, 'API_VALIDATION_ERROR'],
      ['zero amount', { external_id: 'x', amount: 0 }, 400, 'API_VALIDATION_ERROR'],
      ['fractional rupiah', { external_id: 'x', amount: 10_000.5 }, 400, 'API_VALIDATION_ERROR'],
      ['huge amount', { external_id: 'x', amount: 1e13 }, 400, 'MAXIMUM_TRANSFER_AMOUNT_ERROR'],
      ['bad payer_email', { external_id: 'x', amount: 1, payer_email: 'nope' }, 400, 'EMAIL_FORMAT_ERROR'],
      ['bad customer email', { external_id: 'x', amount: 1, customer: { email: 'nope' } }, 400, 'EMAIL_FORMAT_ERROR'],
      ['USD', { external_id: 'x', amount: 1, currency: 'USD' }, 400, 'UNSUPPORTED_CURRENCY'],
      ['unknown currency', { external_id: 'x', amount: 1, currency: 'XXX' }, 400, 'UNSUPPORTED_CURRENCY'],
      ['unknown channel', { external_id: 'x', amount: 1, payment_methods: ['BITCOIN'] }, 400, 'UNAVAILABLE_PAYMENT_METHOD_ERROR'],
      ['no channels', { external_id: 'x', amount: 1, payment_methods: [] }, 400, 'NO_COLLECTION_METHODS_ERROR'],
      ['reminder too far', { external_id: 'x', amount: 1, reminder_time: 61 }, 400, 'INVALID_REMINDER_TIME'],
      ['reminder unit', { external_id: 'x', amount: 1, reminder_time_unit: 'weeks' }, 400, 'API_VALIDATION_ERROR'],
      ['duration 0', { external_id: 'x', amount: 1, invoice_duration: 0 }, 400, 'API_VALIDATION_ERROR'],
      ['redirect not a URL', { external_id: 'x', amount: 1, success_redirect_url: 'paid' }, 400, 'API_VALIDATION_ERROR'],
      ['item without price', { external_id: 'x', amount: 1, items: [{ name: 'a', quantity: 1 }] }, 400, 'API_VALIDATION_ERROR'],
      ['item quantity 0', { external_id: 'x', amount: 1, items: [{ name: 'a', price: 1, quantity: 0 }] }, 400, 'API_VALIDATION_ERROR'],
      ['fee without value', { external_id: 'x', amount: 1, fees: [{ type: 'a' }] }, 400, 'API_VALIDATION_ERROR'],
      ['locale', { external_id: 'x', amount: 1, locale: 'fr' }, 400, 'API_VALIDATION_ERROR'],
      ['should_send_email', { external_id: 'x', amount: 1, should_send_email: 'yes' }, 400, 'API_VALIDATION_ERROR'],
      [
        'notification channel',
        { external_id: 'x', amount: 1, customer_notification_preference: { invoice_paid: ['fax'] } },
        400,
        'API_VALIDATION_ERROR',
      ],
      [
        'allowed_bins',
        { external_id: 'x', amount: 1, channel_properties: { cards: { allowed_bins: ['12'] } } },
        400,
        'API_VALIDATION_ERROR',
      ],
      ['metadata', { external_id: 'x', amount: 1, metadata: 'x' }, 400, 'API_VALIDATION_ERROR'],
    ])('%s → %s %s', async (_name, body, status, code) => {
      const before = (await sim.raw('GET', '/v2/invoices?limit=100')).body.length;
      const data = Object.fromEntries(
        Object.entries(body).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
      );
      const res = await sim.raw('POST', '/v2/invoices/', JSON.stringify(body));
      expect(res.status).toBe(status);
      expect(res.body).toEqual({ error_code: code, message: expect.any(String) });
      // The same request through the SDK, where its ToJSON would not drop nested snake_case keys.
      const flat = Object.values(body).every((v) => typeof v !== 'object' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')));
      if ('external_id' in body && typeof body.amount === 'number' && flat) {
        const err = await sdkError(sim.xendit.Invoice.createInvoice({ data: data as any }));
        expect(err.status).toBe(status);
        expect(err.errorCode).toBe(code);
      }
      expect((await sim.raw('GET', '/v2/invoices?limit=100')).body.length).toBe(before);
    });

    it('a body that is not JSON is API_VALIDATION_ERROR', async () => {
      const res = await sim.raw('POST', '/v2/invoices/', '{nope');
      expect(res.status).toBe(400);
      expect(res.body.error_code).toBe('API_VALIDATION_ERROR');
    });
  });

  describe('authentication', () => {
    it('a wrong secret key gets 401 INVALID_API_KEY, through the SDK', async () => {
      const error = console.error;
      console.error = () => {};
      const other = new sdk.Xendit({ secretKey: 'xnd_production_not_this_one', xenditURL: `${sim.url}/xendit` });
      console.error = error;
      const err = await sdkError(other.Invoice.getInvoices({}));
      expect(err.status).toBe(401);
      expect(err.errorCode).toBe('INVALID_API_KEY');
    });

    it.each([
      ['no header', {}],
      ['the key as password', { authorization: `Basic ${Buffer.from(`:${SECRET_KEY}`).toString('base64')}` }],
      ['Bearer', { authorization: `Bearer ${SECRET_KEY}` }],
    ])('%s → 401 and no invoice', async (_name, headers) => {
      const res = await fetch(`${sim.url}/xendit/v2/invoices/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ external_id: 'x', amount: 1 }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error_code: 'INVALID_API_KEY', message: expect.any(String) });
    });
  });

  describe('faults', () => {
    afterEach(() => fetch(`${sim.url}/sim/v1/xendit/faults`, { method: 'DELETE' }));

    it('429 RATE_LIMIT_EXCEEDED with Rate-Limit headers when armed, then normal again', async () => {
      await sim.driver('PUT', '/faults', { route: 'xendit.invoice.create', status: 429 });
      const err = await sdkError(create());
      expect(err.status).toBe(429);
      expect(err.errorCode).toBe('RATE_LIMIT_EXCEEDED');
      const raw = await sim.driver('PUT', '/faults', { route: 'xendit.invoice.get', status: 429 });
      expect(raw.status).toBe(200);
      const res = await sim.raw('GET', '/v2/invoices/ffffffffffffffffffffffff');
      expect(res.status).toBe(429);
      expect(res.headers.get('rate-limit-remaining')).toBe('0');
      expect((await create()).status).toBe('PENDING');
    });

    it('500 SERVER_ERROR; an unknown route name is refused', async () => {
      await sim.driver('PUT', '/faults', { route: 'xendit.invoice.list', status: 500 });
      const err = await sdkError(sim.xendit.Invoice.getInvoices({}));
      expect(err.status).toBe(500);
      expect(err.errorCode).toBe('SERVER_ERROR');
      expect((await sim.driver('PUT', '/faults', { route: 'nope', status: 500 })).status).toBe(400);
    });
  });
});

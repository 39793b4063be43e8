import { externalId, startXenditSim, type XenditSim } from '../helpers/xendit.js';

// Card payments on the hosted page and through the driver (docs/xendit.md §6, §7): the page
// offers the cards the simulator accepts, Xendit's documented 3DS test cards among them, and a
// paid invoice names the card that paid (masked), not a fixed one.
describe('Xendit card payments', () => {
  let sim: XenditSim;
  beforeAll(async () => {
    sim = await startXenditSim();
  });
  afterAll(() => sim.stop());

  const newInvoice = (paymentMethods?: string[]) =>
    sim.xendit.Invoice.createInvoice({ data: { externalId: externalId(), amount: 60_000, paymentMethods } });
  const page = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sim.url}/xendit${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it("offers its default card first and Xendit's documented 3DS test cards; none without cards", async () => {
    const inv = await newInvoice();
    const { body } = await page('GET', `/web/${inv.id}/state`);
    expect(body.test_cards[0]).toBe('4000000000001091');
    expect(body.test_cards).toEqual(expect.arrayContaining(['4000000000000002', '5200000000000007']));
    const noCards = await newInvoice(['BCA']);
    expect((await page('GET', `/web/${noCards.id}/state`)).body.test_cards).toEqual([]);
  });

  it.each(['4000000000000002', '5200 0000 0000 0007', '4111111111111111'])(
    'paying on the page with %s reports that card, masked',
    async (number) => {
      const inv = await newInvoice();
      expect((await page('POST', `/web/${inv.id}/pay`, { channel: 'CREDIT_CARD', card_number: number })).status).toBe(200);
      const digits = number.replace(/\D/g, '');
      const paid = await sim.xendit.Invoice.getInvoiceById({ invoiceId: inv.id! });
      expect(paid.status).toBe('PAID');
      const raw = await sim.raw('GET', `/v2/invoices/${inv.id}`);
      expect(raw.body).toMatchObject({ payment_method: 'CREDIT_CARD', payment_channel: 'CREDIT_CARD' });
      expect(raw.body.payment_destination).toBe(`${digits.slice(0, 6)}XXXXXX${digits.slice(-4)}`);
    },
  );

  it('the driver pays with the default card, or the test card it names; another card is a 400 that pays nothing', async () => {
    const byDefault = await newInvoice();
    const one = await sim.driver('POST', `/invoices/${byDefault.id}/pay`, { payment_method: 'CREDIT_CARD' });
    expect(one.body.invoice.payment_destination).toBe('400000XXXXXX1091');

    const named = await newInvoice();
    const two = await sim.driver('POST', `/invoices/${named.id}/pay`, { payment_method: 'CREDIT_CARD', card_number: '5200000000000007' });
    expect(two.body.invoice.payment_destination).toBe('520000XXXXXX0007');

    const refused = await newInvoice();
    for (const card_number of ['4242424242424242', 4000000000000002]) {
      const res = await sim.driver('POST', `/invoices/${refused.id}/pay`, { payment_method: 'CREDIT_CARD', card_number });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_card' } });
    }
    expect((await sim.driver('GET', `/invoices/${refused.id}`)).body.invoice.status).toBe('PENDING');
  });
});

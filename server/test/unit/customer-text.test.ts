// Customer data that cannot spoof: invisible, control and bidi characters are refused
// in names and emails, marks cannot pile up, and what is stored is NFC.
import fc from 'fast-check';
import { validateCheckout } from '../../src/payments/checkout-input.js';
import { PaymentError } from '../../src/payments/errors.js';
import { firstInvisible } from '../../src/payments/visible-text.js';

const items = [{ productId: 'kopi', quantity: 1 }];
const customer = { name: 'Budi Santoso', email: 'budi@example.com' };

function problemsOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PaymentError);
    expect((error as PaymentError).code).toBe('BAD_USER_INPUT');
    return (error as PaymentError).details?.fields as { field: string; message: string }[];
  }
  throw new Error('expected BAD_USER_INPUT');
}

// Every character the issue reproduced, and their kin.
const SPOOFERS = {
  NUL: '\u0000',
  'U+0085 (next line)': '\u0085',
  DEL: '\u007F',
  TAB: '\t',
  'U+202E (right-to-left override)': '\u202E',
  'U+202A (left-to-right embedding)': '\u202A',
  'U+2066 (left-to-right isolate)': '\u2066',
  'U+2069 (pop directional isolate)': '\u2069',
  'U+200E (left-to-right mark)': '\u200E',
  'U+200B (zero-width space)': '\u200B',
  'U+200D (zero-width joiner)': '\u200D',
  'U+FEFF (byte order mark)': '\uFEFF',
  'U+00AD (soft hyphen)': '\u00AD',
  'U+2028 (line separator)': '\u2028',
  'U+3164 (Hangul filler)': '\u3164',
  'U+034F (combining grapheme joiner)': '\u034F',
  'U+FE0F (variation selector)': '\uFE0F',
  'U+E000 (private use)': '\uE000',
  'U+E0041 (tag letter)': '\u{E0041}',
};

describe('customer text that could spoof', () => {
  it.each(Object.entries(SPOOFERS))('refuses an email holding %s, naming the character', (_, char) => {
    const problems = problemsOf(() => validateCheckout({ items, customer: { ...customer, email: `adm${char}in@x.io` } }));
    expect(problems).toEqual([
      { field: 'customer.email', message: expect.stringMatching(/invisible or control character \(U\+[0-9A-F]{4,5}\)/) },
    ]);
  });

  it.each(Object.entries(SPOOFERS))('refuses a name holding %s', (_, char) => {
    const problems = problemsOf(() => validateCheckout({ items, customer: { ...customer, name: `Bu${char}di` } }));
    expect(problems.map((p) => p.field)).toEqual(['customer.name']);
  });

  it('refuses the two addresses the desk showed as someone else', () => {
    expect(
      problemsOf(() => validateCheckout({ items, customer: { ...customer, email: 'a\u0000b\u202Egnp.exe@x.io' } }))[0]!.message,
    ).toContain('U+0000');
    expect(problemsOf(() => validateCheckout({ items, customer: { ...customer, email: 'adm\u200Bin\u2066@x.io' } }))[0]!.message).toContain(
      'U+200B',
    );
  });

  it('refuses a pile of combining marks but takes the accents names really have', () => {
    const smear = `Zalgo${'\u0301'.repeat(99)} Budi`;
    expect(problemsOf(() => validateCheckout({ items, customer: { ...customer, name: smear } }))).toEqual([
      { field: 'customer.name', message: expect.stringMatching(/more than 4 accents or marks on one letter/) },
    ]);
    for (const name of ['Nguyễn Thị Ánh', 'Siti Nurhaliza', 'देवनागरी नाम', "Zoë O'Brien-Łukasz", 'ศรีสุดา']) {
      expect(validateCheckout({ items, customer: { ...customer, name } }).customer.name).toBe(name.normalize('NFC'));
    }
  });

  it('stores names and emails in NFC, and turns wide spaces into one ordinary space', () => {
    const decomposed = 'Jose\u0301 Nin\u0303o';
    const out = validateCheckout({ items, customer: { name: `${decomposed}\u00A0\u3000Budi`, email: 'jose\u0301@example.com' } });
    expect(out.customer.name).toBe('José Niño Budi');
    expect(out.customer.name).toBe(out.customer.name.normalize('NFC'));
    expect(out.customer.email).toBe('josé@example.com'.normalize('NFC'));
  });

  it('property: an email with any invisible character anywhere is refused and nothing comes back', () => {
    const invisible = fc.constantFrom(...Object.values(SPOOFERS), '\u0001', '\u001F', '\u009F', '\u061C', '\u2060', '\u206F', '\u180E');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{0,10}$/), invisible, fc.stringMatching(/^[a-z0-9]{1,10}$/), (before, char, after) => {
        const email = `${before}${char}${after}@example.com`;
        const problems = problemsOf(() => validateCheckout({ items, customer: { ...customer, email } }));
        expect(problems.map((p) => p.field)).toEqual(['customer.email']);
      }),
    );
  });

  it('property: whatever a name or email holds, an accepted one is NFC and has no invisible character', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(text, fc.string({ unit: 'binary', maxLength: 12 }), (name, local) => {
        let out;
        try {
          out = validateCheckout({ items, customer: { name, email: `${local}@example.com` } });
        } catch (error) {
          expect((error as PaymentError).code).toBe('BAD_USER_INPUT');
          return;
        }
        for (const value of [out.customer.name, out.customer.email]) {
          expect(value).toBe(value.normalize('NFC'));
          expect(firstInvisible(value)).toBeUndefined();
          expect(/\p{M}{5,}/u.test(value)).toBe(false);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('MAX_QUANTITY_PER_ITEM', () => {
  it('caps a cart line at 10 by default, with a message that says so', () => {
    expect(validateCheckout({ items: [{ productId: 'kopi', quantity: 10 }], customer }).items[0]!.quantity).toBe(10);
    expect(problemsOf(() => validateCheckout({ items: [{ productId: 'kopi', quantity: 11 }], customer }))).toEqual([
      { field: 'items[0].quantity', message: 'must be a whole number from 1 to 10 (at most 10 of one product per order)' },
    ]);
  });

  it('follows the configured cap', () => {
    expect(problemsOf(() => validateCheckout({ items: [{ productId: 'kopi', quantity: 4 }], customer }, 3))[0]!.field).toBe(
      'items[0].quantity',
    );
    expect(validateCheckout({ items: [{ productId: 'kopi', quantity: 25 }], customer }, 25).items[0]!.quantity).toBe(25);
  });
});

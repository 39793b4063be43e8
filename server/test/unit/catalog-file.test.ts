import { readFileSync } from 'node:fs';
import { CatalogFileError, parseCatalog } from '../../src/catalog-file.js';
import { SEED_CATALOG } from '../../src/payments/catalog.js';

const refusal = (text: string): string => {
  try {
    parseCatalog(text, 'c.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogFileError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
};

/** One product per line after a `[` line: product n is on line n + 1. */
const file = (...products: unknown[]) => `[\n${products.map((p) => '  ' + JSON.stringify(p)).join(',\n')}\n]\n`;
const ok = { id: 'kopi', name: 'Kopi', price: 85_000, stock: 40 };

describe('catalog files', () => {
  it('ships the built-in seven products as catalog.example.json', () => {
    const text = readFileSync(new URL('../../../catalog.example.json', import.meta.url), 'utf8');
    expect(parseCatalog(text)).toEqual(SEED_CATALOG);
  });

  it('accepts the edges of every range and keeps imageUrl only when given', () => {
    const products = parseCatalog(
      file(
        { id: 'a'.repeat(64), name: 'x'.repeat(100), price: 999_999_999, stock: 0 },
        { id: 'A.b_c-9', name: 'N', price: 1, stock: 1_000_000, imageUrl: '/img/n.png' },
      ),
    );
    expect(products[0]).not.toHaveProperty('imageUrl');
    expect(products[1]).toEqual({ id: 'A.b_c-9', name: 'N', price: 1, stock: 1_000_000, imageUrl: '/img/n.png' });
  });

  it.each([
    ['an id with a space', { ...ok, id: 'kopi gayo' }, /line 3 \(product 2\), "id": id must be 1 to 64 characters/],
    ['an id of 65 characters', { ...ok, id: 'a'.repeat(65) }, /line 3 \(product 2\), "id"/],
    ['a price with decimals', { ...ok, price: 85_000.5 }, /line 3 \(product 2\), "price": price must be a whole number/],
    ['a price of 0', { ...ok, price: 0 }, /"price": price must be at least 1/],
    ['a price of a billion', { ...ok, price: 1_000_000_000 }, /"price": price must be at most 999,999,999/],
    ['a price as a string', { ...ok, price: '85000' }, /"price": price must be a number/],
    ['negative stock', { ...ok, stock: -1 }, /"stock": stock must be 0 or more/],
    ['fractional stock', { ...ok, stock: 1.5 }, /"stock": stock must be a whole number/],
    ['an empty name', { ...ok, name: '  ' }, /"name": name must not be empty/],
    ['a name of 101 characters', { ...ok, name: 'x'.repeat(101) }, /"name": name must be at most 100/],
    ['a missing stock', { id: 'k', name: 'K', price: 1 }, /"stock": stock must be a number/],
    ['a misspelt field', { ...ok, stok: 3 }, /line 3 \(product 2\): unknown field "stok"/],
    ['an imageUrl that is not a URL', { ...ok, imageUrl: 'javascript:alert(1)' }, /"imageUrl": imageUrl must be an http\(s\) URL/],
  ])('refuses %s, naming the line and the field', (_what, bad, message) => {
    expect(refusal(file({ ...ok, id: 'first' }, bad))).toMatch(message);
  });

  it('refuses a repeated id, naming both lines', () => {
    expect(refusal(file(ok, { ...ok, id: 'teh' }, { ...ok, name: 'Kopi lagi' }))).toMatch(
      /line 4 \(product 3\), "id": "kopi" is already used on line 2/,
    );
  });

  it('finds the line of a product however the file is laid out', () => {
    const text =
      '[{"id":"a","name":"A","price":1,"stock":1},\n\n  {\n    "id": "b",\n    "name": "B, with \\"]\\" in it",\n    "price": 1,\n    "stock": 1\n  },\n  {"id":"c","name":"C","price":-5,"stock":1}]';
    expect(refusal(text)).toMatch(/c\.json line 9 \(product 3\), "price"/);
  });

  it('refuses broken JSON with its line and column', () => {
    expect(refusal('[\n  {"id": "a", "name": "A", "price": 1, "stock": 1},\n  {"id": "b" "name": "B"}\n]')).toMatch(
      /not valid JSON at line 3, column 14/,
    );
  });

  it('refuses a file that is not an array', () => {
    expect(refusal(JSON.stringify(ok))).toMatch(/the catalog must be a JSON array of products/);
  });

  it('lists several problems at once, so one run finds them all', () => {
    const message = refusal(file({ ...ok, price: 0 }, { ...ok, id: 'b', stock: -2 }));
    expect(message).toMatch(/line 2 \(product 1\), "price"/);
    expect(message).toMatch(/line 3 \(product 2\), "stock"/);
    expect(message).toMatch(/nothing was imported/);
  });
});

// Catalog imports against the real embedded database: stock is set by one ledger move
// per product and import id, and the CLI refuses a bad file before touching anything.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readCatalogFile } from '../src/catalog-file.js';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { MongoProductCatalog } from '../src/persistence/product-catalog.js';
import { MongoStockLedger } from '../src/persistence/stock-ledger.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
let db: Database;

beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

const fresh = () => {
  const stock = new MongoStockLedger(db.collections);
  return { stock, catalog: new MongoProductCatalog(db.collections, stock) };
};

it('seeds an empty catalog from a file (CATALOG_FILE) and leaves a filled one alone', async () => {
  const { catalog } = fresh();
  await db.collections.products.deleteMany({});
  const products = readCatalogFile(fileURLToPath(new URL('../../catalog.example.json', import.meta.url)));
  expect(await catalog.seedIfEmpty(products)).toBe(7);
  expect(await catalog.seedIfEmpty([{ id: 'other', name: 'Other', price: 1, stock: 1 }])).toBe(0);
  expect((await fresh().catalog.list()).map((p) => [p.id, p.stock])).toEqual(products.map((p) => [p.id, p.stock]));
});

it('moves stock once when an import is run twice with the same import id', async () => {
  const { catalog, stock } = fresh();
  const id = `tea-${randomBytes(3).toString('hex')}`;
  await catalog.upsert([{ id, name: 'Teh', price: 32_000, stock: 10 }], 'first');

  await catalog.upsert([{ id, name: 'Teh Tubruk', price: 35_000, stock: 50 }], 'restock');
  expect(await stock.available(id)).toBe(50);
  // A sale between the two runs: the second run computes a new difference (+1), but
  // its move id is the first run's, so it is not made again.
  expect(await stock.move(id, `sale-${id}`, -1)).toBe('applied');
  await catalog.upsert([{ id, name: 'Teh Tubruk', price: 35_000, stock: 50 }], 'restock');
  expect(await stock.available(id)).toBe(49);
  const moves = await db.collections.stockLedger.countDocuments({ move_id: `import:restock:${id}` });
  expect(moves).toBe(1);

  // A new import id is a new import: stock is set again.
  await fresh().catalog.upsert([{ id, name: 'Teh Tubruk', price: 35_000, stock: 50 }], 'restock-2');
  // Moved by another process: this one sees it when it asks the database.
  expect(await stock.available(id, { fresh: true })).toBe(50);
  const [product] = (await fresh().catalog.findByIds([id])).values();
  expect(product).toEqual({ id, name: 'Teh Tubruk', price: 35_000, stock: 50 });
});

describe('npm run catalog', () => {
  const run = (args: string[]) =>
    promisify(execFile)(path.join(serverDir, '../node_modules/.bin/tsx'), ['src/cli/catalog.ts', ...args], {
      cwd: serverDir,
      // A database nobody listens on: a refusal must come before any connection.
      env: { ...process.env, MONGODB_URI: 'mongodb://127.0.0.1:9/', INIT_CWD: serverDir },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
    );

  it('refuses a bad file before connecting, naming the line; checks a good one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lunas-catalog-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '[\n  {"id": "a", "name": "A", "price": 1, "stock": 1},\n  {"id": "b", "name": "B", "price": 1.5, "stock": 1}\n]\n');
    const refused = await run(['import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/line 3 \(product 2\), "price": price must be a whole number/);
    expect(refused.out).not.toMatch(/cannot reach the database/);

    const checked = await run(['check', '../catalog.example.json']);
    expect(checked).toEqual({ code: 0, out: expect.stringMatching(/7 products, 245 units in stock, all valid/) });
  }, 60_000);
});

// `npm run catalog -w server -- <command> <file.json> [--import-id ID]`
//   check  <file>   validates the file, writes nothing;
//   import <file>   adds new products and updates existing ones (name, price, image,
//                   stock). Products missing from the file are left as they are.
// The whole file is validated before the first write (catalog-file.ts). Stock is set by
// a ledger move of the difference under a move id derived from the import id, so an
// import that stopped half-way (the database went away) is finished by running it
// again with the same --import-id, and no product's stock moves twice.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { CatalogFileError, readCatalogFile } from '../catalog-file.js';
import { ConfigError, loadConfig } from '../config.js';
import { MongoProductCatalog } from '../persistence/product-catalog.js';
import { MongoStockLedger } from '../persistence/stock-ledger.js';
import { CliDatabaseError, connectCliDatabase, DATABASE_HINT, loadLocalEnv } from './cli-database.js';

const USAGE = `usage: npm run catalog -w server -- check <file.json>
       npm run catalog -w server -- import <file.json> [--import-id ID]
The file is an array of { "id", "name", "price", "stock", "imageUrl"? } (see catalog.example.json).
${DATABASE_HINT}`;

loadLocalEnv();

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if ((command !== 'check' && command !== 'import') || !file) {
    console.error(USAGE);
    return 2;
  }
  let importId = `${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}-${randomBytes(3).toString('hex')}`;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--import-id' && rest[i + 1] && /^[A-Za-z0-9._-]{1,64}$/.test(rest[i + 1]!)) importId = rest[++i]!;
    else {
      console.error(`unknown or bad argument ${rest[i]} (--import-id takes 1 to 64 of A-Z a-z 0-9 . _ -)\n${USAGE}`);
      return 2;
    }
  }

  // npm runs workspace scripts in the workspace's folder; a relative path means the
  // folder the command was typed in, which npm passes as INIT_CWD.
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const products = readCatalogFile(filePath);
  const units = products.reduce((sum, p) => sum + p.stock, 0);
  console.log(`${file}: ${products.length} products, ${units.toLocaleString('en')} units in stock, all valid`);
  if (command === 'check') return 0;

  const db = await connectCliDatabase(loadConfig());
  try {
    const stock = new MongoStockLedger(db.collections);
    const catalog = new MongoProductCatalog(db.collections, stock);
    const before = new Map((await catalog.list()).map((p) => [p.id, p]));
    await catalog.upsert(products, importId);
    const after = new Map((await catalog.list()).map((p) => [p.id, p]));
    const added = products.filter((p) => !before.has(p.id)).length;
    const restocked = products.filter((p) => before.has(p.id) && before.get(p.id)!.stock !== after.get(p.id)?.stock).length;
    console.log(`import ${importId}: ${added} added, ${products.length - added} updated (${restocked} with a new stock level)`);
    const differ = products.filter((p) => after.get(p.id)?.stock !== p.stock);
    if (differ.length > 0) {
      // Orders placed while the import ran, or a re-run whose moves were made before.
      console.log(`note: ${differ.length} products differ from the file's stock now (sales since the move, or a repeated import id)`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof CatalogFileError || error instanceof ConfigError || error instanceof CliDatabaseError
        ? error.message
        : `catalog: ${(error as Error).message ?? String(error)}`,
    );
    process.exit(1);
  },
);

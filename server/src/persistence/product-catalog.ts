// The catalog: names and prices in `products` (`_id: productId`), stock from the ledger.
// Products change only by an import, so their documents are cached briefly; the stock
// is read from each product's ledger head.
import type { Product } from '../payments/catalog.js';
import type { ProductCatalog } from '../payments/ports.js';
import type { Collections } from './database.js';
import type { MongoStockLedger } from './stock-ledger.js';

type ProductDoc = { _id: string; name: string; price: number; position: number; image_url?: string | null };

/** How long product names and prices are reused before being read again. */
const CACHE_MS = 2_000;

export class MongoProductCatalog implements ProductCatalog {
  private cache: { at: number; docs: ProductDoc[] } | undefined;

  constructor(
    private readonly collections: Collections,
    private readonly stock: MongoStockLedger,
  ) {}

  async list(): Promise<Product[]> {
    const docs = await this.docs();
    return Promise.all(docs.map((doc) => this.withStock(doc)));
  }

  /** The catalog's product ids, without their stock (start-up finds their stock heads). */
  async productIds(): Promise<string[]> {
    return (await this.docs()).map((doc) => doc._id);
  }

  async findByIds(ids: string[]): Promise<Map<string, Product>> {
    const wanted = new Set(ids);
    const docs = (await this.docs()).filter((doc) => wanted.has(doc._id));
    const products = await Promise.all(docs.map((doc) => this.withStock(doc)));
    return new Map(products.map((p) => [p.id, p]));
  }

  /** Seeds an empty catalog. Safe when several servers start at once: ids are unique. */
  async seedIfEmpty(products: readonly Product[]): Promise<number> {
    if ((await this.docs()).length > 0) return 0;
    await this.upsert(products);
    return products.length;
  }

  /**
   * Adds or updates products. Stock is set by a ledger move of the difference, so
   * reservations already made stay counted. `importId` makes the moves of one import
   * happen once even if it is run again after a crash.
   */
  async upsert(products: readonly Product[], importId = 'seed'): Promise<void> {
    const existing = new Map((await this.docs(true)).map((doc) => [doc._id, doc]));
    let position = existing.size;
    for (const product of products) {
      const doc: ProductDoc = {
        _id: product.id,
        name: product.name,
        price: product.price,
        position: existing.get(product.id)?.position ?? position++,
        ...(product.imageUrl ? { image_url: product.imageUrl } : {}),
      };
      if (!existing.has(product.id)) {
        await this.stock.open(product.id, product.stock);
        await this.collections.products.insertOne(doc as any).catch((error: { code?: number }) => {
          if (error.code !== 11000) throw error;
        });
        continue;
      }
      // Off the hot path: an import is rare, so an update (a scan on FerretDB) is fine.
      await this.collections.products.replaceOne({ _id: product.id as any }, doc as any);
      const delta = product.stock - (await this.stock.available(product.id, { fresh: true }));
      if (delta !== 0) await this.stock.move(product.id, `import:${importId}:${product.id}`, delta);
    }
    this.cache = undefined;
  }

  private async docs(fresh = false): Promise<ProductDoc[]> {
    if (!fresh && this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.docs;
    const docs = (await this.collections.products.find().toArray()) as unknown as ProductDoc[];
    docs.sort((a, b) => a.position - b.position);
    this.cache = { at: Date.now(), docs };
    return docs;
  }

  private async withStock(doc: ProductDoc): Promise<Product> {
    return {
      id: doc._id,
      name: doc.name,
      price: doc.price,
      stock: await this.stock.available(doc._id),
      ...(doc.image_url ? { imageUrl: doc.image_url } : {}),
    };
  }
}

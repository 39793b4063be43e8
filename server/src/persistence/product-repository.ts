import type { Product } from '../payments/catalog.js';
import type { OrderItem } from '../payments/order.js';
import type { ProductRepository } from '../payments/ports.js';
import { isDuplicateKeyError, type Database } from './database.js';

type ProductDoc = { _id: string; name: string; price: number; stock: number; image_url?: string | null };

const toProduct = (doc: ProductDoc): Product => ({
  id: doc._id,
  name: doc.name,
  price: doc.price,
  stock: doc.stock,
  ...(doc.image_url ? { imageUrl: doc.image_url } : {}),
});

export class MongoProductRepository implements ProductRepository {
  constructor(private readonly db: Database) {}

  async list(): Promise<Product[]> {
    const docs = await this.db.models.Product.find().sort({ position: 1 }).lean<ProductDoc[]>();
    return docs.map(toProduct);
  }

  async findByIds(ids: string[]): Promise<Map<string, Product>> {
    const docs = await this.db.models.Product.find({ _id: { $in: ids } }).lean<ProductDoc[]>();
    return new Map(docs.map((doc) => [doc._id, toProduct(doc)]));
  }

  async takeStock(items: OrderItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.models.Product.bulkWrite(
      items.map((item) => ({
        updateOne: { filter: { _id: item.productId }, update: { $inc: { stock: -item.quantity } } },
      })),
    );
  }

  /** Seeds an empty catalog. Safe when several servers start at once: ids are unique. */
  async seedIfEmpty(products: readonly Product[]): Promise<number> {
    if ((await this.db.models.Product.estimatedDocumentCount()) > 0) return 0;
    try {
      await this.db.models.Product.insertMany(
        products.map((p, position) => ({ _id: p.id, name: p.name, price: p.price, stock: p.stock, image_url: p.imageUrl, position })),
        { ordered: false },
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    return products.length;
  }
}

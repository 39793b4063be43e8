// One mongoose connection per app (not mongoose's global default), so tests can run
// several apps against several databases in one process. The only place that connects.
import mongoose, { type Connection } from 'mongoose';
import { orderChangeSchema, orderSchema } from './order-schemas.js';
import { productSchema } from './product-schema.js';
import { paymentNotificationSchema } from './payment-notification-schema.js';

export interface Database {
  connection: Connection;
  models: ReturnType<typeof registerModels>;
  close(): Promise<void>;
}

function registerModels(connection: Connection) {
  return {
    Order: connection.model('Order', orderSchema, 'orders'),
    OrderChange: connection.model('OrderChange', orderChangeSchema, 'order_changes'),
    Product: connection.model('Product', productSchema, 'products'),
    PaymentNotification: connection.model('PaymentNotification', paymentNotificationSchema, 'payment_notifications'),
  };
}

export async function connectDatabase(uri: string, options: { dbName?: string } = {}): Promise<Database> {
  const connection = await mongoose
    .createConnection(uri, {
      ...(options.dbName ? { dbName: options.dbName } : {}),
      serverSelectionTimeoutMS: 10_000,
      // Indexes are created below, awaited, because exactly-once status changes depend
      // on the unique ones existing before the first notification.
      autoIndex: false,
    })
    .asPromise();
  const models = registerModels(connection);
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  return { connection, models, close: () => connection.close() };
}

/** MongoDB and FerretDB both report unique-index violations as E11000. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

// Reads the API's database directly, for what the GraphQL API does not show the shopper:
// the notification log, orders stored for checkouts that answered an error, anomalies.
import { MongoClient } from 'mongodb';

export interface DbAudit {
  /** body_sha256 of every row in payment_notifications. */
  loggedHashes: string[];
  /** Orders of this run that the run never got an answer for. */
  ordersOfRun: { orderId: string; email: string }[];
  anomalies: Record<string, number>;
}

export async function auditDatabase(uri: string, runTag: string): Promise<DbAudit> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000, directConnection: true });
  try {
    await client.connect();
    const db = client.db();
    const [notifications, orders, anomalies] = await Promise.all([
      db
        .collection('payment_notifications')
        .find({}, { projection: { body_sha256: 1 } })
        .toArray(),
      db
        .collection('orders')
        .find({ 'customer.email': { $regex: `^chaos-${runTag}-` } }, { projection: { _id: 1, 'customer.email': 1 } })
        .toArray(),
      db
        .collection('payment_anomalies')
        .find({}, { projection: { kind: 1 } })
        .toArray(),
    ]);
    const kinds: Record<string, number> = {};
    for (const a of anomalies) kinds[String(a.kind)] = (kinds[String(a.kind)] ?? 0) + 1;
    return {
      loggedHashes: notifications.map((n) => String(n.body_sha256)),
      ordersOfRun: orders.map((o) => ({ orderId: String(o._id), email: String(o.customer?.email) })),
      anomalies: kinds,
    };
  } finally {
    await client.close();
  }
}

// Orders stored before `email_key` existed (email-key.ts) get it once, in the background,
// so the desk's email search finds a customer's older orders too.
//
// Why windows: the orders without the field can only be found by reading orders; a whole
// collection at once is past the database deadline in a shop's third year. So the pass walks
// back through created_at a month at a time (an index range on both databases; on the embedded
// FerretDB the `$exists` test runs inside SQLite, so only the orders that lack the field are
// decoded), until no order is older. Then it writes a marker, and no later start walks again.
// A start that stops halfway walks again next time: the updates are idempotent.
import type { Logger } from '../payments/ports.js';
import { isDuplicateKeyError, type Collections } from './database.js';
import { emailKey } from './email-key.js';
import { anyOrderBefore } from './order-search.js';

const MARKER = 'orders.email_key';
export const WINDOW_MS = 30 * 86_400_000;

/** Gives every order without `email_key` its key; returns how many it changed. */
export async function backfillEmailKeys(
  collections: Pick<Collections, 'orders' | 'migrations'>,
  logger: Logger,
  now: () => Date = () => new Date(),
  stopped: () => boolean = () => false,
): Promise<number> {
  if (await collections.migrations.findOne({ _id: MARKER as any })) return 0;
  let changed = 0;
  let upper = now().getTime() + WINDOW_MS; // orders stamped a little ahead of this clock too
  while (!stopped()) {
    const from = upper - WINDOW_MS;
    const docs = await collections.orders
      .find(
        { $and: [{ created_at: { $gte: new Date(from) } }, { created_at: { $lt: new Date(upper) } }, { email_key: { $exists: false } }] },
        {
          projection: { customer: 1 },
        },
      )
      .toArray();
    for (const doc of docs) {
      if (stopped()) return changed;
      const email = doc.customer?.email;
      if (typeof email !== 'string') continue;
      await collections.orders.updateOne({ _id: doc._id }, { $set: { email_key: emailKey(email) } });
      changed++;
    }
    upper = from;
    if (!(await anyOrderBefore(collections, from))) break;
  }
  if (stopped()) return changed;
  await collections.migrations.insertOne({ _id: MARKER as any, done_at: now(), changed }).catch((error: unknown) => {
    // Two instances finishing together: the other one's marker is as good.
    if (!isDuplicateKeyError(error)) throw error;
  });
  if (changed > 0) logger.info('gave older orders their email_key (the desk can find them by email)', { changed });
  return changed;
}

import { isReference, type FieldMergeFunction, type Reference, type StoreObject } from '@apollo/client';

/**
 * Merge functions that keep the newest view of an order in the cache: the one with the
 * higher `Order.version` (each change adds one). Answers cross: a refetch that read
 * PENDING may land after the subscription said PAID, and an event queued on one API
 * instance may arrive after a newer one from another. `updatedAt` cannot order them, it
 * is the clock of whichever instance made the change.
 *
 * An older view does not replace what the cache holds; it only fills the fields the cache
 * lacks (another selection, another page of a list), so every query it answers can still
 * be read whole. An equal version takes the incoming view (a refetch of the same state
 * may carry lists that grew, like the notification log), and so does a view that cannot
 * be ordered because its selection has no version.
 *
 * How Apollo calls these: for a normalised entity it calls the type's `merge` with the
 * incoming fields, but only when one of the entity's fields has a merge function of its
 * own (hence `takeIncoming` on `Order.version`); the field that points at the entity then
 * calls it again with references, which pass through. The stored entity is looked up
 * from the incoming fields rather than taken from `existing`, which a refetch leaves
 * undefined (its write policy is "overwrite"), and a late refetch is the very answer that
 * must not step a page back. Entities are merged children first, so the order is settled
 * before its AdminOrder; the AdminOrder learns the version its order was offered at
 * through `offered`.
 */
export interface VersionMerges {
  order: FieldMergeFunction;
  adminOrder: FieldMergeFunction;
  takeIncoming: FieldMergeFunction;
}

export function createVersionMerges(): VersionMerges {
  // Order entity id → the version of the last view written to it, read (and dropped) by
  // its AdminOrder in the same write. At most one entry per order in the cache.
  const offered = new Map<string, number>();

  const order: FieldMergeFunction = (_existing, incoming, { readField, mergeObjects, toReference }) => {
    if (!isStoreObject(incoming)) return incoming;
    const incomingVersion = readField<number>('version', incoming);
    const stored = toReference(incoming);
    if (typeof incomingVersion !== 'number' || !stored) return incoming;
    offered.set(stored.__ref, incomingVersion);
    const storedVersion = readField<number>('version', stored);
    if (typeof storedVersion === 'number' && incomingVersion < storedVersion)
      return mergeObjects<StoreObject | Reference>(incoming, stored);
    return incoming;
  };

  const adminOrder: FieldMergeFunction = (_existing, incoming, { readField, mergeObjects, toReference }) => {
    if (!isStoreObject(incoming)) return incoming;
    const orderRef = readField<Reference>('order', incoming);
    const stored = toReference(incoming);
    if (!isReference(orderRef) || !stored) return incoming;
    const incomingVersion = offered.get(orderRef.__ref);
    offered.delete(orderRef.__ref);
    // The stored order is already merged: it holds the highest version seen so far.
    const storedVersion = readField<number>('version', orderRef);
    const isStored = readField('order', stored) !== undefined;
    if (isStored && incomingVersion !== undefined && typeof storedVersion === 'number' && incomingVersion < storedVersion) {
      return mergeObjects<StoreObject | Reference>(incoming, stored);
    }
    return incoming;
  };

  return { order, adminOrder, takeIncoming: (_existing, incoming) => incoming };
}

function isStoreObject(value: unknown): value is StoreObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isReference(value);
}

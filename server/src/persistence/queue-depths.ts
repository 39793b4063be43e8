// The write lanes and insert batchers of this process, for /metrics. They are built deep
// inside the database (database.ts) and the repositories, one lane per connection and
// one batcher per collection that inserts; rather than thread each of them out to the
// app, they sign in here as they are built. The figures are per process: a deployment
// runs one app per process; tests that build several see all of theirs summed.
// Held weakly: a closed database's lane and batchers go with it.

export interface Queued {
  /** Entries waiting, not yet handed to the database. */
  readonly queued: number;
}

const lanes = new Set<WeakRef<Queued>>();
const batchers = new Map<string, Set<WeakRef<Queued>>>();

/** Entries refused at once because their queue was full (DatabaseBusyError), since start. */
export const refusals = { writeLane: 0, inserts: 0 };

export function trackWriteLane(lane: Queued): void {
  lanes.add(new WeakRef(lane));
}

export function trackInsertBatcher(collection: string, batcher: Queued): void {
  let set = batchers.get(collection);
  if (!set) batchers.set(collection, (set = new Set()));
  set.add(new WeakRef(batcher));
}

/** Writes waiting for their turn in every lane of this process. */
export function queuedWrites(): number {
  return sum(lanes);
}

/** Documents waiting for an insert, per collection. */
export function queuedInserts(): Map<string, number> {
  return new Map([...batchers].map(([collection, set]) => [collection, sum(set)]));
}

function sum(set: Set<WeakRef<Queued>>): number {
  let total = 0;
  for (const ref of set) {
    const queue = ref.deref();
    if (queue) total += queue.queued;
    else set.delete(ref);
  }
  return total;
}

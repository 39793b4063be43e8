// The collections of a real database, with the look-ups by findOne in one of them
// counted: how the store tests show that a path needs no read at all.
import type { Collections, Database } from '../../src/persistence/database.js';

export function countingReads(database: Database, name: keyof Collections) {
  const reads: unknown[] = [];
  const counted = database.collections[name];
  const collections: Collections = {
    ...database.collections,
    [name]: new Proxy(counted, {
      get: (target, key, receiver) =>
        key === 'findOne'
          ? (filter: unknown, ...rest: unknown[]) => {
              reads.push(filter);
              return (counted.findOne as (...args: unknown[]) => unknown)(filter, ...rest);
            }
          : Reflect.get(target, key, receiver),
    }),
  };
  return { collections, reads };
}

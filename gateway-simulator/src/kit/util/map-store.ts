// A gateway's in-memory state is a handful of maps; `POST /sim/v1/reset` must empty every one.
// Clearing them by walking the store, rather than by a hand-kept list, means a map added later
// cannot be forgotten by reset.

/** Holds state in `Map` fields; `reset()` empties every one of them. */
export abstract class MapStore {
  reset(): void {
    for (const value of Object.values(this)) if (value instanceof Map) value.clear();
  }
}

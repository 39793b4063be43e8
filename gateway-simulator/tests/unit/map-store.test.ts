import { MapStore } from '../../src/kit/util/map-store.js';
import { Store } from '../../src/midtrans/store/store.js';
import { XenditStore } from '../../src/xendit/engine/store.js';

// reset() (POST /sim/v1/reset) must empty every map a gateway's store holds, including ones
// added after this test was written.
describe('MapStore.reset', () => {
  const maps = (store: object) => Object.entries(store).filter(([, v]) => v instanceof Map) as [string, Map<string, unknown>][];

  it.each([
    ['Midtrans', new Store()],
    ['Xendit', new XenditStore()],
  ])("empties every one of %s's maps", (_name, store: MapStore) => {
    const all = maps(store);
    expect(all.length).toBeGreaterThan(3);
    for (const [name, map] of all) map.set('k', name);
    store.reset();
    expect(all.filter(([, map]) => map.size > 0).map(([name]) => name)).toEqual([]);
  });

  it('leaves what is not a map alone', () => {
    class Counted extends MapStore {
      readonly seen = new Map<string, number>();
      label = 'kept';
    }
    const store = new Counted();
    store.seen.set('a', 1);
    store.reset();
    expect(store.seen.size).toBe(0);
    expect(store.label).toBe('kept');
  });
});

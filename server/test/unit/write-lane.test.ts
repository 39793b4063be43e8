// The write lane: at most `width` writes at once, the rest in order of arrival, and a
// write whose caller gave up before its turn is never sent.
import { DatabaseBusyError, WriteAbandonedError, WriteLane } from '../../src/persistence/write-lane.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recorder() {
  let running = 0;
  let most = 0;
  const order: number[] = [];
  const write = (id: number, ms: number) => async () => {
    running++;
    most = Math.max(most, running);
    await sleep(ms);
    running--;
    order.push(id);
    return id;
  };
  return { write, order, most: () => most };
}

describe('WriteLane', () => {
  it('runs one write at a time when one wide, in order of arrival', async () => {
    const lane = new WriteLane(1);
    const r = recorder();
    const results = await Promise.all([lane.run(r.write(1, 15)), lane.run(r.write(2, 1)), lane.run(r.write(3, 5))]);
    expect(results).toEqual([1, 2, 3]);
    expect(r.order).toEqual([1, 2, 3]);
    expect(r.most()).toBe(1);
  });

  it('runs up to its width at once', async () => {
    const lane = new WriteLane(3);
    const r = recorder();
    await Promise.all(Array.from({ length: 9 }, (_, i) => lane.run(r.write(i, 5))));
    expect(r.most()).toBe(3);
  });

  it('does not send a write abandoned before its turn, and goes on with the next', async () => {
    const lane = new WriteLane(1);
    const r = recorder();
    const first = lane.run(r.write(1, 20));
    const abandoned = lane.run(r.write(2, 1), () => true);
    const third = lane.run(r.write(3, 1));
    await expect(abandoned).rejects.toBeInstanceOf(WriteAbandonedError);
    expect(await first).toBe(1);
    expect(await third).toBe(3);
    expect(r.order).toEqual([1, 3]);
  });

  it('passes a failed write on and frees its place', async () => {
    const lane = new WriteLane(1);
    await expect(lane.run(() => Promise.reject(new Error('E11000')))).rejects.toThrow('E11000');
    expect(await lane.run(async () => 'next')).toBe('next');
    expect(lane.queued).toBe(0);
  });

  it('refuses a write at once when maxQueued wait already, sends nothing of it, and takes writes again once they drain', async () => {
    const lane = new WriteLane(1, 2);
    const r = recorder();
    const running = lane.run(r.write(1, 20));
    const waiting = [lane.run(r.write(2, 1)), lane.run(r.write(3, 1))];
    const refused = lane.run(r.write(4, 1));
    await expect(refused).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(refused).rejects.toMatchObject({ name: 'DatabaseBusyError' });
    expect(await Promise.all([running, ...waiting])).toEqual([1, 2, 3]);
    expect(r.order).toEqual([1, 2, 3]);
    expect(await lane.run(r.write(5, 1))).toBe(5);
  });
});

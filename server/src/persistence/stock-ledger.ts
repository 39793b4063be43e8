// Stock as a ledger per product: `stock_ledger` holds `<productId>#<seq>` entries, each
// with the units still available after it. A move appends entry seq+1 computed from the
// newest entry seq; `_id` is unique, so two writers that read the same newest entry
// cannot both append (one gets E11000, re-reads and tries again). That is the atomic
// decrement FerretDB v1 lacks ($inc and findAndModify are not atomic there under
// concurrency), built from inserts, which it does make atomic and fast.
//
// Each entry also carries the move's id under a unique index, so a move made twice
// (a retry, a crash replay) lands once. An insert that fails on E11000 while the entry
// it aimed at is still free can only have hit that index: the move was made before.
import type { StockLedger, StockMoveResult } from '../payments/ports.js';
import { isDuplicateKeyError, type Collections } from './database.js';

interface Entry {
  seq: number;
  available: number;
}

/**
 * How long a head this process wrote or read stands for what the shop shows. Moves do
 * not rely on it (a stale head loses its insert and reads on); a read of the shop's
 * stock does, so that a products page costs no look-up at all while another
 * instance's moves show within this time.
 */
const SHOWN_FOR_MS = 5_000;

const entryId = (productId: string, seq: number) => `${productId}#${seq}`;
/** How far back a replayed move is looked for, to tell a made move from a refused one. */
const LOOK_BACK = 500;

export class MongoStockLedger implements StockLedger {
  /**
   * The newest entry seen per product: where the next append aims. One entry per product
   * of the catalog (and per product id a request named that has a ledger), so bounded by
   * the catalog's size.
   */
  private readonly heads = new Map<string, Entry>();
  /** When each head was last confirmed by a write or a read that found nothing newer. */
  private readonly confirmedAt = new Map<string, number>();
  /** Moves of one product queue up in this process instead of colliding. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly collections: Collections) {}

  /**
   * Learns the newest entry of each product given (the catalog's), at start-up, so that
   * the first moves and stock figures need no look-up. Each head is found by `_id` alone
   * (findHead: about 2·log2(entries) look-ups, each an index search on MongoDB and on the
   * embedded FerretDB), so the cost grows with the log of a product's history, and what
   * is read is one entry per product, never the whole ledger. Best effort: a head not
   * found here is found on first use. Returns how many heads it learned.
   */
  async warm(productIds: readonly string[]): Promise<number> {
    let learned = 0;
    for (const productId of productIds) {
      if (this.heads.has(productId)) continue;
      if ((await this.refreshHead(productId)).seq >= 0) learned++;
    }
    return learned;
  }

  /** Opens a product's ledger with its first stock (idempotent). */
  async open(productId: string, stock: number, at = new Date()): Promise<void> {
    try {
      await this.collections.stockLedger.insertOne({
        _id: entryId(productId, 0) as any,
        product_id: productId,
        seq: 0,
        available: stock,
        delta: stock,
        move_id: `open:${productId}`,
        at,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async available(productId: string, options: { fresh?: boolean } = {}): Promise<number> {
    const head = this.heads.get(productId);
    if (head && !options.fresh && Date.now() - (this.confirmedAt.get(productId) ?? 0) < SHOWN_FOR_MS) return head.available;
    return (await this.refreshHead(productId)).available;
  }

  move(productId: string, moveId: string, delta: number, options: { fresh?: boolean } = {}): Promise<StockMoveResult> {
    const previous = this.queues.get(productId) ?? Promise.resolve();
    const next = previous.then(
      () => this.moveNow(productId, moveId, delta, options),
      () => this.moveNow(productId, moveId, delta, options),
    );
    const settled = next.catch(() => undefined);
    this.queues.set(productId, settled);
    void settled.then(() => {
      if (this.queues.get(productId) === settled) this.queues.delete(productId);
    });
    return next;
  }

  private async moveNow(productId: string, moveId: string, delta: number, options: { fresh?: boolean }): Promise<StockMoveResult> {
    let head = this.heads.get(productId) ?? (await this.refreshHead(productId));
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const enough = head.available + delta >= 0;
      // A fresh id cannot have been used: its refusal needs no record.
      if (!enough && options.fresh) return 'insufficient';
      const seq = head.seq + 1;
      const entry = {
        _id: entryId(productId, seq) as any,
        product_id: productId,
        seq,
        // A refusal is recorded too (delta 0), so a replay of the same move id finds it
        // taken and does not apply it later, when stock may have come back.
        available: enough ? head.available + delta : head.available,
        delta: enough ? delta : 0,
        ...(enough ? {} : { refused: delta }),
        move_id: moveId,
        at: new Date(),
      };
      try {
        await this.collections.stockLedger.insertOne(entry);
        this.setHead(productId, { seq, available: entry.available });
        return enough ? 'applied' : 'insufficient';
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      const taken = await this.collections.stockLedger.findOne({ _id: entryId(productId, seq) as any });
      if (!taken) return this.replayed(productId, moveId, head.seq);
      if (taken.move_id === moveId) return taken.refused ? 'insufficient' : 'duplicate';
      head = await this.refreshHead(productId, { seq, available: taken.available });
    }
    throw new Error(`stock of ${productId} kept changing under 1000 attempts`);
  }

  /** The move was made or refused before; find which, walking back from the newest entry. */
  private async replayed(productId: string, moveId: string, fromSeq: number): Promise<StockMoveResult> {
    for (let seq = fromSeq; seq >= Math.max(0, fromSeq - LOOK_BACK); seq--) {
      const entry = await this.collections.stockLedger.findOne({ _id: entryId(productId, seq) as any });
      if (entry?.move_id === moveId) return entry.refused ? 'insufficient' : 'duplicate';
    }
    return 'duplicate';
  }

  /** Walks forward from the known head (or finds it by galloping from 0 on a cold start). */
  private async refreshHead(productId: string, known?: Entry): Promise<Entry> {
    let head = known ?? this.heads.get(productId) ?? (await this.findHead(productId));
    for (;;) {
      const next = await this.collections.stockLedger.findOne({ _id: entryId(productId, head.seq + 1) as any });
      if (!next) break;
      head = { seq: next.seq, available: next.available };
    }
    this.setHead(productId, head);
    return head;
  }

  private setHead(productId: string, head: Entry): void {
    this.heads.set(productId, head);
    this.confirmedAt.set(productId, Date.now());
  }

  /** O(log n) `_id` look-ups: double the step until past the end, then bisect. */
  private async findHead(productId: string): Promise<Entry> {
    const at = (seq: number) => this.collections.stockLedger.findOne({ _id: entryId(productId, seq) as any });
    const first = await at(0);
    if (!first) return { seq: -1, available: 0 };
    let low = 0;
    let high = 1;
    while (await at(high)) {
      low = high;
      high *= 2;
    }
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (await at(mid)) low = mid;
      else high = mid;
    }
    const entry = (await at(low))!;
    return { seq: entry.seq, available: entry.available };
  }
}

// Typed pubsub for order changes: the topics, their payload, publish and the iterators.
// The in-memory engine serves ONE process only; with REDIS_URL set the Redis engine fans
// changes out to every API instance. Only what leaves the process is encoded
// (order-codec.ts, over Redis); in one process the order objects themselves are handed
// on, read-only, one object for every subscriber (the subscription tests run on both
// engines, so the codec is still proved).
//
// Each subscription's queue is bounded (MAX_QUEUED_CHANGES): a subscriber that reads
// slower than changes come (a stalled socket) is dropped, its listener removed, and its
// iterator fails with SlowConsumerError, which closes its socket with
// SLOW_CONSUMER_CLOSE_CODE (websocket.ts). Its page queries again and resubscribes.
import { EventEmitter } from 'node:events';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import type { Order } from '../payments/order.js';
import type { OrderEvents, StoredOrder } from '../payments/ports.js';
import { decodeOrder, decodePlacedOrder, encodeOrder, encodePlacedOrder } from './order-codec.js';

/**
 * Changes one subscription may have unread. A page shows one order and the desk one list:
 * a reader this far behind is stalled, not busy. In one process queued changes are the
 * shared order objects, so even 2,000 subscribers full to the brim hold references only.
 */
export const MAX_QUEUED_CHANGES = 256;

/** The subscriber let MAX_QUEUED_CHANGES pile up unread: it was dropped. */
export class SlowConsumerError extends Error {
  override name = 'SlowConsumerError';
  readonly code = 'SLOW_CONSUMER';
}

const orderTopic = (orderId: string) => `ORDER_STATUS_CHANGED.${orderId}`;
/** Every change of every order: the operator desk's live list. */
const ALL_ORDERS = 'ORDER_CHANGED';
/** New orders, between API instances only (no subscription reads it: it holds the token hash). */
const PLACED = 'ORDER_PLACED';

/**
 * The in-memory engine for one process. Many pages may watch one order and every
 * operator watches all of them: a listener per subscription is expected, not a leak,
 * so Node's 10-listener warning is off (the socket caps bound the count).
 */
export function inMemoryPubSub(): PubSub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return new PubSub({ eventEmitter: emitter });
}

type Engine = PubSubEngine & { close?(): Promise<void> };

export class OrderStatusBus implements OrderEvents {
  private live = 0;
  private slowDropped = 0;
  private readonly engine: Engine;
  /** Payloads leave the process (any engine given, Redis): encoded, and decoded on arrival. */
  private readonly wire: boolean;
  private readonly maxQueued: number;

  constructor(engine?: Engine, options: { maxQueued?: number } = {}) {
    this.engine = engine ?? inMemoryPubSub();
    this.wire = engine !== undefined;
    this.maxQueued = options.maxQueued ?? MAX_QUEUED_CHANGES;
  }

  private encode = (order: Order): unknown => (this.wire ? encodeOrder(order) : order);
  private decode = (payload: unknown): Order => (this.wire ? decodeOrder(payload as string) : (payload as Order));

  /** Subscriptions open in this process (metrics). */
  get liveSubscriptions(): number {
    return this.live;
  }

  /** Subscriptions dropped as slow consumers since start (metrics). */
  get droppedSubscriptions(): number {
    return this.slowDropped;
  }

  async placed(order: StoredOrder): Promise<void> {
    await this.engine.publish(PLACED, this.wire ? encodePlacedOrder(order) : order);
  }

  /** Orders placed by this process and (over Redis) by the others. */
  async observePlaced(listener: (order: StoredOrder) => void): Promise<() => void> {
    const id = await this.engine.subscribe(
      PLACED,
      (payload: unknown) => listener(this.wire ? decodePlacedOrder(payload as string) : (payload as StoredOrder)),
      {},
    );
    return () => this.engine.unsubscribe(id);
  }

  async publish(order: Order): Promise<void> {
    const payload = this.encode(order);
    await Promise.all([this.engine.publish(orderTopic(order.orderId), payload), this.engine.publish(ALL_ORDERS, payload)]);
  }

  /**
   * Changes of one order, subscribed by the time the promise resolves. Not
   * graphql-subscriptions' asyncIterableIterator: that one subscribes lazily, on the
   * first next(), and a change published between reading an order and that first
   * next() would be lost.
   */
  changesOf(orderId: string): Promise<AsyncIterableIterator<Order>> {
    return this.iterate(orderTopic(orderId));
  }

  allChanges(): Promise<AsyncIterableIterator<Order>> {
    return this.iterate(ALL_ORDERS);
  }

  /**
   * Every change, from this process and (over Redis) from the others: how each instance
   * keeps what it knows of orders current. Not a subscription (not counted as one).
   */
  async observeAll(listener: (order: Order) => void): Promise<() => void> {
    const id = await this.engine.subscribe(ALL_ORDERS, (payload: unknown) => listener(this.decode(payload)), {});
    return () => this.engine.unsubscribe(id);
  }

  private async iterate(topic: string): Promise<AsyncIterableIterator<Order>> {
    const queue: Order[] = [];
    let wake: (() => void) | undefined;
    let closed = false;
    let dropped = false;
    const stop = async () => {
      if (closed) return;
      closed = true;
      this.live--;
      await this.engine.unsubscribe(id);
      wake?.();
    };
    const id = await this.engine.subscribe(
      topic,
      (payload: unknown) => {
        if (closed) return;
        if (queue.length >= this.maxQueued) {
          // Stalled: stop listening and forget what it has not read.
          dropped = true;
          this.slowDropped++;
          queue.length = 0;
          void stop();
          return;
        }
        queue.push(this.decode(payload));
        wake?.();
      },
      {},
    );
    this.live++;
    const maxQueued = this.maxQueued;
    const iterator: AsyncIterableIterator<Order> = {
      async next() {
        for (;;) {
          const order = queue.shift();
          if (order) return { value: order, done: false };
          if (dropped) throw new SlowConsumerError(`more than ${maxQueued} changes were left unread: subscribe again`);
          if (closed) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      },
      return: async () => {
        await stop();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  async close(): Promise<void> {
    await this.engine.close?.();
  }
}

// Typed pubsub for order changes: the topics, their payload, publish and the iterators.
// The in-memory engine serves ONE process only; with REDIS_URL set the Redis engine fans
// changes out to every API instance. Payloads travel encoded (order-codec.ts) on both
// engines, so a test on one process sees what production sees across several.
import { EventEmitter } from 'node:events';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import type { Order } from '../payments/order.js';
import type { OrderEvents, StoredOrder } from '../payments/ports.js';
import { decodeOrder, decodePlacedOrder, encodeOrder, encodePlacedOrder } from './order-codec.js';

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

export class OrderStatusBus implements OrderEvents {
  private live = 0;

  constructor(private readonly engine: PubSubEngine & { close?(): Promise<void> } = inMemoryPubSub()) {}

  /** Subscriptions open in this process (metrics). */
  get liveSubscriptions(): number {
    return this.live;
  }

  async placed(order: StoredOrder): Promise<void> {
    await this.engine.publish(PLACED, encodePlacedOrder(order));
  }

  /** Orders placed by this process and (over Redis) by the others. */
  async observePlaced(listener: (order: StoredOrder) => void): Promise<() => void> {
    const id = await this.engine.subscribe(PLACED, (payload: string) => listener(decodePlacedOrder(payload)), {});
    return () => this.engine.unsubscribe(id);
  }

  async publish(order: Order): Promise<void> {
    const payload = encodeOrder(order);
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
    const id = await this.engine.subscribe(ALL_ORDERS, (payload: string) => listener(decodeOrder(payload)), {});
    return () => this.engine.unsubscribe(id);
  }

  private async iterate(topic: string): Promise<AsyncIterableIterator<Order>> {
    const queue: Order[] = [];
    let wake: (() => void) | undefined;
    let closed = false;
    const id = await this.engine.subscribe(
      topic,
      (payload: string) => {
        queue.push(decodeOrder(payload));
        wake?.();
      },
      {},
    );
    this.live++;
    const iterator: AsyncIterableIterator<Order> = {
      async next() {
        for (;;) {
          const order = queue.shift();
          if (order) return { value: order, done: false };
          if (closed) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      },
      return: async () => {
        if (!closed) {
          closed = true;
          this.live--;
          await this.engine.unsubscribe(id);
          wake?.();
        }
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

// Typed pubsub for order status changes: the one topic, its payload, publish and the
// per-order iterator. The in-memory engine serves ONE process only; with REDIS_URL set
// the Redis engine fans changes out to every API instance.
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import type { Order } from '../payments/order.js';
import type { OrderEvents } from '../payments/ports.js';

const topic = (orderId: string) => `ORDER_STATUS_CHANGED.${orderId}`;

export class OrderStatusBus implements OrderEvents {
  constructor(private readonly engine: PubSubEngine & { close?(): Promise<void> } = new PubSub()) {}

  async publish(order: Order): Promise<void> {
    await this.engine.publish(topic(order.orderId), order);
  }

  /**
   * Changes of one order, subscribed by the time the promise resolves. Not
   * graphql-subscriptions' asyncIterableIterator: that one subscribes lazily, on the
   * first next(), and a change published between reading an order and that first
   * next() would be lost.
   */
  async changesOf(orderId: string): Promise<AsyncIterableIterator<Order>> {
    const queue: Order[] = [];
    let wake: (() => void) | undefined;
    let closed = false;
    const id = await this.engine.subscribe(
      topic(orderId),
      (order: Order) => {
        queue.push(order);
        wake?.();
      },
      {},
    );
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

// Typed pubsub for order status changes: the one topic, its payload, publish and the
// per-order iterator. The in-memory engine serves ONE process only; with REDIS_URL set
// the Redis engine fans changes out to every server instance.
import { PubSub } from 'graphql-subscriptions';
import type { Order } from '../payments/order.js';
import type { OrderEvents } from '../payments/ports.js';

/** What both engines offer: graphql-subscriptions' PubSubEngine, narrowed. */
export interface PubSubEngineLike {
  publish(trigger: string, payload: unknown): Promise<void>;
  asyncIterableIterator<T>(triggers: string | readonly string[]): AsyncIterableIterator<T>;
}

const topic = (orderId: string) => `ORDER_STATUS_CHANGED.${orderId}`;

export class OrderStatusBus implements OrderEvents {
  constructor(private readonly engine: PubSubEngineLike = new PubSub()) {}

  async publish(order: Order): Promise<void> {
    await this.engine.publish(topic(order.orderId), order);
  }

  /** Changes of one order from now on. Call before reading the current state, so none is missed. */
  changesOf(orderId: string): AsyncIterableIterator<Order> {
    return this.engine.asyncIterableIterator<Order>(topic(orderId));
  }
}

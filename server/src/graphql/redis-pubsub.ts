// A graphql-subscriptions engine over Redis pub/sub, so an order change applied by one
// API instance (the one Midtrans's notification reached) reaches subscribers connected
// to any other instance. Used when REDIS_URL is set.
import { PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';

// Payloads are strings (the bus encodes them, see order-codec.ts) and travel untouched.
type Listener = (payload: string) => void;

export class RedisPubSub extends PubSubEngine {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<number, { channel: string; listener: Listener }>();
  private readonly channels = new Map<string, Set<number>>();
  private nextId = 1;

  constructor(
    url: string,
    private readonly prefix = 'lunas:',
  ) {
    super();
    // A publish that cannot reach Redis fails within a second (the webhook then answers
    // 503 and the retry re-announces) instead of queueing while Midtrans waits.
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1_000 });
    // A subscriber connection only subscribes: ioredis's ready check (an INFO) would race
    // a SUBSCRIBE sent while connecting and fail with "Connection in subscriber mode".
    this.subscriber = new Redis(url, { enableReadyCheck: false });
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const id of this.channels.get(channel) ?? []) this.listeners.get(id)?.listener(message);
    });
  }

  async publish(trigger: string, payload: string): Promise<void> {
    await this.publisher.publish(this.prefix + trigger, payload);
  }

  async subscribe(trigger: string, onMessage: Listener): Promise<number> {
    const channel = this.prefix + trigger;
    const id = this.nextId++;
    this.listeners.set(id, { channel, listener: onMessage });
    let ids = this.channels.get(channel);
    if (!ids) {
      ids = new Set();
      this.channels.set(channel, ids);
      // Resolve only once Redis confirms, so nothing published after this is missed.
      await this.subscriber.subscribe(channel);
    }
    ids.add(id);
    return id;
  }

  unsubscribe(id: number): void {
    const entry = this.listeners.get(id);
    if (!entry) return;
    this.listeners.delete(id);
    const ids = this.channels.get(entry.channel);
    ids?.delete(id);
    if (ids && ids.size === 0) {
      this.channels.delete(entry.channel);
      void this.subscriber.unsubscribe(entry.channel).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}

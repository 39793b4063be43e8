// `npm run chaos -- --trace-db` preloads this into the API (NODE_OPTIONS=--import): it
// notes every MongoDB driver call the API makes and, on SIGUSR2, writes the ones still
// unsettled after 5 s to stderr (the run's api.log). A call that never settles is
// otherwise invisible: nothing fails, an order's queue or a reconciler pass just stops.
// Diagnostics only; it changes no behaviour of the API.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../server/package.json', import.meta.url));
const mongodb = require('mongodb');
const pending = new Map();
let next = 0;

function track(proto, method, label) {
  const original = proto[method];
  if (typeof original !== 'function') return;
  proto[method] = function (...args) {
    const id = ++next;
    let arg;
    try {
      arg = JSON.stringify(args[0])?.slice(0, 160);
    } catch {
      arg = '?';
    }
    const caller = new Error().stack
      .split('\n')
      .slice(2, 7)
      .map((line) => line.trim())
      .join(' | ');
    pending.set(id, {
      call: `${label}.${method}`,
      collection: this.collectionName ?? this.namespace?.collection,
      at: Date.now(),
      arg,
      caller,
    });
    let result;
    try {
      result = original.apply(this, args);
    } catch (error) {
      pending.delete(id);
      throw error;
    }
    if (result && typeof result.then === 'function')
      result.then(
        () => pending.delete(id),
        () => pending.delete(id),
      );
    else pending.delete(id);
    return result;
  };
}

for (const method of ['insertOne', 'insertMany', 'findOne', 'deleteMany', 'updateOne', 'replaceOne'])
  track(mongodb.Collection.prototype, method, 'Collection');
track(mongodb.FindCursor.prototype, 'toArray', 'FindCursor');
track(mongodb.Db.prototype, 'command', 'Db');

process.on('SIGUSR2', () => {
  const now = Date.now();
  for (const call of pending.values()) {
    if (now - call.at < 5_000) continue;
    process.stderr.write(
      `${JSON.stringify({ traceDb: 'unsettled', pid: process.pid, ageMs: now - call.at, startedAt: new Date(call.at).toISOString(), ...call })}\n`,
    );
  }
});

// What a look-up, a miss and an update by `_id` cost on the embedded FerretDB as a
// collection grows: `node tools/bench/id-lookups.mjs [--sizes 20000,200000] [--bin path]`.
// `--bin` runs another build of the wrapper (for example one saved from before a change),
// on a fresh data directory each time. Prints one line per size with the median and p99 of
// each operation, over the newest documents (the last a scan would reach).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { buildFerretDB, startFerretDB } from '../src/ferretdb.mjs';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '20000,200000' }, bin: { type: 'string' }, samples: { type: 'string', default: '40' } },
});
const sizes = values.sizes.split(',').map(Number);
const samples = Number(values.samples);
const bin = values.bin ?? buildFerretDB({ quiet: true });

const BATCH = 2_000;
const filler = 'x'.repeat(300); // about the size of an order change
const doc = (i) => ({ _id: `LNS-${String(i).padStart(8, '0')}#1`, order_id: `LNS-${i}`, status: 'PAID', note: filler, at: new Date() });

function summary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`;
}

async function timed(times, operation) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await operation(i);
    ms.push(performance.now() - start);
  }
  return summary(ms);
}

for (const size of sizes) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-id-lookups-'));
  const db = await startFerretDB({ port: 0, dataDir, quiet: true, bin });
  const client = new MongoClient(db.uri);
  try {
    const collection = client.db('bench').collection('changes');
    const seedStart = performance.now();
    for (let from = 0; from < size; from += BATCH) {
      await collection.insertMany(
        Array.from({ length: Math.min(BATCH, size - from) }, (_, k) => doc(from + k)),
        { ordered: false },
      );
    }
    const seedSeconds = ((performance.now() - seedStart) / 1000).toFixed(1);
    // The wrapper indexes new tables within its poll interval; give it that before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const newest = (i) => doc(size - 1 - i)._id;
    const hit = await timed(samples, (i) => collection.findOne({ _id: newest(i) }));
    const miss = await timed(samples, (i) => collection.findOne({ _id: `LNS-missing-${i}#1` }));
    const update = await timed(samples, (i) => collection.updateOne({ _id: newest(i) }, { $set: { status: 'REFUNDED' } }));
    console.log(`${size} documents (seeded in ${seedSeconds} s): find hit ${hit}; find miss ${miss}; update ${update}`);
  } finally {
    await client.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

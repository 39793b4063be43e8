import { startFerretDB } from '/work/main/scripts/ferretdb.mjs';
import { MongoClient } from 'mongodb';
import { rmSync } from 'node:fs';
const dataDir = '/tmp/fdbtest/data'; rmSync(dataDir, { recursive: true, force: true });
let db = await startFerretDB({ port: 0, dataDir, quiet: true });
const port = Number(new URL(db.uri).port);
const c = new MongoClient(db.uri + 'lunas', { directConnection: true, serverSelectionTimeoutMS: 2000, socketTimeoutMS: 4000 });
await c.connect();
const col = c.db('lunas').collection('t');
await col.insertOne({ _id: 'warm' });
const acked = [];
let stop = false, i = 0;
const writers = Array.from({ length: 8 }, async () => {
  while (!stop) {
    const id = `d${i++}`;
    try { await col.insertMany([{ _id: id, at: new Date() }], { ordered: false }); acked.push(id); } catch (e) { await new Promise(r => setTimeout(r, 50)); }
  }
});
await new Promise(r => setTimeout(r, 1500));
process.kill(db.pid, 'SIGKILL');
const killedAt = acked.length;
await new Promise(r => setTimeout(r, 1000));
db = await startFerretDB({ port, dataDir, quiet: true });
await new Promise(r => setTimeout(r, 3000));
stop = true; await Promise.all(writers);
const present = new Set((await col.find({}).toArray()).map(d => d._id));
const lost = acked.filter(id => !present.has(id));
console.log({ acked: acked.length, ackedBeforeKill: killedAt, present: present.size, lost: lost.length, sample: lost.slice(0, 10) });
await c.close(); await db.stop();

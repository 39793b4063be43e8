// `npm run db`: the embedded database alone, on 127.0.0.1:27017, data under .data/.
import path from 'node:path';
import { startFerretDB } from './ferretdb.mjs';

const db = await startFerretDB({ dataDir: path.resolve('.data', 'ferretdb') });
console.log(`[db] MongoDB-compatible FerretDB at ${db.uri}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => db.stop().then(() => process.exit(0)));

// `npm run db`: the embedded database alone, on 127.0.0.1:27017 (FERRETDB_PORT), data under .data/.
import path from 'node:path';
import { startFerretDB } from '@lunas/dev-services';

const db = await startFerretDB({ port: Number(process.env.FERRETDB_PORT || 27017), dataDir: path.resolve('.data', 'ferretdb') });
console.log(`[db] MongoDB-compatible FerretDB at ${db.uri}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => db.stop().then(() => process.exit(0)));

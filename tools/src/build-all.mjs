// `npm run build -w @lunas/dev-services`: builds both Go tools ahead of time (CI, Docker-less
// machines), so the first `npm start` or `npm test` does not pause to compile.
import { buildFerretDB } from './ferretdb.mjs';
import { buildMiniredis } from './redis.mjs';

console.log(buildFerretDB());
console.log(buildMiniredis());

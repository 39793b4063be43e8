// Where the built explorer lives, for the API to serve. The directory exists only after
// `npm run build -w @lunas/explorer` (part of `npm run build`, `npm start` and CI).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const assetsDir = fileURLToPath(new URL('./dist/', import.meta.url));
export const isBuilt = () => existsSync(new URL('./dist/index.html', import.meta.url));

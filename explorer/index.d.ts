/** Absolute path of the built explorer (index.html and assets/), with a trailing slash. */
export declare const assetsDir: string;
/** True once `npm run build -w @lunas/explorer` has produced dist/index.html. */
export declare function isBuilt(): boolean;

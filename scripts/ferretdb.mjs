// Moved to the @lunas/dev-services workspace package (tools/src/ferretdb.mjs). This
// re-export only keeps older commands working; import '@lunas/dev-services' instead.
export { buildFerretDB, startFerretDB } from '@lunas/dev-services';

// Moved to the @lunas/dev-services workspace package (tools/src/stack.mjs). This
// re-export only keeps older imports working; import '@lunas/dev-services' instead.
export { freePort, hasClient, startStack } from '@lunas/dev-services';

// @lunas/dev-services: local stand-ins for the services Lunas needs, for development and
// tests only (never imported by production code paths; the API loads it dynamically).
export { buildFerretDB, startFerretDB } from './ferretdb.mjs';
export { buildMiniredis, hasRedisServer, startRedis } from './redis.mjs';
export { assertPortsFree, freePort, isPortBusy, PortsBusyError } from './ports.mjs';
export { hasClient, PORT_VARIABLES, startStack } from './stack.mjs';

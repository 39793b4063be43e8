// graphql-ws on /graphql, guarded. The socket is for subscriptions only (queries and
// mutations go over HTTP, where their limits and CORS apply), with the same query limits
// as HTTP, a 64 KB message cap, an Origin allow-list and caps per IP and per socket.
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { errorBody, type HttpErrorCode } from '../http/http-errors.js';
import { Lru } from '../persistence/lru.js';
import type { GraphQLContext } from './context.js';
import { SlowConsumerError } from './pubsub.js';
import { maskErrors, refusal, type createErrorFormatter } from './errors.js';
import { checkTokens, limitRules } from './query-limits.js';

/** A larger message closes the socket with 1009 (Message Too Big); a subscription is < 2 KB. */
export const MAX_WS_MESSAGE_BYTES = 64 * 1024;
/**
 * The close code of a socket one of whose subscriptions fell too far behind (pubsub.ts,
 * MAX_QUEUED_CHANGES). In the range for applications (4000-4999) and clear of graphql-ws's
 * own 44xx codes; the client reconnects, queries and subscribes again.
 */
export const SLOW_CONSUMER_CLOSE_CODE = 4100;

/** Distinct valid subscription queries kept parsed (the shop sends one). */
const VALID_DOCUMENTS_KEPT = 64;

export interface GraphQLWebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  path: string;
  /** The CORS allow-list: a browser page from any other origin may not open the socket. */
  allowedOrigins: string[];
  /** Further origins to accept, decided per request (the API's own pages: /explorer). */
  allowOrigin?(origin: string, request: IncomingMessage): boolean;
  maxSocketsPerIp: number;
  maxSubscriptionsPerSocket: number;
  clientIp(request: IncomingMessage): string;
  /** The upgrade request is there for what the context may need from it (cookies). */
  context(clientIp: string, request: IncomingMessage): GraphQLContext;
  formatError: ReturnType<typeof createErrorFormatter>;
}

export function serveGraphQLWebSocket(options: GraphQLWebSocketOptions): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  const socketsPerIp = new Map<string, number>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, code: HttpErrorCode, message: string) => refuseUpgrade(socket, status, code, message);
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) {
      return refuse(404, 'NOT_FOUND', 'not found');
    }
    // Browsers always send Origin on a WebSocket; its absence means a program, which could
    // send any Origin it liked, so the list guards browsers (cross-site hijacking) only.
    const origin = request.headers.origin;
    if (origin !== undefined && !options.allowedOrigins.includes(origin) && !options.allowOrigin?.(origin, request)) {
      return refuse(403, 'ORIGIN_NOT_ALLOWED', 'origin not allowed');
    }
    const ip = options.clientIp(request);
    const open = socketsPerIp.get(ip) ?? 0;
    if (open >= options.maxSocketsPerIp) {
      return refuse(429, 'TOO_MANY_SOCKETS', `at most ${options.maxSocketsPerIp} sockets per address`);
    }
    // Held from here until the TCP socket closes, whether or not the handshake completes.
    socketsPerIp.set(ip, open + 1);
    socket.once('close', () => {
      const left = (socketsPerIp.get(ip) ?? 1) - 1;
      if (left > 0) socketsPerIp.set(ip, left);
      else socketsPerIp.delete(ip);
    });
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  };
  options.httpServer.on('upgrade', onUpgrade);
  // A handshake ws itself rejects (no Sec-WebSocket-Key…) gets JSON too, not ws's HTML.
  wsServer.on('wsClientError', (error, socket) => refuseUpgrade(socket, 400, 'BAD_REQUEST', error.message));

  const { formatError } = options;
  /** Queries that parsed and validated, by their text (bounded: a client cannot grow it). */
  const validDocuments = new Lru<string, DocumentNode>(VALID_DOCUMENTS_KEPT);
  const cleanup = useServer(
    {
      // Parse, validate and build the execution ourselves, so the socket gets HTTP's limits.
      onSubscribe: (ctx, _id, payload) => {
        const open = Object.keys(ctx.subscriptions).length; // includes this one
        if (open > options.maxSubscriptionsPerSocket) {
          return [
            refusal('TOO_MANY_SUBSCRIPTIONS', `At most ${options.maxSubscriptionsPerSocket} subscriptions per socket`, {
              max: options.maxSubscriptionsPerSocket,
            }),
          ];
        }
        // Every shopper's page sends the same query: parsed and validated once, its
        // document (immutable during execution) is shared by their subscriptions.
        let document = validDocuments.get(payload.query);
        const kept = document !== undefined;
        if (!document) {
          try {
            checkTokens(payload.query);
            document = parse(payload.query);
          } catch (error) {
            return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
          }
        }
        // Checked for a kept document too: the operation name may pick another of its operations.
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== 'subscription') {
          return [refusal('SUBSCRIPTIONS_ONLY', `Send ${operation.operation} operations over HTTP POST ${options.path}`)];
        }
        if (!kept) {
          const errors = validate(options.schema, document, [...specifiedRules, ...limitRules]);
          if (errors.length > 0) return errors;
          validDocuments.set(payload.query, document);
        }
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: options.context(options.clientIp(ctx.extra.request), ctx.extra.request),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: maskErrors(result.errors, formatError) } : result,
      onError: (ctx, _id, _payload, errors) => {
        // Dropped for reading too slowly: the whole socket goes (its buffer is what is
        // full), with a code that says why. The close frame follows what it has unread.
        if (errors.some((error) => error.originalError instanceof SlowConsumerError)) {
          ctx.extra.socket.close(SLOW_CONSUMER_CLOSE_CODE, 'slow consumer: too many changes unread');
        }
        return maskErrors(errors, formatError);
      },
    },
    wsServer,
  );

  return {
    async dispose() {
      options.httpServer.off('upgrade', onUpgrade);
      await cleanup.dispose();
    },
  };
}

/** An HTTP answer on a socket that will not become a WebSocket, in the JSON error shape. */
function refuseUpgrade(socket: Duplex, status: number, code: HttpErrorCode, message: string): void {
  const body = JSON.stringify(errorBody(code, message));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

import type { RequestHandler } from 'express';
import { driverError } from '../api-error.js';
import { matchesSecret, secretDigest } from './secret.js';

// Who may use the driver API (/sim/v1). It can pay, settle and refund any order, read every
// signed notification body and redirect notifications anywhere, so it is not for the world:
// - with a driver token configured (SIMULATOR_DRIVER_TOKEN / `driverToken`), every request must
//   carry `Authorization: Bearer <token>`, from any address;
// - without one, only loopback clients are served. The socket's address decides, never a
//   forwarded-for header, which any client could write. A loopback socket is not enough when
//   a browser made the request: any web page the developer opens could POST to 127.0.0.1
//   (a "simple" cross-origin request needs no preflight) or reach it under its own host name
//   through DNS rebinding. So tokenless requests must also name a loopback host and carry no
//   browser marks (Origin, Sec-Fetch-Site). Node's fetch sends neither (it does send
//   Sec-Fetch-Mode, so that one cannot tell a browser).

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** `localhost`, `127.x.y.z` or `[::1]`, with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

const fromBrowser = (headers: Record<string, string | string[] | undefined>): boolean =>
  headers.origin !== undefined || headers['sec-fetch-site'] !== undefined;

export function driverAccess(token: string | undefined): RequestHandler {
  const expected = token ? secretDigest(token) : undefined;
  return (req, res, next) => {
    if (expected) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (matchesSecret(m?.[1], expected)) return next();
      res.setHeader('WWW-Authenticate', 'Bearer realm="gateway-simulator driver"');
      return next(driverError(401, 'unauthorized', 'the driver API needs Authorization: Bearer <SIMULATOR_DRIVER_TOKEN>'));
    }
    if (isLoopback(req.socket.remoteAddress)) {
      if (!fromBrowser(req.headers) && isLoopbackHost(req.headers.host)) return next();
      return next(
        driverError(
          403,
          'forbidden',
          'the driver API refuses browser requests and foreign Host names; set SIMULATOR_DRIVER_TOKEN to use it from elsewhere',
        ),
      );
    }
    next(
      driverError(403, 'forbidden', 'the driver API answers only loopback clients; set SIMULATOR_DRIVER_TOKEN to use it from elsewhere'),
    );
  };
}

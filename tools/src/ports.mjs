// Ports: pick a free one, and check the fixed ones `npm start` needs before it starts
// anything, so a busy port is reported by name instead of silently reaching someone else's
// server (a foreign simulator on 4100 once answered every createPayment with a 401).
import { connect, createServer } from 'node:net';

/** A port the OS says is free right now (0 means "pick one"). */
export async function freePort(port = 0) {
  if (port !== 0) return port;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: picked } = server.address();
      server.close(() => resolve(picked));
    });
  });
}

function canListen(port, host) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error) => resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function answers(port, host) {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Busy if anything answers on it (IPv4 or IPv6 loopback) or it cannot be bound on any
 * interface: a server on 127.0.0.1 and one on 0.0.0.0 both make it unusable.
 */
export async function isPortBusy(port) {
  if ((await answers(port, '127.0.0.1')) || (await answers(port, '::1'))) return true;
  // One after the other: binding :: (dual-stack) and 0.0.0.0 at once would collide with each other.
  return !(await canListen(port, '0.0.0.0')) || !(await canListen(port, '::'));
}

export class PortsBusyError extends Error {
  name = 'PortsBusyError';
  constructor(busy) {
    super(
      busy
        .map(
          ({ port, service, variable, alternative }) =>
            `Port ${port} (${service}) is already in use by another program. Stop that program, ` +
            `or move the ${service} with ${variable}=<free port>` +
            (alternative ? `, or ${alternative}` : '') +
            `, e.g. ${variable}=${port + 1} npm start`,
        )
        .join('\n'),
    );
    this.busy = busy;
  }
}

/**
 * Throws PortsBusyError naming every busy port and the variable that moves it.
 * @param {{ port: number, service: string, variable: string, alternative?: string }[]} needs
 */
export async function assertPortsFree(needs) {
  const fixed = needs.filter((need) => need.port !== 0);
  const busy = [];
  for (const need of fixed) if (await isPortBusy(need.port)) busy.push(need);
  if (busy.length) throw new PortsBusyError(busy);
}

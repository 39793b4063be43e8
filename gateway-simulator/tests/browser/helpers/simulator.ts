// The real simulator, started on a free port for the browser tests.
import { createSimulator } from '../../../src/index.js';
import { CLIENT_KEY, SERVER_KEY } from './simulator-keys.js';

export interface RunningSimulator {
  url: string;
  stop(): Promise<void>;
}

export async function startSimulator(): Promise<RunningSimulator> {
  const sim = createSimulator({ serverKey: SERVER_KEY, clientKey: CLIENT_KEY, quiet: true, merchantName: 'Toko Lunas' });
  const { url } = await sim.start(0, '127.0.0.1');
  return { url, stop: async () => void (await sim.stop()) };
}

// The real local stack (FerretDB, Midtrans simulator, API, built shop) on free ports
// and a throwaway data directory, as scripts/stack.mjs wires it for `npm start`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '../../scripts/stack.mjs';

export interface Stack {
  graphqlUrl: string;
  simulatorUrl: string;
  clientUrl: string;
  stop(): Promise<void>;
}

export async function startTestStack(): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-e2e-'));
  const stack = await startStack({
    dataDir,
    dbPort: 0,
    apiPort: 0,
    simulatorPort: 0,
    clientPort: 0,
    // The shop as shipped: `vite build`, then `vite preview` of dist/.
    client: 'preview',
    quiet: true,
  });
  if (!stack.clientUrl) throw new Error('startStack did not start the client');
  return {
    graphqlUrl: stack.graphqlUrl,
    simulatorUrl: stack.simulatorUrl,
    clientUrl: stack.clientUrl,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// The real local stack (FerretDB, Midtrans simulator, API, built shop) on free ports
// and a throwaway data directory, as @lunas/dev-services wires it for `npm start`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '@lunas/dev-services';

export interface Stack {
  apiUrl: string;
  graphqlUrl: string;
  simulatorUrl: string;
  clientUrl: string;
  stop(): Promise<void>;
}

/** `shop: false` skips building and serving the shop (tests of the API's own pages); `env` goes to the API. */
export async function startTestStack({ shop = true, env = {} as Record<string, string> } = {}): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-e2e-'));
  const stack = await startStack({
    dataDir,
    dbPort: 0,
    apiPort: 0,
    simulatorPort: 0,
    clientPort: 0,
    // The shop as shipped: `vite build`, then `vite preview` of dist/.
    client: shop ? 'preview' : false,
    quiet: true,
    env,
  });
  if (shop && !stack.clientUrl) throw new Error('startStack did not start the client');
  return {
    apiUrl: stack.apiUrl,
    graphqlUrl: stack.graphqlUrl,
    simulatorUrl: stack.simulatorUrl,
    clientUrl: stack.clientUrl ?? '',
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

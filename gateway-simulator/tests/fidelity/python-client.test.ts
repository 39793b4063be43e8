import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CLIENT_KEY, SERVER_KEY, startTestSimulator, type TestSim } from '../helpers/simulator.js';

// Optional: the official Python client (`midtransclient`) against the simulator. It runs only
// where python3 (or $MIDTRANS_PYTHON, e.g. a venv's python) can `import midtransclient`;
// elsewhere, CI included, it is skipped, so nothing depends on PyPI.
const python = process.env.MIDTRANS_PYTHON || 'python3';
const available = spawnSync(python, ['-c', 'import midtransclient'], { stdio: 'ignore' }).status === 0;
const script = fileURLToPath(new URL('../python/sandbox_surface.py', import.meta.url));

(available ? describe : describe.skip)(`midtransclient for Python (${python})`, () => {
  let sim: TestSim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.stop());

  it('passes the same checks as its own sandbox tests', async () => {
    const env = { ...process.env, SIM_URL: sim.url, SERVER_KEY, CLIENT_KEY };
    const run = promisify(execFile)(python, [script], { env });
    await expect(run).resolves.toMatchObject({ stderr: expect.stringMatching(/OK\s*$/) });
  }, 60_000);
});

// Operators you can manage: sign-out everywhere over GraphQL; `npm run admin` adding,
// listing sessions of, re-passwording and removing an operator in the database that
// `npm start` uses (FERRETDB_PORT, never a guessed 27017); and an ADMIN_PASSWORD that no
// longer matches reported at start. All against the real embedded database.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OperatorService } from '../src/operators/operator-service.js';
import { scryptHasher } from '../src/operators/password-hasher.js';
import { UNLIMITED_SIGN_IN } from '../src/operators/ports.js';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { MongoOperatorStore } from '../src/persistence/operator-store.js';
import { startTestStack, type TestStack } from './support/test-stack.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const ADMIN = { email: 'owner@lunas.example', password: 'correct horse battery staple' };

async function gql(stack: TestStack, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as { data?: any; errors?: any[] }, setCookie: res.headers.get('set-cookie') };
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }';
async function signIn(stack: TestStack, email: string, password: string): Promise<string | undefined> {
  const { body, setCookie } = await gql(stack, SIGN_IN, { e: email, p: password });
  return body.errors ? undefined : setCookie!.split(';')[0]!;
}
const me = async (stack: TestStack, cookie: string) => (await gql(stack, '{ me { email } }', {}, cookie)).body.data?.me ?? null;

describe('sign-out everywhere', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
  });
  afterAll(() => stack.stop());

  it('ends every session of the operator, in every browser, and clears this cookie', async () => {
    const laptop = (await signIn(stack, ADMIN.email, ADMIN.password))!;
    const phone = (await signIn(stack, ADMIN.email, ADMIN.password))!;
    expect(await me(stack, phone)).toEqual({ email: ADMIN.email });

    const { body, setCookie } = await gql(stack, 'mutation { signOutEverywhere }', {}, laptop);
    expect(body.errors).toBeUndefined();
    expect(body.data.signOutEverywhere).toBe(2);
    expect(setCookie).toMatch(/^lunas_operator=;/);
    expect(await me(stack, laptop)).toBeNull();
    expect(await me(stack, phone)).toBeNull();
  });

  it('is refused without a session (UNAUTHENTICATED) and ends nothing', async () => {
    const kept = (await signIn(stack, ADMIN.email, ADMIN.password))!;
    const { body } = await gql(stack, 'mutation { signOutEverywhere }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await me(stack, kept)).toEqual({ email: ADMIN.email });
  });
});

describe('ADMIN_EMAIL / ADMIN_PASSWORD at start', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
  });
  afterAll(() => db.close());

  const service = (warnings: string[]) => {
    const store = new MongoOperatorStore(db.collections);
    return new OperatorService({
      operators: store,
      sessions: store,
      hasher: scryptHasher,
      limiter: UNLIMITED_SIGN_IN,
      clock: { now: () => new Date() },
      logger: { info: () => undefined, warn: (message: string) => void warnings.push(message), error: () => undefined },
    });
  };

  it('creates the first operator, then reports a changed ADMIN_PASSWORD instead of ignoring it', async () => {
    const warnings: string[] = [];
    expect(await service(warnings).ensureFirstOperator(ADMIN.email, ADMIN.password)).toBe('created');
    expect(await service(warnings).ensureFirstOperator(ADMIN.email, ADMIN.password)).toBe('matches');
    expect(warnings).toEqual([]);

    expect(await service(warnings).ensureFirstOperator(ADMIN.email, 'a different password now')).toBe('password-differs');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ADMIN_PASSWORD does not match the stored password/);
    expect(warnings[0]).toMatch(/npm run admin -w server -- password owner@lunas.example/);
    expect(warnings[0]).not.toContain('a different password now');
    // The stored password is still the one that signs in.
    const stored = await new MongoOperatorStore(db.collections).findByEmail(ADMIN.email);
    expect(await scryptHasher.verify(ADMIN.password, stored!.passwordHash)).toBe(true);

    expect(await service(warnings).ensureFirstOperator('someone@else.example', ADMIN.password)).toBe('not-an-operator');
    expect(warnings[1]).toMatch(/ADMIN_EMAIL is not an operator here/);
  });
});

describe('npm run admin', () => {
  // The CLI writes to the database named "lunas" on the embedded database of FERRETDB_PORT,
  // as `npm start` runs it; here that is the tests' own FerretDB.
  const testDb = new URL(process.env.LUNAS_TEST_MONGODB_URI!);
  const local = testDb.hostname === '127.0.0.1' || testDb.hostname === 'localhost';
  const email = `ops-${randomBytes(3).toString('hex')}@lunas.example`;
  let stack: TestStack;
  beforeAll(async () => {
    if (local) stack = await startTestStack({ dbName: 'lunas' });
  });
  afterAll(async () => {
    await stack?.db.collections.operators.deleteOne({ _id: email as any });
    await stack?.stop();
  });

  const admin = (args: string[], input = '') =>
    new Promise<{ code: number; out: string }>((resolve) => {
      const child = execFile(
        path.join(serverDir, '../node_modules/.bin/tsx'),
        ['src/cli/admin.ts', ...args],
        { cwd: serverDir, env: { ...process.env, MONGODB_URI: '', FERRETDB_PORT: testDb.port } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
      child.stdin!.end(input);
    });

  (local ? it : it.skip)(
    'adds, lists sessions of, re-passwords and removes an operator in the database of FERRETDB_PORT',
    async () => {
      expect(await admin(['add', email], 'first password, long enough\n')).toEqual({
        code: 0,
        out: expect.stringContaining(`Added operator ${email}`),
      });
      const first = (await signIn(stack, email, 'first password, long enough'))!;
      expect(first).toBeDefined();
      const listed = await admin(['sessions', email]);
      expect(listed.out).toMatch(new RegExp(`${email} has 1 open session`));

      const changed = await admin(['password', email], 'second password, long enough\n');
      expect(changed).toEqual({ code: 0, out: expect.stringMatching(/ended 1 session/) });
      expect(await me(stack, first)).toBeNull();
      expect(await signIn(stack, email, 'first password, long enough')).toBeUndefined();
      const second = (await signIn(stack, email, 'second password, long enough'))!;
      expect(await me(stack, second)).toEqual({ email });

      const ended = await admin(['sessions', email, '--end']);
      expect(ended).toEqual({ code: 0, out: expect.stringMatching(/Ended 1 session/) });
      expect(await me(stack, second)).toBeNull();

      const third = (await signIn(stack, email, 'second password, long enough'))!;
      expect(await admin(['remove', email])).toEqual({ code: 0, out: expect.stringMatching(/Removed operator .* ended 1 session/) });
      expect(await me(stack, third)).toBeNull();
      expect(await signIn(stack, email, 'second password, long enough')).toBeUndefined();
      expect(await admin(['remove', email])).toEqual({ code: 1, out: expect.stringMatching(/no operator/) });
    },
    90_000,
  );

  it('refuses a short password and an unknown command, changing nothing', async () => {
    expect(await admin(['frobnicate', email])).toEqual({ code: 2, out: expect.stringMatching(/^usage:/) });
    const short = await admin(['password', email], 'short\n');
    expect(short.code).toBe(1);
    expect(short.out).toMatch(/at least 12 characters/);
  }, 60_000);

  it('names the database it cannot reach: FERRETDB_PORT, not 27017', async () => {
    const result = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        path.join(serverDir, '../node_modules/.bin/tsx'),
        ['src/cli/catalog.ts', 'import', '../catalog.example.json'],
        { cwd: serverDir, env: { ...process.env, MONGODB_URI: '', FERRETDB_PORT: '9', INIT_CWD: serverDir } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/cannot reach the database at mongodb:\/\/127\.0\.0\.1:9\//);
  }, 60_000);
});

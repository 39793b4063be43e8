// `npm run admin -w server -- add <email>`: adds an operator, asking for the password
// without echoing it (or reading one line from a pipe). Uses MONGODB_URI, or the local
// embedded database that `npm start` runs.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { loadConfig } from '../config.js';
import { MIN_PASSWORD_LENGTH, OperatorService } from '../operators/operator-service.js';
import { scryptHasher } from '../operators/password-hasher.js';
import { UNLIMITED_SIGN_IN } from '../operators/ports.js';
import { PaymentError } from '../payments/errors.js';
import { connectDatabase } from '../persistence/database.js';
import { MongoOperatorStore } from '../persistence/operator-store.js';

const USAGE = 'usage: npm run admin -w server -- add <email>';

async function askPassword(prompt: string): Promise<string> {
  const interactive = process.stdin.isTTY;
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: interactive });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      if (interactive) process.stdout.write('\n');
      resolve(answer);
    });
    muted = interactive;
  });
}

async function main() {
  const [command, email] = process.argv.slice(2);
  if (command !== 'add' || !email) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const password = await askPassword(`Password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if (process.stdin.isTTY && (await askPassword('Again: ')) !== password) {
    console.error('The passwords differ; nothing was changed.');
    process.exit(1);
  }
  const uri = config.mongodbUri ?? 'mongodb://127.0.0.1:27017/';
  const db = await connectDatabase(uri, { dbName: 'lunas' }).catch((error: unknown) => {
    console.error(`Cannot reach the database at ${uri} (${String(error)}). Start the stack (npm start) or set MONGODB_URI.`);
    process.exit(1);
  });
  const store = new MongoOperatorStore(db.collections);
  const service = new OperatorService({
    operators: store,
    sessions: store,
    hasher: scryptHasher,
    limiter: UNLIMITED_SIGN_IN,
    clock: { now: () => new Date() },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  try {
    const added = await service.addOperator(email, password);
    console.log(
      added ? `Added operator ${added.email}.` : `An operator ${email.trim().toLowerCase()} exists already; nothing was changed.`,
    );
    process.exitCode = added ? 0 : 1;
  } catch (error) {
    console.error(error instanceof PaymentError ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

void main();

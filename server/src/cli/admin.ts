// `npm run admin -w server -- <command> <email>`: the shop's operators, from a terminal.
//   add <email>         adds an operator (asks for the password);
//   password <email>    sets a new password and ends every session of that operator;
//   remove <email>      removes the operator and ends their sessions;
//   sessions <email>    lists the operator's open sessions; with --end, ends them all
//                       (sign-out everywhere, e.g. for a lost laptop).
// Passwords are asked without echo, or read as one line from a pipe. The database is the
// one `npm start` uses (cli-database.ts).
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { ConfigError, loadConfig } from '../config.js';
import { MIN_PASSWORD_LENGTH, OperatorService } from '../operators/operator-service.js';
import { scryptHasher } from '../operators/password-hasher.js';
import { UNLIMITED_SIGN_IN } from '../operators/ports.js';
import { PaymentError } from '../payments/errors.js';
import { MongoOperatorStore } from '../persistence/operator-store.js';
import { CliDatabaseError, connectCliDatabase, DATABASE_HINT, loadLocalEnv } from './cli-database.js';

const USAGE = `usage: npm run admin -w server -- add <email>
       npm run admin -w server -- password <email>
       npm run admin -w server -- remove <email>
       npm run admin -w server -- sessions <email> [--end]
${DATABASE_HINT}`;

const COMMANDS = ['add', 'password', 'remove', 'sessions'] as const;
type Command = (typeof COMMANDS)[number];

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

/** Asked twice on a terminal, so a typo does not become the password. */
async function newPassword(email: string): Promise<string> {
  const password = await askPassword(`Password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if (process.stdin.isTTY && (await askPassword('Again: ')) !== password) {
    throw new PaymentError('BAD_USER_INPUT', 'The passwords differ; nothing was changed.');
  }
  return password;
}

async function run(command: Command, email: string, flags: string[]): Promise<number> {
  const config = loadConfig();
  // Asked before connecting: a password typed into a tool that then cannot reach the
  // database is typed again, but nothing is half done.
  const password = command === 'add' || command === 'password' ? await newPassword(email) : '';
  const db = await connectCliDatabase(config);
  const store = new MongoOperatorStore(db.collections);
  const service = new OperatorService({
    operators: store,
    sessions: store,
    hasher: scryptHasher,
    limiter: UNLIMITED_SIGN_IN,
    clock: { now: () => new Date() },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  const who = email.trim().toLowerCase();
  const noSuch = () => {
    console.error(`There is no operator ${who}; nothing was changed.`);
    return 1;
  };
  try {
    switch (command) {
      case 'add': {
        const added = await service.addOperator(email, password);
        if (!added) {
          console.error(`An operator ${who} exists already; nothing was changed.`);
          return 1;
        }
        console.log(`Added operator ${added.email}.`);
        return 0;
      }
      case 'password': {
        const changed = await service.changePassword(email, password);
        if (!changed) return noSuch();
        console.log(`Changed the password of ${who}; ended ${changed.sessionsEnded} session(s), which must sign in again.`);
        return 0;
      }
      case 'remove': {
        const removed = await service.removeOperator(email);
        if (!removed) return noSuch();
        console.log(`Removed operator ${who}; ended ${removed.sessionsEnded} session(s).`);
        return 0;
      }
      case 'sessions': {
        if (flags.includes('--end')) {
          const ended = await service.endSessions(email);
          if (ended === null) return noSuch();
          console.log(`Ended ${ended} session(s) of ${who}: signed out everywhere.`);
          return 0;
        }
        const sessions = await service.sessionsOf(email);
        if (!sessions) return noSuch();
        console.log(`${who} has ${sessions.length} open session(s)${sessions.length ? ':' : '.'}`);
        for (const session of sessions) console.log(`  expires ${session.expiresAt.toISOString()}`);
        if (sessions.length) console.log('End them all with: npm run admin -w server -- sessions <email> --end');
        return 0;
      }
    }
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, email, ...flags] = argv;
  const known = COMMANDS.includes(command as Command);
  const allowedFlags = command === 'sessions' ? ['--end'] : [];
  if (!known || !email || email.startsWith('-') || flags.some((flag) => !allowedFlags.includes(flag))) {
    console.error(USAGE);
    return 2;
  }
  loadLocalEnv();
  return run(command as Command, email, flags);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = error instanceof PaymentError || error instanceof ConfigError || error instanceof CliDatabaseError;
    console.error(expected ? error.message : `admin: ${String(error)}`);
    process.exit(1);
  },
);

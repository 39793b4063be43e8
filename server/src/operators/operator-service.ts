// Operators and their sessions. A session is a random token in an httpOnly,
// SameSite=Strict cookie; the database keeps only its hash. Shoppers' access tokens open
// one order each and never this.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { PaymentError } from '../payments/errors.js';
import type { Clock, Logger } from '../payments/ports.js';
import type { Operator } from './operator.js';
import type { OperatorRepository, PasswordHasher, SessionRepository, SignInLimiter } from './ports.js';

export const SESSION_HOURS = 12;
export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** One message for a wrong email and a wrong password: neither reveals which accounts exist. */
const wrongCredentials = () => new PaymentError('UNAUTHENTICATED', 'Wrong email or password.');
export const notSignedIn = () => new PaymentError('UNAUTHENTICATED', 'Sign in as an operator first.');

export class OperatorService {
  /** Verified against when the email is unknown, so both cases take the same time. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly deps: {
      operators: OperatorRepository;
      sessions: SessionRepository;
      hasher: PasswordHasher;
      limiter: SignInLimiter;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async signIn(email: string, password: string, ip: string): Promise<{ operator: Operator; token: string; expiresAt: Date }> {
    const { operators, sessions, hasher, limiter, clock, logger } = this.deps;
    const normalized = email.trim().toLowerCase();
    if (password.length > 1024 || normalized.length > 254) throw wrongCredentials();
    const allowed = await limiter.attempt(ip, normalized);
    if (!allowed.allowed) {
      throw new PaymentError('RATE_LIMITED', `Too many sign-in attempts; retry in ${allowed.retryAfterSeconds} s`, {
        retryAfterSeconds: allowed.retryAfterSeconds,
      });
    }
    const stored = await operators.findByEmail(normalized);
    this.decoyHash ??= hasher.hash(randomUUID());
    const ok = await hasher.verify(password, stored?.passwordHash ?? (await this.decoyHash));
    if (!stored || !ok) {
      logger.warn('operator sign-in refused', { ip });
      throw wrongCredentials();
    }
    await limiter.succeeded(ip, normalized);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(clock.now().getTime() + SESSION_HOURS * 3600_000);
    const operator = { id: stored.id, email: stored.email };
    await sessions.create({ tokenHash: hashToken(token), operator, expiresAt });
    logger.info('operator signed in', { operator: operator.id });
    return { operator, token, expiresAt };
  }

  /** The operator of a session cookie, or null (no cookie, unknown or expired session). */
  async authenticate(token: string | undefined): Promise<Operator | null> {
    if (!token || token.length > 100) return null;
    const session = await this.deps.sessions.find(hashToken(token));
    if (!session || session.expiresAt <= this.deps.clock.now()) return null;
    return session.operator;
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token && token.length <= 100) await this.deps.sessions.delete(hashToken(token));
  }

  /** Ends every session of this operator, this browser's too ("sign out everywhere"). */
  async signOutEverywhere(operator: Operator): Promise<number> {
    const ended = await this.deps.sessions.deleteForOperator(operator.id);
    this.deps.logger.info('operator signed out everywhere', { operator: operator.id, sessions: ended });
    return ended;
  }

  /** Adds an operator; for ADMIN_EMAIL at start and `npm run admin -- add`. */
  async addOperator(email: string, password: string): Promise<Operator | null> {
    const normalized = validEmail(email);
    validPassword(password);
    const operator = { id: randomUUID(), email: normalized };
    const inserted = await this.deps.operators.insert({
      ...operator,
      passwordHash: await this.deps.hasher.hash(password),
      createdAt: this.deps.clock.now(),
    });
    return inserted ? operator : null;
  }

  /** Removes an operator and ends their sessions; null when there is no such operator. */
  async removeOperator(email: string): Promise<{ sessionsEnded: number } | null> {
    const stored = await this.deps.operators.findByEmail(validEmail(email));
    if (!stored) return null;
    // Sessions first: a removal that stops half-way leaves an operator who must sign in
    // again, never a session whose operator is gone.
    const sessionsEnded = await this.deps.sessions.deleteForOperator(stored.id);
    await this.deps.operators.remove(stored.email);
    return { sessionsEnded };
  }

  /**
   * Sets a new password and ends every session of the operator: whoever changes a
   * password because it leaked wants the sessions opened with it gone too.
   */
  async changePassword(email: string, password: string): Promise<{ sessionsEnded: number } | null> {
    const normalized = validEmail(email);
    validPassword(password);
    const stored = await this.deps.operators.findByEmail(normalized);
    if (!stored) return null;
    if (!(await this.deps.operators.setPasswordHash(normalized, await this.deps.hasher.hash(password)))) return null;
    return { sessionsEnded: await this.deps.sessions.deleteForOperator(stored.id) };
  }

  /** The unexpired sessions of an operator; null when there is no such operator. */
  async sessionsOf(email: string): Promise<{ expiresAt: Date }[] | null> {
    const stored = await this.deps.operators.findByEmail(validEmail(email));
    if (!stored) return null;
    const sessions = await this.deps.sessions.listForOperator(stored.id, this.deps.clock.now());
    return sessions.map((session) => ({ expiresAt: session.expiresAt }));
  }

  /** Ends every session of an operator (the CLI's sign-out everywhere); null when there is no such operator. */
  async endSessions(email: string): Promise<number | null> {
    const stored = await this.deps.operators.findByEmail(validEmail(email));
    return stored ? this.deps.sessions.deleteForOperator(stored.id) : null;
  }

  /**
   * ADMIN_EMAIL / ADMIN_PASSWORD at start: creates the first operator when there is none.
   * Otherwise they change nothing, and the answer says whether they still describe a
   * working sign-in, so a changed ADMIN_PASSWORD is reported instead of silently ignored.
   */
  async ensureFirstOperator(email: string, password: string): Promise<FirstOperator> {
    const { operators, hasher, logger } = this.deps;
    if ((await operators.count()) === 0) {
      const created = await this.addOperator(email, password);
      if (created) {
        logger.info('created the first operator', { email: created.email });
        return 'created';
      }
    }
    const stored = await operators.findByEmail(email.trim().toLowerCase());
    const fix = `change it with \`npm run admin -w server -- password ${email.trim().toLowerCase()}\`, or unset ADMIN_PASSWORD`;
    if (!stored) {
      logger.warn(
        `ADMIN_EMAIL is not an operator here and was not created (operators exist already; ADMIN_* only create the first); add it with \`npm run admin -w server -- add <email>\``,
        {
          email: email.trim().toLowerCase(),
        },
      );
      return 'not-an-operator';
    }
    if (!(await hasher.verify(password, stored.passwordHash))) {
      logger.warn(`ADMIN_PASSWORD does not match the stored password of ADMIN_EMAIL, which is the one that signs in; ${fix}`, {
        email: stored.email,
      });
      return 'password-differs';
    }
    return 'matches';
  }
}

/** What ADMIN_EMAIL / ADMIN_PASSWORD came to at start. */
export type FirstOperator = 'created' | 'matches' | 'password-differs' | 'not-an-operator';

function validEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (!EMAIL.test(normalized)) throw new PaymentError('BAD_USER_INPUT', 'The operator email is not a valid email address.');
  return normalized;
}

function validPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new PaymentError('BAD_USER_INPUT', `The operator password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

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

  /** Adds an operator; for ADMIN_EMAIL at start and `npm run admin -- add`. */
  async addOperator(email: string, password: string): Promise<Operator | null> {
    const normalized = email.trim().toLowerCase();
    if (!EMAIL.test(normalized)) throw new PaymentError('BAD_USER_INPUT', 'The operator email is not a valid email address.');
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new PaymentError('BAD_USER_INPUT', `The operator password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
    const operator = { id: randomUUID(), email: normalized };
    const inserted = await this.deps.operators.insert({
      ...operator,
      passwordHash: await this.deps.hasher.hash(password),
      createdAt: this.deps.clock.now(),
    });
    return inserted ? operator : null;
  }

  /** Creates the first operator from ADMIN_EMAIL / ADMIN_PASSWORD, only when there is none. */
  async ensureFirstOperator(email: string, password: string): Promise<boolean> {
    if ((await this.deps.operators.count()) > 0) return false;
    const created = await this.addOperator(email, password);
    if (created) this.deps.logger.info('created the first operator', { email: created.email });
    return created !== null;
  }
}

import type { Operator, OperatorSession, StoredOperator } from './operator.js';

export interface OperatorRepository {
  findByEmail(email: string): Promise<StoredOperator | null>;
  /** false when the email is taken. */
  insert(operator: StoredOperator): Promise<boolean>;
  count(): Promise<number>;
}

export interface SessionRepository {
  create(session: OperatorSession): Promise<void>;
  find(tokenHash: string): Promise<OperatorSession | null>;
  delete(tokenHash: string): Promise<void>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}

export type SignInAllowed = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Budgets for wrong passwords, per client address and per account. */
export interface SignInLimiter {
  /** Spends an attempt up front, so parallel guesses cannot all slip through. */
  attempt(ip: string, email: string): Promise<SignInAllowed>;
  /** Gives the attempt back after a right password. */
  succeeded(ip: string, email: string): Promise<void>;
}

/** For tools that sign nobody in over the network (the admin CLI) and tests of other parts. */
export const UNLIMITED_SIGN_IN: SignInLimiter = { attempt: async () => ({ allowed: true }), succeeded: async () => undefined };

export type { Operator };

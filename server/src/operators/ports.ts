import type { Operator, OperatorSession, StoredOperator } from './operator.js';

export interface OperatorRepository {
  findByEmail(email: string): Promise<StoredOperator | null>;
  /** false when the email is taken. */
  insert(operator: StoredOperator): Promise<boolean>;
  count(): Promise<number>;
  /** false when there is no such operator. */
  remove(email: string): Promise<boolean>;
  /** false when there is no such operator. */
  setPasswordHash(email: string, passwordHash: string): Promise<boolean>;
}

export interface SessionRepository {
  create(session: OperatorSession): Promise<void>;
  find(tokenHash: string): Promise<OperatorSession | null>;
  delete(tokenHash: string): Promise<void>;
  /** Ends every session of one operator; answers how many there were. */
  deleteForOperator(operatorId: string): Promise<number>;
  /** Sessions of one operator that have not expired at `now`, soonest to expire first. */
  listForOperator(operatorId: string, now: Date): Promise<OperatorSession[]>;
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

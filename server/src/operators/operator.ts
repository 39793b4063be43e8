/** A person who runs the shop's desk: refunds, cancels, reconciles. Never a shopper. */
export interface Operator {
  id: string;
  email: string;
}

export interface StoredOperator extends Operator {
  passwordHash: string;
  createdAt: Date;
}

export interface OperatorSession {
  /** SHA-256 of the cookie's token: a leaked database does not open sessions. */
  tokenHash: string;
  operator: Operator;
  expiresAt: Date;
}

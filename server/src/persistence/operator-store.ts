// Operators (`_id`: their email, lower-cased) and sessions (`_id`: the token's hash):
// both read by `_id` only.
import type { Operator, OperatorSession, StoredOperator } from '../operators/operator.js';
import type { OperatorRepository, SessionRepository } from '../operators/ports.js';
import { isDuplicateKeyError, type Collections } from './database.js';

export class MongoOperatorStore implements OperatorRepository, SessionRepository {
  constructor(private readonly collections: Collections) {}

  async findByEmail(email: string): Promise<StoredOperator | null> {
    const doc = await this.collections.operators.findOne({ _id: email as any });
    return doc ? { id: doc.id, email: String(doc._id), passwordHash: doc.password_hash, createdAt: new Date(doc.created_at) } : null;
  }

  async insert(operator: StoredOperator): Promise<boolean> {
    try {
      await this.collections.operators.insertOne({
        _id: operator.email as any,
        id: operator.id,
        email: operator.email,
        password_hash: operator.passwordHash,
        created_at: operator.createdAt,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  count(): Promise<number> {
    return this.collections.operators.estimatedDocumentCount();
  }

  async create(session: OperatorSession): Promise<void> {
    await this.collections.sessions.insertOne({
      _id: session.tokenHash as any,
      operator_id: session.operator.id,
      email: session.operator.email,
      expires_at: session.expiresAt,
    });
  }

  async find(tokenHash: string): Promise<OperatorSession | null> {
    const doc = await this.collections.sessions.findOne({ _id: tokenHash as any });
    if (!doc) return null;
    const operator: Operator = { id: doc.operator_id, email: doc.email };
    return { tokenHash, operator, expiresAt: new Date(doc.expires_at) };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.collections.sessions.deleteOne({ _id: tokenHash as any });
  }
}

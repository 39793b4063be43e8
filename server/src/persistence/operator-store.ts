// Operators (`_id`: their email, lower-cased) and sessions (`_id`: the token's hash):
// both read by `_id`, but for the per-operator session calls below.
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

  async remove(email: string): Promise<boolean> {
    return (await this.collections.operators.deleteOne({ _id: email as any })).deletedCount === 1;
  }

  async setPasswordHash(email: string, passwordHash: string): Promise<boolean> {
    const result = await this.collections.operators.updateOne({ _id: email as any }, { $set: { password_hash: passwordHash } });
    return result.matchedCount === 1;
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

  // By operator: a scan of the sessions, which are few (one per signed-in browser) and
  // asked for this way only by sign-out-everywhere and the admin CLI.
  async deleteForOperator(operatorId: string): Promise<number> {
    return (await this.collections.sessions.deleteMany({ operator_id: operatorId })).deletedCount;
  }

  async listForOperator(operatorId: string, now: Date): Promise<OperatorSession[]> {
    const docs = await this.collections.sessions
      .find({ operator_id: operatorId, expires_at: { $gt: now } })
      .sort({ expires_at: 1 })
      .toArray();
    return docs.map((doc) => ({
      tokenHash: String(doc._id),
      operator: { id: doc.operator_id, email: doc.email },
      expiresAt: new Date(doc.expires_at),
    }));
  }
}

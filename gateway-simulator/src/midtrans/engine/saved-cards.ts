import type { SavedCard } from '../store/recurring-types.js';
import { digits, uuid } from '../../kit/util/ids.js';
import type { SimContext } from './context.js';

// Saved cards (docs/midtrans.md §23): card register and charges with save_token_id keep the
// card under a saved_token_id that later one-click charges and subscriptions use.

const SAVED_TOKEN_LIFETIME_MS = 365 * 86_400_000;

/** Stores a card under a saved_token_id shaped like the sandbox's: first 6, random, last 4. */
export function saveCard(ctx: SimContext, number: string): SavedCard {
  const savedTokenId = `${number.slice(0, 6)}${digits(6)}sim${uuid().slice(0, 8)}${number.slice(-4)}`;
  const saved: SavedCard = { savedTokenId, cardNumber: number, expiresAt: new Date(ctx.clock.now().getTime() + SAVED_TOKEN_LIFETIME_MS) };
  ctx.store.savedCards.set(savedTokenId, saved);
  return saved;
}

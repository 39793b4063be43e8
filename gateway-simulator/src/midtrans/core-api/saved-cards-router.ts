import { Router } from 'express';
import { coreError } from '../api-error.js';
import type { SimContext } from '../engine/context.js';
import { validateCard } from '../rules/card-input.js';
import { maskCard, pointBalance } from '../rules/test-cards.js';
import { jakartaTime } from '../util/time.js';
import { uuid } from '../../kit/util/ids.js';
import { saveCard } from '../engine/saved-cards.js';
import { faultPoint } from '../http/faults.js';
import { amountString } from '../util/money.js';
import { CORE_UNAUTHORIZED } from '../http/auth.js';

// Saved cards (docs/midtrans.md §23): card register (GET /v2/card/register, a browser call
// authenticated by client_key, like /v2/token) and point inquiry (GET /v2/point_inquiry/{token},
// server key). Mounted behind the Core router's auth, which lets the client-key calls through.
// One-click charges with the saved_token_id go through /v2/charge (charge-router.ts).

export function createSavedCardsRouter(ctx: SimContext): Router {
  const router = Router();

  router.get('/v2/card/register', faultPoint(ctx.faults, 'core.card_register'), (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    if (q.client_key !== ctx.opts.clientKey) throw coreError(401, '401', CORE_UNAUTHORIZED);
    const checked = validateCard(q, ctx.clock.now());
    if (!checked.ok)
      throw coreError(200, '400', 'One or more parameters in the payload is invalid.', { validation_messages: checked.messages });
    const number = checked.card.number;
    const saved = saveCard(ctx, number);
    res.json({ status_code: '200', saved_token_id: saved.savedTokenId, transaction_id: uuid(), masked_card: maskCard(number) });
  });

  router.get('/v2/point_inquiry/:tokenId', faultPoint(ctx.faults, 'core.point_inquiry'), (req, res) => {
    const tokenId = String(req.params.tokenId);
    const number = ctx.store.cardTokens.get(tokenId)?.cardNumber ?? ctx.store.savedCards.get(tokenId)?.cardNumber;
    if (!number) throw coreError(200, '411', 'Token id is missing, invalid, or timed out');
    const balance = pointBalance(number);
    if (balance === undefined) throw coreError(200, '402', 'Credit card point is not available for this card');
    res.json({
      status_code: '200',
      status_message: 'Success, Credit Card Point inquiry is successful',
      point_balance_amount: amountString(balance),
      transaction_time: jakartaTime(ctx.clock.now()),
    });
  });
  return router;
}

// What happens to each order: a cart, a plan of shopper/bank moves in the simulator,
// notification chaos for some, and forged bodies of our own for others. All drawn from
// the seeded Random, so a seed names a run.
import type { CartLine, Product } from './api-client.js';
import type { ChaosKnobs } from './simulator-client.js';
import type { Random } from './random.js';

/** Forged or rewritten bodies POSTed to the webhook by the run itself. */
export type ForgeryKind = 'relabel' | 'type_confused' | 'bad_signature';

export type Step =
  | { do: 'pay'; method: string; card?: string }
  | { do: 'settle' | 'expire' | 'cancel' | 'deny' }
  | { do: 'refund'; amount: 'full' | 'part' | 'rest' }
  | { do: 'resend'; times: number }
  | { do: 'forge'; kind: ForgeryKind };

export interface Plan {
  name: PlanName;
  cart: CartLine[];
  steps: Step[];
  /** Per-order simulator chaos, set before the first move. */
  chaos?: ChaosKnobs;
}

/** Accepted card, and the deny cards of docs/midtrans.md's sandbox list (README "Sandbox test cards"). */
export const GOOD_CARD = '4811111111111114';
const DENY_CARDS = ['4911111111111113', '4611111111111116', '4711111111111115'];
const NON_CARD_METHODS = ['bca', 'bni', 'bri', 'permata', 'echannel', 'gopay', 'qris', 'shopeepay'];

const PLAN_WEIGHTS = {
  settle: 20,
  card: 8,
  card_deny: 6,
  card_deny_then_pay: 5,
  expire: 7,
  cancel: 6,
  card_cancel: 3,
  deny_pending: 3,
  refund_full: 8,
  refund_part: 8,
  refund_part_then_rest: 5,
  pending: 6,
  abandon: 5,
  sold_out: 2,
} as const;
export type PlanName = keyof typeof PLAN_WEIGHTS;

/** Products with plenty of stock, for plans that may take stock twice (a deny, then a paid retry). */
const roomy = (products: Product[]) => products.filter((p) => p.stock >= 40);

export function drawPlan(random: Random, products: Product[]): Plan {
  const name = random.weighted(PLAN_WEIGHTS);
  const inStock = products.filter((p) => p.stock > 0);
  const soldOut = products.filter((p) => p.stock === 0);
  const cart =
    name === 'sold_out' && soldOut.length > 0
      ? [{ productId: random.pick(soldOut).id, quantity: 1 }, ...drawCart(random, inStock, 1)]
      : drawCart(random, name === 'card_deny_then_pay' ? roomy(inStock) : inStock, 2);
  const method = random.pick(NON_CARD_METHODS);
  const card = { do: 'pay', method: 'card', card: GOOD_CARD } as const;
  const denyCard = { do: 'pay', method: 'card', card: random.pick(DENY_CARDS) } as const;
  const pay = { do: 'pay', method } as const;

  const steps: Step[] = ((): Step[] => {
    switch (name) {
      case 'settle':
        return [pay, { do: 'settle' }];
      case 'card':
        return random.chance(0.5) ? [card] : [card, { do: 'settle' }];
      case 'card_deny':
        return [denyCard];
      case 'card_deny_then_pay':
        return [denyCard, card];
      case 'expire':
        return [pay, { do: 'expire' }];
      case 'cancel':
        return [pay, { do: 'cancel' }];
      case 'card_cancel':
        return [card, { do: 'cancel' }];
      case 'deny_pending':
        return [pay, { do: 'deny' }];
      case 'refund_full':
        return [pay, { do: 'settle' }, { do: 'refund', amount: 'full' }];
      case 'refund_part':
        return [
          pay,
          { do: 'settle' },
          { do: 'refund', amount: 'part' },
          ...(random.chance(0.3) ? [{ do: 'refund', amount: 'part' } as const] : []),
        ];
      case 'refund_part_then_rest':
        return [card, { do: 'settle' }, { do: 'refund', amount: 'part' }, { do: 'refund', amount: 'rest' }];
      case 'pending':
        return [pay];
      case 'abandon':
      case 'sold_out':
        return [];
    }
  })();

  return { name, cart, steps: sprinkle(random, steps), ...(random.chance(0.5) ? { chaos: drawChaos(random) } : {}) };
}

function drawCart(random: Random, products: Product[], maxLines: number): CartLine[] {
  const lines = new Map<string, number>();
  const count = random.int(1, Math.min(maxLines, products.length));
  // Picked in proportion to stock, so scarce products run out late in the burst, not first.
  const byStock = Object.fromEntries(products.map((p) => [p.id, p.stock]));
  for (let i = 0; i < count; i++) {
    const id = random.weighted(byStock);
    lines.set(id, Math.min(2, (lines.get(id) ?? 0) + random.int(1, 2)));
  }
  return [...lines].map(([productId, quantity]) => ({ productId, quantity }));
}

/**
 * Notification chaos for one order. dropFirst 6 is every attempt Midtrans makes (one
 * try and five retries): such an order gets no notification at all, and only the
 * reconciler can bring it to the truth. A forged status breaks every signature of the
 * order, so that too leaves it to the reconciler.
 */
function drawChaos(random: Random): ChaosKnobs {
  const knobs: ChaosKnobs = {};
  if (random.chance(0.5)) knobs.duplicate = random.int(1, 3);
  if (random.chance(0.3)) knobs.outOfOrder = true;
  if (random.chance(0.4)) knobs.dropFirst = random.chance(0.35) ? 6 : random.int(1, 5);
  if (random.chance(0.1)) knobs.forgeStatus = random.pick(['settlement', 'refund', 'expire', 'cancel']);
  if (random.chance(0.05)) knobs.tamperSignature = true;
  return knobs;
}

/** Adds duplicate storms and our own forged bodies between the moves. */
function sprinkle(random: Random, steps: Step[]): Step[] {
  const out: Step[] = [];
  for (const step of steps) {
    out.push(step);
    if (random.chance(0.12)) out.push({ do: 'resend', times: random.int(3, 10) });
    if (random.chance(0.2)) out.push({ do: 'forge', kind: random.weighted({ relabel: 3, type_confused: 2, bad_signature: 1 }) });
  }
  return out;
}

import { ChaosStore as KitChaosStore, parseChaosKnobs, type DeliveryChaos } from '../kit/chaos.js';

// Midtrans's chaos knobs: the kit's delivery knobs, plus what an attacker or a broken proxy would
// do to the signed body (docs/midtrans.md §8, §10).

/** Midtrans's knobs: delivery plus what it does to the signed body. */
export interface ChaosSettings extends DeliveryChaos {
  /** Send a wrong signature_key. */
  tamperSignature?: boolean;
  /** Replace transaction_status (and status_code with it), keeping the original signature. */
  forgeStatus?: string;
  /** `gross_amount` as "10000" instead of "10000.00", signed over what is sent. */
  amountWithoutDecimals?: boolean;
}

export const parseChaos = (body: unknown): ChaosSettings =>
  parseChaosKnobs<ChaosSettings>(body, { booleans: ['tamperSignature', 'amountWithoutDecimals'], strings: ['forgeStatus'] });

/** Midtrans's chaos, global and per order. */
export class ChaosStore extends KitChaosStore<ChaosSettings> {}

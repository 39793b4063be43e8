import type { CardBehaviour } from '../store/types.js';

// Sandbox test cards (docs/midtrans.md §21). "Full 3DS" cards ask for the OTP 112233; "attempted"
// and 3DS-2 frictionless cards do not. Cards not in the table behave like an accepted card if
// their number passes the Luhn check (UNCONFIRMED: the sandbox's handling of other numbers).
const full = (outcome: CardBehaviour['outcome']): CardBehaviour => ({ threeDs: true, outcome });
const attempted = (outcome: CardBehaviour['outcome']): CardBehaviour => ({ threeDs: false, outcome });

export const TEST_CARDS: Record<string, CardBehaviour> = {
  // VISA
  '4811111111111114': full('accept'),
  '4911111111111113': full('bank_deny'),
  '4411111111111118': attempted('accept'),
  '4611111111111116': attempted('fds_deny'),
  '4711111111111115': attempted('bank_deny'),
  '4511111111111117': attempted('challenge'),
  // Mastercard
  '5211111111111117': full('accept'),
  '5111111111111118': full('bank_deny'),
  '5410111111111116': attempted('accept'),
  '5411111111111115': attempted('fds_deny'),
  '5511111111111114': attempted('bank_deny'),
  '5510111111111115': attempted('challenge'),
  // JCB
  '3528203324564357': full('accept'),
  '3528512944932269': full('bank_deny'),
  '3528868047864225': attempted('accept'),
  '3528185267171623': attempted('fds_deny'),
  '3528909779837631': attempted('bank_deny'),
  // AMEX
  '370192169722458': full('accept'),
  '374296354400881': full('bank_deny'),
  '373747726661940': attempted('accept'),
  '378096218340018': attempted('fds_deny'),
  '370356097975856': attempted('bank_deny'),
  // Any brand
  '4472429869996670': attempted('rc51'),
  '4806000000000081': attempted('rc51_over_30000'),
  '4705859510984866': attempted('offline'),
  '5597518926561951': attempted('offline'),
  // 3DS 2: frictionless accept / deny, challenge accept / deny, "pending then accept", 3DS failed
  '4556557955726624': attempted('accept'),
  '4024007189449340': attempted('accept'),
  '4485436455354151': attempted('bank_deny'),
  '4916994064252017': full('accept'),
  '4604633194219929': full('bank_deny'),
  '4024007176265022': full('accept'),
  '4716125059847899': full('bank_deny'),
  '5333259155643223': attempted('accept'),
  '5328720384582224': attempted('bank_deny'),
  '5306889942833340': full('accept'),
  '5424184049821670': full('bank_deny'),
  '5487971631330522': full('accept'),
  '5250548692069390': full('bank_deny'),
};

export const DEFAULT_TEST_CARD = '4811111111111114';
export const SANDBOX_OTP = '112233';

export function normaliseCardNumber(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw).replace(/[\s-]/g, '') : '';
}

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBehaviour(number: string): CardBehaviour {
  return TEST_CARDS[number] ?? attempted('accept');
}

export const maskCard = (number: string): string => `${number.slice(0, 8)}-${number.slice(-4)}`;

// Reward-point balances for point inquiry (docs/midtrans.md §23). Midtrans lists no point test
// card, so the simulator picks one (README, Differences); every other card answers 402.
const POINT_CARDS: Record<string, number> = { '4105058689481467': 200_000 };

export const pointBalance = (number: string): number | undefined => POINT_CARDS[number];

// createPayment returns an access token once; it is the only key to the order
// (`order` / `orderStatusChanged`). Keep one per order so every result page, a
// reload and the Midtrans finish redirect can read the order again. localStorage, not
// sessionStorage: Midtrans's redirect may land in a new tab, which shares the first and
// not the second. The finish URL Midtrans is given carries no token (Snap keeps that URL
// in its session), so this storage is the only place the finish page learns it from.
const STORAGE_KEY = 'lunas.orderAccess.v1';
// The gateway's session (Midtrans's Snap token, or none, and the hosted page's URL), to
// reopen payment from the pending page: the API keeps only the Snap token's hash, so the
// browser that checked out is the one that can. The key keeps its first name so sessions
// saved before Xendit arrived still resume.
const SESSION_KEY = 'lunas.snapSession.v1';

type TokenMap = Record<string, string>;

function read(storage: Storage): TokenMap {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as TokenMap) : {};
  } catch {
    return {};
  }
}

export function getAccessToken(orderId: string, storage: Storage = window.localStorage): string | null {
  const token = read(storage)[orderId];
  return typeof token === 'string' && token !== '' ? token : null;
}

export interface PaymentSession {
  /** Midtrans: the token for snap.pay. Null for a gateway with only a hosted page (Xendit). */
  snapToken: string | null;
  /** The gateway's hosted payment page. */
  redirectUrl: string;
}

export function getPaymentSession(orderId: string, storage: Storage = window.localStorage): PaymentSession | null {
  let entry: unknown;
  try {
    entry = (JSON.parse(storage.getItem(SESSION_KEY) ?? '{}') as Record<string, unknown>)[orderId];
  } catch {
    return null;
  }
  const { snapToken, redirectUrl } = (entry ?? {}) as Partial<PaymentSession>;
  if (typeof redirectUrl !== 'string' || redirectUrl === '') return null;
  return { snapToken: typeof snapToken === 'string' && snapToken !== '' ? snapToken : null, redirectUrl };
}

export function savePaymentSession(orderId: string, session: PaymentSession, storage: Storage = window.localStorage): void {
  try {
    const all = JSON.parse(storage.getItem(SESSION_KEY) ?? '{}') as Record<string, PaymentSession>;
    storage.setItem(SESSION_KEY, JSON.stringify({ ...all, [orderId]: session }));
  } catch {
    // Storage full, blocked or garbled: the pending page then shows the instructions only.
  }
}

export function saveAccessToken(orderId: string, accessToken: string, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...read(storage), [orderId]: accessToken }));
  } catch {
    // Storage full or blocked: the page still works until it is closed.
  }
}

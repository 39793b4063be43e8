// createPayment returns an access token once; it is the only key to the order
// (`order` / `orderStatusChanged`). Keep one per order so every result page, a
// reload and the Midtrans finish redirect can read the order again. localStorage, not
// sessionStorage: Midtrans's redirect may land in a new tab, which shares the first and
// not the second. The finish URL Midtrans is given carries no token (Snap keeps that URL
// in its session), so this storage is the only place the finish page learns it from.
const STORAGE_KEY = 'lunas.orderAccess.v1';
// The Snap token and hosted-page URL, to reopen payment from the pending page: the API
// keeps only the token's hash, so the browser that checked out is the one that can.
const SNAP_KEY = 'lunas.snapSession.v1';

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

export interface SnapSession {
  snapToken: string;
  redirectUrl: string;
}

export function getSnapSession(orderId: string, storage: Storage = window.localStorage): SnapSession | null {
  let entry: unknown;
  try {
    entry = (JSON.parse(storage.getItem(SNAP_KEY) ?? '{}') as Record<string, unknown>)[orderId];
  } catch {
    return null;
  }
  const { snapToken, redirectUrl } = (entry ?? {}) as Partial<SnapSession>;
  return typeof snapToken === 'string' && typeof redirectUrl === 'string' ? { snapToken, redirectUrl } : null;
}

export function saveSnapSession(orderId: string, session: SnapSession, storage: Storage = window.localStorage): void {
  try {
    const all = JSON.parse(storage.getItem(SNAP_KEY) ?? '{}') as Record<string, SnapSession>;
    storage.setItem(SNAP_KEY, JSON.stringify({ ...all, [orderId]: session }));
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

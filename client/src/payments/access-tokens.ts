// createPayment returns an access token once; it is the only key to the order
// (`order` / `orderStatusChanged`). Keep one per order so every result page, a
// reload and the Midtrans finish redirect can read the order again.
const STORAGE_KEY = 'lunas.orderAccess.v1';

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

export function saveAccessToken(orderId: string, accessToken: string, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...read(storage), [orderId]: accessToken }));
  } catch {
    // Storage full or blocked: the page still works until it is closed.
  }
}

// The page's backend, served by the simulator on the same origin as this page.
// Paths are relative to /snap/ so a simulator behind a path prefix still works.
const snapBase = new URL('../../', window.location.href);

async function call(path, init) {
  let response;
  try {
    response = await fetch(new URL(path, snapBase), {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch {
    return { ok: false, status: 0, body: null };
  }
  const body = await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body };
}

const post = (path, body) => call(path, { method: 'POST', body: JSON.stringify(body) });

/** `clientKey` null = redirect mode (no key, like Midtrans's redirect_url); '' is checked and fails. */
export function getSession(token, clientKey) {
  const query = clientKey != null ? `?client_key=${encodeURIComponent(clientKey)}` : '';
  return call(`v1/transactions/${encodeURIComponent(token)}${query}`);
}

export function charge(token, body) {
  return post(`v2/transactions/${encodeURIComponent(token)}/charge`, body);
}

export function submitOtp(token, otp) {
  return post(`v2/transactions/${encodeURIComponent(token)}/3ds`, { otp });
}

/** Pays the token's pending VA / e-wallet payment, standing in for the sandbox payment simulators (docs/midtrans.md §21). */
export function simulatePayment(token) {
  return post(`v2/transactions/${encodeURIComponent(token)}/simulate-payment`, {});
}

/** Error texts from a Snap error body (`error_messages`) or an error result (`status_message`). */
export function errorMessages(body) {
  const list = body?.error_messages ?? body?.validation_messages ?? body?.status_message;
  if (Array.isArray(list)) return list.map(String);
  return typeof list === 'string' ? [list] : [];
}

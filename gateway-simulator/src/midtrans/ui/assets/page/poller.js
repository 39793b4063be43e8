// Follows a pending transaction by polling the session, as Midtrans's page does while the
// shopper pays elsewhere (bank app, QR). Each start() begins a new generation; a timer of an
// older generation finds itself stale and stops, so no timer ever needs clearing.
import * as api from './api.js';

const POLL_MS = 2000; // Midtrans's page checks about every 2 s

/**
 * @param {{ token: string, clientKey: string|null, current: () => object,
 *           onChange: (tx: object) => void, onGone: () => void }} opts
 */
export function createPoller({ token, clientKey, current, onChange, onGone }) {
  let generation = 0;

  async function tick(mine) {
    if (mine !== generation) return;
    const res = await api.getSession(token, clientKey);
    if (mine !== generation) return;
    const tx = res.ok ? res.body.transaction : null;
    const was = current();
    if (tx && (tx.transaction_status !== was.transaction_status || tx.transaction_id !== was.transaction_id)) {
      generation++;
      return onChange(tx);
    }
    if (res.status === 404) {
      generation++;
      return onGone();
    }
    setTimeout(() => tick(mine), POLL_MS);
  }

  return {
    start: () => setTimeout(() => tick(++generation), POLL_MS),
    /** Ask at once (the countdown hit zero, a simulated payment was sent). */
    now: () => tick(++generation),
    stop: () => void generation++,
  };
}

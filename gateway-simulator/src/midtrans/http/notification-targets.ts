import type { IncomingHttpHeaders } from 'node:http';
import { splitUrls } from '../../kit/util/urls.js';

// Per-transaction notification URLs (docs/midtrans.md §3):
// X-Override-Notification replaces the dashboard URL, X-Append-Notification adds to it, up to
// 3 URLs each; when both are sent only Override applies. Extra URLs beyond 3 are ignored
// (UNCONFIRMED: Midtrans may reject instead).
const MAX_URLS = 3;

export function notificationTargets(headers: IncomingHttpHeaders, dashboardUrls: string[]): string[] {
  const header = (name: string): string | undefined => {
    const v = headers[name];
    return Array.isArray(v) ? v.join(',') : v;
  };
  const override = splitUrls(header('x-override-notification')).slice(0, MAX_URLS);
  if (override.length) return override;
  const append = splitUrls(header('x-append-notification')).slice(0, MAX_URLS);
  return [...dashboardUrls, ...append];
}

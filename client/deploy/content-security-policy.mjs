// The shop's Content-Security-Policy, from the two things that vary by deploy: where the
// API is (VITE_GRAPHQL_URL, baked into the build) and where Snap comes from. One source
// for both places that serve the built shop: nginx in the production image (this file run
// as a script writes the `add_header` line it includes) and `vite preview` (vite.config.ts),
// so every browser test of the built shop runs under the policy production sends.
//
// Snap: snap.js is a script from Midtrans, it frames Midtrans's payment page, and that
// page's own sub-resources come from the hosts Midtrans's docs list for a CSP
// (docs "Snap JS": cloudfront.net, *.midtrans.com, *.veritrans.co.id, *.mixpanel.com,
// *.google-analytics.com). Styles allow 'unsafe-inline' because snap.js styles its
// overlay inline; scripts never do.

/** Midtrans's hosts (sandbox and production) as its docs list them for a CSP. */
export const MIDTRANS_SOURCES = [
  'https://app.midtrans.com',
  'https://app.sandbox.midtrans.com',
  'https://*.midtrans.com',
  'https://*.veritrans.co.id',
  'https://*.cloudfront.net',
  'https://*.mixpanel.com',
  'https://*.google-analytics.com',
];

/** The API's origin and the same origin over WebSocket (graphql-ws). */
function apiSources(graphqlUrl) {
  const { protocol, host } = new URL(graphqlUrl);
  return [`${protocol}//${host}`, `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}`];
}

/**
 * @param {{ graphqlUrl: string, snapSources?: string[] }} options snapSources: the origins
 *   snap.js comes from (default: Midtrans's own; the local simulator's for development).
 */
export function contentSecurityPolicy({ graphqlUrl, snapSources = MIDTRANS_SOURCES }) {
  for (const source of snapSources) {
    if (!/^https?:\/\/[\w.*:[\]-]+$/.test(source)) throw new Error(`not an origin for the shop's CSP: ${source}`);
  }
  const snap = snapSources.join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${snap}`,
    `style-src 'self' 'unsafe-inline' ${snap}`,
    // Product images may live on any HTTPS host (the catalog's imageUrl).
    `img-src 'self' data: https: ${snap}`,
    "font-src 'self' data:",
    `connect-src 'self' ${apiSources(graphqlUrl).join(' ')} ${snap}`,
    `frame-src ${snap}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** SNAP_SOURCES: space-separated origins; empty means Midtrans's own. */
export function snapSourcesFrom(value) {
  const sources = (value ?? '').split(/\s+/).filter(Boolean);
  return sources.length > 0 ? sources : MIDTRANS_SOURCES;
}

// As a script (client/Dockerfile): the nginx line every location of nginx.conf includes.
if (import.meta.url === `file://${process.argv[1]}`) {
  const policy = contentSecurityPolicy({
    graphqlUrl: process.env.VITE_GRAPHQL_URL || 'http://localhost:4000/graphql',
    snapSources: snapSourcesFrom(process.env.SNAP_SOURCES),
  });
  process.stdout.write(`add_header Content-Security-Policy "${policy}" always;\n`);
}

// Demo merchant page logic: open a Snap token with snap.js (popup / embed) or redirect_url,
// and log what comes back.
const form = document.getElementById('token-form');
const log = document.getElementById('log');
const params = new URLSearchParams(window.location.search);
const base = new URL('../', window.location.href);

function write(label, value) {
  const line = value === undefined ? label : `${label} ${JSON.stringify(value, null, 2)}`;
  log.textContent = `${line}\n${log.textContent}`;
}

form.elements.token.value = params.get('token') ?? '';
form.elements.language.value = params.get('language') === 'en' ? 'en' : 'id';
if (params.has('transaction_status')) {
  write('Back from Snap (verify with GET /v2/{order_id}/status, never trust this query):', Object.fromEntries(params));
}

document.getElementById('curl').textContent = [
  `curl -s -u 'SB-Mid-server-lunas-local-simulator:' -H 'Content-Type: application/json' \\`,
  `  -d '{"transaction_details":{"order_id":"demo-'$(date +%s)'","gross_amount":150000},`,
  `       "callbacks":{"finish":"${new URL('sim/demo', base)}"}}' \\`,
  `  ${new URL('snap/v1/transactions', base)}`,
  '# then open this page with ?token=<token> (use your server key if you changed it)',
].join('\n');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = form.elements.token.value.trim();
  const language = form.elements.language.value;
  const mode = event.submitter?.dataset.mode ?? 'popup';
  const callbacks = {
    language,
    onSuccess: (result) => write('onSuccess', result),
    onPending: (result) => write('onPending', result),
    onError: (result) => write('onError', result),
    onClose: () => write('onClose'),
  };
  try {
    if (mode === 'redirect') window.location.assign(new URL(`snap/v2/vtweb/${encodeURIComponent(token)}?language=${language}`, base));
    else if (mode === 'embed') window.snap.embed(token, { embedId: 'snap-container', ...callbacks });
    else window.snap.pay(token, callbacks);
  } catch (error) {
    write(`snap.${mode === 'embed' ? 'embed' : 'pay'} threw: ${error.message}`);
  }
});

// The hosted invoice page: lists the invoice's channels, pays through the simulator's page
// endpoint, and sends the browser to success_redirect_url (paid) or failure_redirect_url (left).
// While open it polls the invoice, so a payment made elsewhere (the driver API, another tab)
// takes it to success_redirect_url within a couple of seconds, as Xendit's page does.
import { h } from './kit/dom.js';
import { groupDigits, jakartaTime, rupiah } from './kit/format.js';
import { qrPlaceholder } from './kit/qr.js';
import { language, setLanguage, t } from './i18n.js';

const POLL_MS = 1000;
const GROUPS = [
  ['BANK_TRANSFER', 'groupBank'],
  ['EWALLET', 'groupEwallet'],
  ['QR_CODE', 'groupQr'],
  ['RETAIL_OUTLET', 'groupRetail'],
  ['CREDIT_CARD', 'groupCard'],
];

const base = location.pathname.replace(/\/+$/, '');
const view = document.getElementById('view');
let invoice = null;
let chosen = null;
let leaving = false;

async function api(path, body) {
  const res = await fetch(`${base}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.message || `HTTP ${res.status}`), { status: res.status });
  return data;
}

function go(url) {
  leaving = true;
  location.href = url;
}

function chrome() {
  document.getElementById('merchant-name').textContent = invoice.merchant_name;
  document.getElementById('total-label').textContent = t('total');
  document.getElementById('amount').textContent = rupiah(invoice.amount);
  document.getElementById('order-label').textContent = t('ref');
  document.getElementById('order-id').textContent = invoice.external_id;
  document.getElementById('summary').hidden = false;
  const description = document.getElementById('description');
  description.textContent = invoice.description || '';
  description.hidden = !invoice.description;
  document.getElementById('sandbox-note').textContent = t('sandbox');
  const toggle = document.getElementById('lang-toggle');
  toggle.hidden = false;
  toggle.textContent = t('switchLanguage');
}

function render() {
  chrome();
  view.replaceChildren(invoice.status === 'PENDING' ? (chosen ? channelView(chosen) : listView()) : doneView());
}

function listView() {
  const groups = GROUPS.map(([method, label]) => {
    const channels = invoice.channels.filter((c) => c.method === method);
    if (!channels.length) return null;
    return h(
      'section',
      { class: 'group' },
      h('h2', {}, t(label)),
      h(
        'ul',
        { class: 'methods' },
        channels.map((c) =>
          h('li', {}, h('button', { type: 'button', class: 'method', 'data-channel': c.code, onClick: () => choose(c) }, c.label)),
        ),
      ),
    );
  });
  return h(
    'div',
    {},
    h('h1', {}, t('choose')),
    h('p', { class: 'muted', id: 'expiry' }, t('expiresIn', { time: jakartaTime(Date.parse(invoice.expiry_date), language()) })),
    groups,
    leaveButton(),
  );
}

function leaveButton() {
  if (!invoice.failure_redirect_url) return null;
  return h('button', { type: 'button', class: 'link-btn leave', id: 'leave', onClick: () => go(invoice.failure_redirect_url) }, t('leave'));
}

function choose(channel) {
  chosen = channel;
  render();
}

function payButton(label, extra = () => ({})) {
  const error = h('p', { class: 'error', role: 'alert', id: 'pay-error' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      id: 'pay',
      onClick: async () => {
        button.disabled = true;
        button.textContent = t('paying');
        try {
          invoice = await api('/pay', { channel: chosen.code, ...extra() });
          finish();
        } catch (err) {
          error.textContent = t('failed', { message: err.message });
          button.disabled = false;
          button.textContent = label;
        }
      },
    },
    label,
  );
  return [button, error];
}

function channelView(c) {
  const back = h('button', { type: 'button', class: 'link-btn', id: 'back', onClick: () => choose(null) }, `← ${t('back')}`);
  let body;
  if (c.method === 'BANK_TRANSFER' || c.method === 'RETAIL_OUTLET') {
    body = [
      h('div', { class: 'label' }, t(c.method === 'BANK_TRANSFER' ? 'vaNumber' : 'paymentCode')),
      h('div', { class: 'destination', id: 'destination', 'data-raw': c.destination }, groupDigits(c.destination)),
      h('p', { class: 'muted' }, t('transferExactly', { amount: rupiah(invoice.amount) })),
      payButton(t('simulate')),
    ];
  } else if (c.method === 'EWALLET') {
    body = [h('p', { class: 'muted' }, t('ewalletHint')), payButton(t('payWith', { name: c.label }))];
  } else if (c.method === 'QR_CODE') {
    body = [
      h('div', { class: 'qr-box' }, qrPlaceholder(`${invoice.id}:QRIS`, 'QRIS')),
      h('p', { class: 'muted' }, t('qrHint')),
      payButton(t('simulate')),
    ];
  } else {
    const input = h('input', { id: 'card-number', inputmode: 'numeric', autocomplete: 'cc-number', value: invoice.test_cards[0] });
    body = [
      h('label', { for: 'card-number', class: 'label' }, t('cardNumber')),
      input,
      h('p', { class: 'muted' }, t('testCards', { cards: invoice.test_cards.join(', ') })),
      payButton(t('payNow', { amount: rupiah(invoice.amount) }), () => ({ card_number: input.value })),
    ];
  }
  return h('div', { class: 'channel', 'data-method': c.method }, back, h('h1', {}, c.label), body);
}

function doneView() {
  const paid = invoice.status === 'PAID' || invoice.status === 'SETTLED';
  const url = paid ? invoice.success_redirect_url : invoice.failure_redirect_url;
  const channel = invoice.payment ? invoice.channels.find((c) => c.code === invoice.payment.channel)?.label || invoice.payment.channel : '';
  return h(
    'div',
    { class: `done ${paid ? 'paid' : 'expired'}`, id: 'state', 'data-status': invoice.status },
    h('h1', {}, t(paid ? 'paidTitle' : 'expiredTitle')),
    h('p', {}, paid ? t('paidVia', { channel }) : t('expiredBody')),
    url ? h('button', { type: 'button', class: 'primary', id: 'to-merchant', onClick: () => go(url) }, t('toMerchant')) : null,
  );
}

/** After this page paid: on to the merchant (or show the paid state when it gave no URL). */
function finish() {
  if (invoice.status !== 'PENDING' && invoice.success_redirect_url && invoice.status !== 'EXPIRED') {
    view.replaceChildren(h('p', { class: 'muted', id: 'redirecting' }, t('redirecting')));
    go(invoice.success_redirect_url);
    return;
  }
  render();
}

async function poll() {
  if (leaving) return;
  try {
    const fresh = await api('/state');
    const was = invoice.status;
    invoice = fresh;
    if (was === 'PENDING' && fresh.status !== 'PENDING') {
      chosen = null;
      if (fresh.status === 'EXPIRED') render();
      else finish();
    }
  } catch {
    /* keep the page as it is; the next poll tries again */
  }
  if (!leaving) setTimeout(poll, POLL_MS);
}

async function main() {
  view.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  document.getElementById('lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'id' : 'en');
    if (invoice) render();
  });
  try {
    invoice = await api('/state');
  } catch {
    view.replaceChildren(h('p', { class: 'error', id: 'not-found' }, t('notFound')));
    return;
  }
  setLanguage(invoice.locale === 'en' ? 'en' : 'id');
  render();
  if (invoice.status === 'PENDING') setTimeout(poll, POLL_MS);
}

void main();

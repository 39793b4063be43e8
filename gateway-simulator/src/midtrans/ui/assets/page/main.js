// The hosted Snap payment page (/snap/v2/vtweb/{token}): loads the session, lets the shopper
// pick a method, follows the transaction by polling, and reports to snap.js or redirects.
import * as api from './api.js';
import * as host from './host.js';
import { language, setLanguage, t } from './i18n.js';
import { installOverlayKeys } from './keyboard.js';
import { enabledMethods, methodById } from './methods.js';
import { createPoller } from './poller.js';
import { callbackEvent, leaveUrl, outcome, snapResult } from './result.js';
import { cardView, otpView } from './views/card.js';
import { methodsView } from './views/methods.js';
import { errorView, loadingView, messageView, outcomeView } from './views/outcome.js';
import { pendingView } from './views/pending.js';
import { renderChrome, renderSummary } from './views/summary.js';

// Success screens close by themselves after a few seconds (the merchant already got onSuccess).
const SUCCESS_LEAVE_MS = 3000;

const params = new URLSearchParams(window.location.search);
const token = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() ?? '');
const clientKey = params.get('client_key');
const optionPayments = (params.get('enabled_payments') ?? '').split(',').filter(Boolean);
const autoCloseSeconds = Number(params.get('auto_close_delay')) || 0;

const state = {
  session: null,
  methods: [],
  tx: null,
  /** The last result handed to snap.js: decides where a leaving shopper goes. */
  last: null,
  delivered: new Set(),
  notice: null,
  busy: false,
  leaving: false,
  view: loadingView,
  /** Undo functions of the current screen (countdown); run when another screen replaces it. */
  cleanups: [],
  /** Timers of the transaction (auto-close); survive a re-render, cleared when it changes. */
  flowTimers: [],
};

const poller = createPoller({
  token,
  clientKey,
  current: () => state.tx,
  // The status object replaces the charge answer whole: merging would keep its pending
  // finish_redirect_url and status_message.
  onChange: (tx) => apply(tx),
  onGone: () => {
    // The token is gone (expired page): show the payment as expired, with no stale finish URL.
    const { finish_redirect_url: _stale, ...last } = state.tx;
    apply({ ...last, transaction_status: 'expire', status_code: '407' });
  },
});

const ctx = {
  mode: host.mode,
  get session() {
    return state.session;
  },
  get methods() {
    return state.methods;
  },
  get tx() {
    return state.tx;
  },
  get notice() {
    return state.notice;
  },
  get busy() {
    return state.busy;
  },
  onCleanup: (fn) => state.cleanups.push(fn),
  choose,
  submitCard,
  submitOtp,
  backToMethods: () => show(methodsView),
  leave: () => leave(false),
  simulatePay,
  pollNow: () => poller.now(),
};

function show(view) {
  state.cleanups.splice(0).forEach((fn) => fn());
  state.view = view;
  const main = document.getElementById('view');
  main.replaceChildren(view(ctx));
  main.querySelector('.view-title')?.focus();
}

function deliver(event, result) {
  // One callback per transaction state: polling must not repeat onPending every 2 s.
  const key = `${event}:${result.transaction_id ?? ''}:${result.transaction_status ?? result.status_code}`;
  if (state.delivered.has(key)) return;
  state.delivered.add(key);
  state.last = { event, result };
  host.result(event, result);
}

async function boot() {
  setLanguage(params.get('language'));
  renderChrome(host.mode);
  show(loadingView);
  host.ready();
  const res = await api.getSession(token, clientKey);
  if (!res.ok) return failToOpen(res);
  state.session = res.body;
  renderSummary(state.session);
  state.methods = enabledMethods(state.session.enabled_payments, optionPayments);
  // A reopened token (docs/midtrans.md §5) resumes where the transaction is.
  if (state.session.transaction) return apply(state.session.transaction);
  const preselected = methodById(params.get('selected_payment_type') ?? '');
  if (preselected && state.methods.includes(preselected)) return choose(preselected);
  show(methodsView);
}

function failToOpen(res) {
  const key = res.status === 401 ? 'unauthorized' : res.status === 404 ? 'notFound' : 'genericError';
  const messages = api.errorMessages(res.body);
  show(errorView(key, messages));
  deliver('error', { status_code: String(res.status || 500), status_message: messages.length ? messages : [t(key)] });
}

async function withBusy(request) {
  state.busy = true;
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await request;
  } finally {
    state.busy = false;
    document.body.removeAttribute('aria-busy');
  }
}

async function choose(method) {
  if (state.busy) return;
  state.notice = null;
  if (method.kind === 'card') return show(cardView);
  show(loadingView);
  const res = await withBusy(api.charge(token, method.charge));
  if (res.body?.transaction_status) return apply(res.body);
  if (res.status === 404) return failToOpen(res);
  state.notice = api.errorMessages(res.body).join(' ') || t('genericError');
  show(methodsView);
}

/** Returns messages for the form to show, or nothing when the page moved on. */
async function submitCard(fields) {
  const res = await withBusy(api.charge(token, { payment_type: 'credit_card', ...fields }));
  if (res.body?.transaction_status) return apply(res.body);
  return api.errorMessages(res.body);
}

async function submitOtp(otp) {
  const res = await withBusy(api.submitOtp(token, otp));
  if (res.body?.transaction_status) return apply(res.body);
  return api.errorMessages(res.body);
}

async function simulatePay() {
  const res = await api.simulatePayment(token);
  if (res.ok) poller.now();
}

function awaitingOtp(tx) {
  return tx.payment_type === 'credit_card' && tx.transaction_status === 'pending' && tx.fraud_status !== 'challenge';
}

function apply(tx) {
  state.tx = tx;
  poller.stop();
  state.flowTimers.splice(0).forEach(clearTimeout);
  if (awaitingOtp(tx)) return show(otpView);
  const kind = outcome(tx);
  deliver(callbackEvent(tx), snapResult(tx, state.session?.callbacks));
  if (kind === 'pending') {
    show(pendingView);
    poller.start();
    if (autoCloseSeconds > 0) later(() => leave(true), autoCloseSeconds * 1000);
  } else {
    show(outcomeView(kind));
    if (kind === 'success') later(() => leave(true), SUCCESS_LEAVE_MS);
  }
}

function later(fn, ms) {
  state.flowTimers.push(setTimeout(fn, ms));
}

/** `auto`: a timer, not the shopper; a redirect page with nowhere to go then just stays. */
function leave(auto) {
  if (state.busy || state.leaving) return;
  const url = leaveUrl(state.last, state.session?.callbacks, state.session?.order_id);
  if (auto && !host.embedded && !url) return;
  state.leaving = true;
  poller.stop();
  if (host.leave(url)) {
    if (!host.embedded) show(messageView('redirecting'));
  } else {
    state.leaving = false;
    show(messageView('canClose'));
  }
}

function toggleLanguage() {
  setLanguage(language() === 'en' ? 'id' : 'en');
  renderChrome(host.mode);
  renderSummary(state.session);
  show(state.view);
}

if (host.mode === 'popup') installOverlayKeys(document.getElementById('sheet'), () => leave(false));
document.getElementById('close-btn').addEventListener('click', () => leave(false));
document.getElementById('lang-toggle').addEventListener('click', toggleLanguage);
document.body.classList.add(`mode-${host.mode}`);
host.onParentMessage((message) => {
  if (message.type === 'request-leave') leave(false);
});
boot();

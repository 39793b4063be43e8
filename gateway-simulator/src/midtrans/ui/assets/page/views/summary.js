// The header: merchant, amount, order id and the items (the order summary of the real Snap page).
import { h } from '../../kit/dom.js';
import { rupiah } from '../format.js';
import { t } from '../i18n.js';

const byId = (id) => document.getElementById(id);

/** Texts that do not depend on the transaction; re-run when the language changes. */
export function renderChrome(mode) {
  document.title = `${t('title')} · Midtrans Sandbox (simulator)`;
  byId('sandbox-note').textContent = t('sandbox');
  const toggle = byId('lang-toggle');
  toggle.hidden = false;
  toggle.textContent = t('switchLanguage');
  toggle.lang = document.documentElement.lang === 'en' ? 'id' : 'en';
  const close = byId('close-btn');
  close.hidden = mode !== 'popup';
  close.setAttribute('aria-label', t('close'));
  close.title = t('close');
}

export function renderSummary(session) {
  if (!session) return;
  byId('merchant-name').textContent = session.merchant_name || 'Midtrans Sandbox';
  byId('summary').hidden = false;
  byId('total-label').textContent = t('total');
  byId('amount').textContent = rupiah(session.gross_amount);
  byId('order-label').textContent = t('orderId');
  byId('order-id').textContent = session.order_id;
  const items = Array.isArray(session.item_details) ? session.item_details : [];
  byId('items').hidden = items.length === 0;
  byId('items-label').textContent = t('orderDetails');
  byId('item-list').replaceChildren(
    ...items.map((item) =>
      h(
        'li',
        {},
        h('span', {}, `${item.quantity ?? 1} × ${item.name ?? item.id ?? ''}`),
        h('span', { class: 'num' }, rupiah((item.price ?? 0) * (item.quantity ?? 1))),
      ),
    ),
  );
}

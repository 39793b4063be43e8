// Final screens: success, declined (with retry), expired / cancelled / failed, and errors
// that prevent the page from opening at all (wrong client key, unknown token).
import { button, h, heading } from '../../kit/dom.js';
import { rupiah } from '../format.js';
import { t } from '../i18n.js';

const ICONS = { success: '✓', denied: '!', expired: '⏱', cancelled: '×', failed: '!', error: '!' };

function statusIcon(kind) {
  return h('div', { class: `status-icon ${kind === 'success' ? 'ok' : 'bad'}`, 'aria-hidden': 'true' }, ICONS[kind] ?? '!');
}

export function loadingView() {
  return h(
    'div',
    { class: 'view center', 'aria-busy': 'true' },
    h('div', { class: 'spinner', 'aria-hidden': 'true' }),
    heading(t('loading')),
  );
}

export function outcomeView(kind) {
  return (ctx) => {
    const body =
      kind === 'success' ? t('successBody', { amount: rupiah(ctx.session.gross_amount), order: ctx.session.order_id }) : t(`${kind}Body`);
    return h(
      'div',
      { class: 'view center', 'data-status': kind },
      statusIcon(kind),
      heading(t(`${kind}Title`)),
      h('p', {}, body),
      // The bank's own words, e.g. "Deny by Bank [BNI] with code [05] …", help when testing cards.
      kind === 'denied' && typeof ctx.tx?.status_message === 'string' ? h('p', { class: 'muted' }, ctx.tx.status_message) : null,
      kind === 'denied' ? button(t('retry'), () => ctx.backToMethods(), { class: 'btn primary' }) : null,
      button(t('backToMerchant'), () => ctx.leave(), { class: kind === 'denied' ? 'btn secondary' : 'btn primary' }),
    );
  };
}

export function errorView(messageKey, serverMessages) {
  return () => {
    // The server's (English) words add something only when they differ from ours.
    const details = serverMessages.filter((m) => m !== t(messageKey));
    return h(
      'div',
      { class: 'view center', 'data-status': 'error' },
      statusIcon('error'),
      heading(t('errorTitle')),
      h('p', {}, t(messageKey)),
      details.length
        ? h(
            'ul',
            { class: 'muted details' },
            details.map((d) => h('li', {}, d)),
          )
        : null,
    );
  };
}

export function messageView(messageKey) {
  return () => h('div', { class: 'view center' }, heading(t(messageKey)));
}

// A payment waiting for the shopper: VA number, Mandiri bill key + biller code, or a QR,
// with instructions and a live countdown to `expiry_time` (docs/midtrans.md §9).
import { button, h, heading } from '../../kit/dom.js';
import { countdown, groupDigits, jakartaTime, parseMidtransTime, rupiah } from '../format.js';
import { language, steps, t } from '../i18n.js';
import { methodOf, paymentCodes } from '../methods.js';
import { qrPlaceholder } from '../../kit/qr.js';

function copyRow(label, value, id) {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = t('copied');
    } catch {
      status.textContent = '';
    }
  };
  return h(
    'div',
    { class: 'code-row' },
    h('div', { class: 'label', id: `${id}-label` }, label),
    h('div', { class: 'code', id, 'aria-labelledby': `${id}-label`, 'data-value': value }, groupDigits(value)),
    button(t('copy'), copy, { class: 'link-btn', 'aria-label': `${t('copy')} ${label}` }),
    status,
  );
}

function countdownBlock(ctx, expiryTime) {
  const deadline = parseMidtransTime(expiryTime);
  if (deadline == null) return null;
  const clock = h('span', { class: 'clock', role: 'timer', 'aria-live': 'off' });
  let asked = false;
  const tick = () => {
    const left = deadline - Date.now();
    clock.textContent = countdown(left);
    // The engine expires the payment at this moment; ask once instead of waiting for the poll.
    if (left <= 0 && !asked) {
      asked = true;
      ctx.pollNow();
    }
  };
  tick();
  const timer = setInterval(tick, 1000);
  ctx.onCleanup(() => clearInterval(timer));
  return h(
    'div',
    { class: 'deadline' },
    h('div', {}, t('payBefore', { time: jakartaTime(deadline, language()) })),
    h('div', {}, h('span', { class: 'label' }, `${t('timeLeft')} `), clock),
  );
}

function codesFor(method, codes) {
  if (method?.kind === 'bill') {
    return [copyRow(t('billerCode'), codes.billerCode ?? '', 'biller-code'), copyRow(t('billKey'), codes.billKey ?? '', 'bill-key')];
  }
  if (method?.kind === 'qr' && codes.qrString) {
    return h('figure', { class: 'qr-box' }, qrPlaceholder(codes.qrString, t('qrTitle')), h('figcaption', { class: 'muted' }, t('qrNote')));
  }
  return codes.vaNumber ? copyRow(t('vaNumber'), codes.vaNumber, 'va-number') : null;
}

export function pendingView(ctx) {
  const tx = ctx.tx;
  const method = methodOf(tx);
  const codes = paymentCodes(tx);
  const amount = rupiah(ctx.session.gross_amount);
  const title =
    method?.kind === 'qr' ? t('qrTitle') : method?.kind === 'va' ? t('vaTitle', { bank: method.bankName }) : (method?.label ?? t('title'));
  const instructions = steps(method?.kind ?? '', {
    bank: method?.bankName ?? '',
    biller: codes.billerCode ?? '',
    amount,
    app: method?.label === 'QRIS' ? 'GoPay' : (method?.label ?? ''),
  });
  return h(
    'div',
    { class: 'view pending', 'data-status': 'pending' },
    heading(title),
    codesFor(method, codes),
    countdownBlock(ctx, tx.expiry_time),
    h('p', { class: 'waiting', role: 'status' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), t('waiting')),
    instructions.length
      ? h(
          'section',
          { class: 'steps' },
          h('h3', { class: 'group-title' }, t('howToPay')),
          h(
            'ol',
            {},
            instructions.map((s) => h('li', {}, s)),
          ),
        )
      : null,
    button(t('simulatePay'), () => ctx.simulatePay(), { class: 'btn secondary', 'data-action': 'simulate' }),
    button(t('backToMerchant'), () => ctx.leave(), { class: 'btn primary' }),
  );
}

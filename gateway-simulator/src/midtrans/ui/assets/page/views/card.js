// The card form (with the sandbox test cards as hints) and the 3D Secure OTP step (docs/midtrans.md §21).
import { button, h, heading } from '../../kit/dom.js';
import { rupiah } from '../format.js';
import { t } from '../i18n.js';

const TEST_CARDS = [
  { number: '4811 1111 1111 1114', note: () => `3DS, ${t('cardAccept')}` },
  { number: '4911 1111 1111 1113', note: () => `3DS, ${t('cardDeny')}` },
  { number: '4411 1111 1111 1118', note: () => t('cardAccept') },
  { number: '4711 1111 1111 1115', note: () => t('cardDeny') },
];

function field(id, label, attrs) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name: id, required: true, 'aria-describedby': `${id}-error`, ...attrs }),
    h('p', { class: 'field-error', id: `${id}-error` }),
  );
}

function nextMonthYear() {
  const d = new Date();
  const year = d.getFullYear() + 2;
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(year).slice(-2)}`;
}

/** Client-side checks mirror what the card form of Snap refuses before any request. */
function validate(form) {
  const number = form.elements['card-number'].value.replace(/\D/g, '');
  const expiry = /^(\d{2})\s*\/\s*(\d{2}|\d{4})$/.exec(form.elements['card-expiry'].value.trim());
  const cvv = form.elements['card-cvv'].value.trim();
  const errors = {};
  if (number.length < 12 || number.length > 19) errors['card-number'] = t('invalidNumber');
  if (!expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12) errors['card-expiry'] = t('invalidExpiry');
  if (!/^\d{3,4}$/.test(cvv)) errors['card-cvv'] = t('invalidCvv');
  const fields = expiry && {
    card_number: number,
    card_cvv: cvv,
    card_exp_month: expiry[1],
    card_exp_year: expiry[2].length === 2 ? `20${expiry[2]}` : expiry[2],
  };
  return { errors, fields };
}

function showErrors(form, errors) {
  for (const el of form.querySelectorAll('.field-error')) {
    const name = el.id.replace(/-error$/, '');
    el.textContent = errors[name] ?? '';
    form.elements[name].setAttribute('aria-invalid', errors[name] ? 'true' : 'false');
  }
  const first = Object.keys(errors)[0];
  if (first) form.elements[first].focus();
}

function submitting(form, alert, submit) {
  return async (event) => {
    event.preventDefault();
    alert.textContent = '';
    const submitBtn = form.querySelector('button[type=submit]');
    submitBtn.disabled = true;
    const messages = await submit();
    if (!form.isConnected) return;
    submitBtn.disabled = false;
    if (messages?.length) alert.textContent = messages.join(' ');
  };
}

export function cardView(ctx) {
  const alert = h('p', { class: 'alert', role: 'alert' });
  const form = h(
    'form',
    { class: 'card-form', novalidate: true },
    field('card-number', t('cardNumber'), { inputmode: 'numeric', autocomplete: 'cc-number', placeholder: '4811 1111 1111 1114' }),
    h(
      'div',
      { class: 'row' },
      field('card-expiry', t('cardExpiry'), { inputmode: 'numeric', autocomplete: 'cc-exp', placeholder: nextMonthYear() }),
      field('card-cvv', t('cardCvv'), { inputmode: 'numeric', autocomplete: 'cc-csc', maxlength: '4', placeholder: '123' }),
    ),
    alert,
    h('button', { type: 'submit', class: 'btn primary' }, t('payAmount', { amount: rupiah(ctx.session.gross_amount) })),
  );
  form.addEventListener(
    'submit',
    submitting(form, alert, () => {
      const { errors, fields } = validate(form);
      showErrors(form, errors);
      return Object.keys(errors).length ? null : ctx.submitCard(fields);
    }),
  );
  const fill = (number) => {
    form.elements['card-number'].value = number;
    form.elements['card-expiry'].value = nextMonthYear();
    form.elements['card-cvv'].value = '123';
    form.elements['card-number'].focus();
  };
  return h(
    'div',
    { class: 'view' },
    heading(t('cardTitle')),
    form,
    h(
      'section',
      { class: 'hint', 'aria-labelledby': 'test-cards-title' },
      h('h3', { id: 'test-cards-title', class: 'group-title' }, t('testCards')),
      h(
        'ul',
        { class: 'test-cards' },
        TEST_CARDS.map((card) =>
          h(
            'li',
            {},
            h('span', { class: 'mono' }, card.number),
            h('span', { class: 'muted' }, card.note()),
            button(t('useCard'), () => fill(card.number), {
              class: 'link-btn',
              'aria-label': `${t('useCard')} ${card.number}`,
            }),
          ),
        ),
      ),
      h('p', { class: 'muted' }, t('testCardsHint')),
    ),
    button(t('back'), () => ctx.backToMethods(), { class: 'btn secondary' }),
  );
}

export function otpView(ctx) {
  const alert = h('p', { class: 'alert', role: 'alert' });
  const form = h(
    'form',
    { class: 'otp-form', novalidate: true },
    field('otp', t('otpLabel'), { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6' }),
    h('p', { class: 'muted' }, t('otpHint')),
    alert,
    h('button', { type: 'submit', class: 'btn primary' }, t('otpSubmit')),
  );
  form.addEventListener(
    'submit',
    submitting(form, alert, () => ctx.submitOtp(form.elements.otp.value.trim())),
  );
  return h('div', { class: 'view' }, heading(t('otpTitle')), h('p', {}, t('otpIntro')), form);
}

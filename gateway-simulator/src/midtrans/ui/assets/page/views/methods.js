// The list of enabled payment methods, grouped like Snap's (cards, e-wallets, bank transfer).
import { button, h, heading } from '../../kit/dom.js';
import { t } from '../i18n.js';

const GROUPS = ['groupCard', 'groupEwallet', 'groupBank'];

export function methodsView(ctx) {
  const groups = GROUPS.map((group) => {
    const methods = ctx.methods.filter((m) => m.group === group);
    if (!methods.length) return null;
    return h(
      'section',
      { class: 'group', 'aria-labelledby': `g-${group}` },
      h('h3', { id: `g-${group}`, class: 'group-title' }, t(group)),
      h(
        'ul',
        { class: 'method-list' },
        methods.map((m) =>
          h(
            'li',
            {},
            button([h('span', { class: 'logo', 'aria-hidden': 'true' }, m.logo), m.label ?? t('cardTitle')], () => ctx.choose(m), {
              class: 'btn method',
              'data-method': m.id,
              disabled: ctx.busy,
            }),
          ),
        ),
      ),
    );
  });
  return h(
    'div',
    { class: 'view' },
    heading(t('chooseMethod')),
    ctx.notice ? h('p', { class: 'alert', role: 'alert' }, ctx.notice) : null,
    ctx.methods.length ? groups : h('p', {}, t('noMethods')),
    ctx.mode === 'page' ? button(t('backToMerchant'), () => ctx.leave(), { class: 'btn secondary' }) : null,
  );
}

// A tiny element builder: text always goes through text nodes, so transaction data
// (item names, order ids) can never inject markup.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** A heading that receives focus when its view appears, for keyboard and screen-reader users. */
export function heading(text, level = 2) {
  return h(`h${level}`, { class: 'view-title', tabindex: '-1' }, text);
}

export function button(label, onClick, attrs = {}) {
  return h('button', { type: 'button', class: 'btn', ...attrs, onClick }, label);
}

export function focusables(root) {
  return [...root.querySelectorAll('a[href],button,input,select,textarea,summary,[tabindex="0"]')].filter(
    (el) => !el.disabled && el.offsetParent !== null,
  );
}

// In snap.js's overlay the page is the whole dialog: Tab wraps around inside it (the merchant
// page behind is inert) and Esc closes it.
import { focusables } from '../kit/dom.js';

export function installOverlayKeys(root, onEscape) {
  // Esc closes on keyup, not keydown: closing removes this iframe, and a keyup still on its
  // way to a frame that no longer exists is lost — automation tools (CDP) even wait for it
  // for ever. By keyup the key press is over.
  document.addEventListener('keyup', (event) => {
    if (event.key === 'Escape') onEscape();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(root);
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}

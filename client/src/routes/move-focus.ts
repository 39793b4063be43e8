/**
 * Moves focus to a page's heading (or <main>) after the page changed by itself,
 * unless Snap's popup, an iframe over the page, holds the focus: stealing it
 * would strand a keyboard user behind the popup.
 */
export function moveFocus(target: HTMLElement | null): void {
  if (!target || document.activeElement instanceof HTMLIFrameElement) return;
  target.focus({ preventScroll: true });
}

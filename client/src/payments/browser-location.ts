// Leaving the app for a gateway's hosted page (Xendit's invoice, Midtrans's Snap page), behind a function so tests can
// observe it without navigating jsdom away.
export function redirectTo(url: string): void {
  window.location.href = url;
}

// Leaving the app for Midtrans's hosted page, behind a function so tests can
// observe it without navigating jsdom away.
export function redirectTo(url: string): void {
  window.location.href = url;
}

// A tiny merchant checkout for trying snap.js by hand: GET /sim/demo?token=<snap token>.
// Asset paths are relative (../snap/…) so a path-prefixed simulator works too.
// The router holds no server key, so the token comes from a Snap create call (curl shown on
// the page); the page then opens it in popup, embedded or redirect mode.

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderDemoPage(clientKey: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Demo merchant · Lunas Midtrans simulator</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="../snap/assets/demo.css">
  <script src="../snap/snap.js" data-client-key="${escapeHtml(clientKey)}"></script>
  <script type="module" src="../snap/assets/demo.js"></script>
</head>
<body>
  <main>
    <h1>Demo merchant</h1>
    <form id="token-form">
      <label for="token">Snap token</label>
      <input id="token" name="token" autocomplete="off" required>
      <label for="language">Language</label>
      <select id="language" name="language"><option value="id">Bahasa Indonesia</option><option value="en">English</option></select>
      <div class="actions">
        <button type="submit" data-mode="popup">snap.pay()</button>
        <button type="submit" data-mode="embed">snap.embed()</button>
        <button type="submit" data-mode="redirect">redirect_url</button>
      </div>
    </form>
    <div id="snap-container"></div>
    <h2>Callbacks</h2>
    <pre id="log" aria-live="polite"></pre>
    <h2>Create a token</h2>
    <pre id="curl"></pre>
  </main>
</body>
</html>`;
}

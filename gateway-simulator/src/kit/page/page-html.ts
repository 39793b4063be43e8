// The hosted page's markup every gateway shares: the sheet, the header bar (merchant name,
// language toggle), the amount summary, the view the gateway's script fills, and the sandbox
// footer. Each gateway names its title, brand, assets and what goes under the summary; the
// gateway's script fills the texts in the shopper's language (kit/ui/i18n.js).

export interface PageShell {
  /** Until the script sets its own (in the shopper's language). */
  title: string;
  /** The merchant name shown before the page's data has loaded. */
  brand: string;
  /**
   * The gateway's assets folder relative to the page's URL (`../../assets/`), so a
   * path-prefixed simulator works too; the shell's own modules and styles are under `kit/` there.
   */
  assets: string;
  /** The gateway's stylesheet and entry module, relative to `assets`. */
  stylesheet: string;
  script: string;
  /** A close button in the bar (for a page shown in an overlay); hidden until the script shows it. */
  closeButton?: boolean;
  /** Static markup under the summary (an items list, a description). */
  headerExtra?: string;
}

const indent = (markup: string, spaces: number) =>
  markup
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(spaces) + line))
    .join('\n');

/** The page's HTML. Built once per gateway: nothing in it depends on the request. */
export function pageHtml(shell: PageShell): string {
  const close = shell.closeButton
    ? '\n          <button type="button" class="icon-btn" id="close-btn" hidden><span aria-hidden="true">×</span></button>'
    : '';
  const extra = shell.headerExtra ? `\n${indent(shell.headerExtra.trim(), 8)}` : '';
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${shell.title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${shell.assets}kit/page.css" />
    <link rel="stylesheet" href="${shell.assets}${shell.stylesheet}" />
    <script type="module" src="${shell.assets}${shell.script}"></script>
  </head>
  <body>
    <div class="sheet" id="sheet">
      <header class="top">
        <div class="bar">
          <span class="merchant" id="merchant-name">${shell.brand}</span>
          <button type="button" class="link-btn" id="lang-toggle" hidden></button>${close}
        </div>
        <div class="summary" id="summary" hidden>
          <div>
            <div class="label" id="total-label"></div>
            <div class="amount" id="amount"></div>
          </div>
          <div class="order"><span class="label" id="order-label"></span> <span id="order-id"></span></div>
        </div>${extra}
      </header>
      <main id="view"></main>
      <footer class="sandbox" id="sandbox-note"></footer>
    </div>
    <noscript>JavaScript is required to pay. / JavaScript diperlukan untuk membayar.</noscript>
  </body>
</html>
`;
}

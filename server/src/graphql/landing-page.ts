// The /graphql landing page: Apollo Sandbox as before, plus a link to the offline
// explorer at /explorer. Sandbox loads from Apollo's CDN and stays blank without internet;
// Apollo's plugin has no option for a custom message, so the link is added to its HTML.
import type { ApolloServerPlugin } from '@apollo/server';

const EXPLORER_LINK = `
    <a href="/explorer" id="lunas-explorer-link"
       style="position:fixed;right:12px;bottom:12px;z-index:10;padding:6px 10px;border-radius:6px;
              background:#fff;color:#1f2937;border:1px solid #d1d5db;font:13px system-ui,sans-serif">
      Offline? Open the API explorer (GraphiQL) at /explorer
    </a>`;

/** `base` (Apollo's landing page plugin) with the explorer link after <body>, when `link`. */
export function withExplorerLink(base: ApolloServerPlugin, link: boolean): ApolloServerPlugin {
  if (!link) return base;
  return {
    async serverWillStart(service) {
      const hooks = await base.serverWillStart?.(service);
      const render = hooks?.renderLandingPage;
      if (!hooks || !render) return hooks;
      return {
        ...hooks,
        async renderLandingPage() {
          const page = await render.call(hooks);
          const html = typeof page.html === 'string' ? page.html : await page.html();
          return { html: html.replace('<body>', `<body>${EXPLORER_LINK}`) };
        },
      };
    },
  };
}

/*
 * snap.js for the Lunas Midtrans simulator: the same global API as Midtrans's
 * https://app.sandbox.midtrans.com/snap/snap.js (docs/midtrans.md §6), backed by
 * the simulator's hosted payment page shown in an iframe.
 *
 * Load it as Midtrans documents:
 *   <script src="http://127.0.0.1:4100/snap/snap.js" data-client-key="SB-Mid-client-…"></script>
 *
 * Protocol with the page (postMessage, both sides check origin and source):
 *   page → here  {source:'lunas-snap', type:'ready'}
 *                {source:'lunas-snap', type:'result', event:'success'|'pending'|'error', result}
 *                {source:'lunas-snap', type:'leave', redirect_url}
 *   here → page  {source:'lunas-snap', type:'request-leave'}   (Esc pressed on the merchant page)
 */
(function () {
  'use strict';

  // currentScript is null only in odd loaders; then take the last snap.js tag on the page.
  var tags = document.querySelectorAll('script[src*="/snap/snap.js"]');
  var script = document.currentScript || tags[tags.length - 1];
  var scriptUrl = new URL(script.src, document.baseURI);
  // Everything before "/snap/snap.js", so a simulator behind a path prefix works too.
  var baseUrl = scriptUrl.origin + scriptUrl.pathname.replace(/\/snap\/snap\.js$/, '');
  var simOrigin = scriptUrl.origin;
  var clientKey = script.getAttribute('data-client-key') || '';

  var STYLE_ID = 'lunas-snap-style';
  var CSS =
    '.lunas-snap-overlay{position:fixed;inset:0;z-index:2147483000;background:rgba(15,23,42,.6);' +
    'display:flex;align-items:center;justify-content:center}' +
    '.lunas-snap-overlay iframe{border:0;width:100%;height:100%;background:transparent}' +
    '.lunas-snap-embed{min-width:320px;min-height:560px;border:0;width:100%;height:100%}' +
    '.lunas-snap-loading{width:48px;height:48px;border-radius:50%;border:5px solid #fff;' +
    'border-top-color:transparent;animation:lunas-snap-spin 1s linear infinite}' +
    '@keyframes lunas-snap-spin{to{transform:rotate(360deg)}}' +
    '@media (prefers-reduced-motion:reduce){.lunas-snap-loading{animation:none}}';

  /** The one open instance (popup or embed); Midtrans allows only one at a time. */
  var active = null;
  var inerted = [];

  function ensureStyle() {
    if (document.getElementById(STYLE_ID)) return;
    var style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    document.head.appendChild(style);
  }

  function pageUrl(token, options, mode) {
    var url = new URL(baseUrl + '/snap/v2/vtweb/' + encodeURIComponent(token));
    var q = url.searchParams;
    q.set('embedded', '1');
    q.set('mode', mode);
    q.set('origin', window.location.origin);
    q.set('client_key', clientKey);
    q.set('language', options.language === 'en' ? 'en' : 'id');
    if (options.selectedPaymentType) q.set('selected_payment_type', String(options.selectedPaymentType));
    if (Array.isArray(options.enabledPayments)) q.set('enabled_payments', options.enabledPayments.join(','));
    if (options.autoCloseDelay) q.set('auto_close_delay', String(Number(options.autoCloseDelay) || 0));
    return url.toString();
  }

  // Focus trap: everything outside the overlay becomes inert, so Tab stays in Snap.
  function trapFocus(overlay) {
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el !== overlay && !el.inert) {
        el.inert = true;
        inerted.push(el);
      }
    });
  }

  function releaseFocus() {
    inerted.forEach(function (el) {
      el.inert = false;
    });
    inerted = [];
  }

  // On keyup, like the page itself (page/keyboard.js): the press is over before Snap closes.
  function onKeyup(event) {
    if (event.key !== 'Escape' || !active || !active.frame) return;
    active.frame.contentWindow.postMessage({ source: 'lunas-snap', type: 'request-leave' }, simOrigin);
  }

  function createOverlay() {
    ensureStyle();
    var overlay = document.createElement('div');
    overlay.className = 'lunas-snap-overlay';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-label', 'Midtrans Snap');
    var spinner = document.createElement('div');
    spinner.className = 'lunas-snap-loading';
    spinner.setAttribute('role', 'progressbar');
    spinner.setAttribute('aria-label', 'Loading');
    overlay.appendChild(spinner);
    document.body.appendChild(overlay);
    trapFocus(overlay);
    document.addEventListener('keyup', onKeyup);
    return overlay;
  }

  function teardown() {
    if (!active) return;
    var instance = active;
    active = null;
    window.removeEventListener('message', instance.listener);
    if (instance.mode === 'popup') {
      document.removeEventListener('keyup', onKeyup);
      releaseFocus();
      instance.container.remove();
      if (instance.previousFocus && instance.previousFocus.focus) instance.previousFocus.focus();
    } else if (instance.frame) {
      instance.frame.remove();
    }
  }

  function callbackName(event) {
    return 'on' + event.charAt(0).toUpperCase() + event.slice(1);
  }

  function handleMessage(instance, event) {
    // Only our own frame, served from the simulator's origin, may drive the callbacks.
    if (event.origin !== simOrigin || !instance.frame || event.source !== instance.frame.contentWindow) return;
    var msg = event.data;
    if (!msg || msg.source !== 'lunas-snap') return;
    var options = instance.options;
    if (msg.type === 'ready') {
      if (instance.mode === 'popup') instance.frame.focus();
    } else if (msg.type === 'result') {
      instance.last = msg.event;
      var fn = options[callbackName(msg.event)];
      if (typeof fn === 'function') fn(msg.result);
    } else if (msg.type === 'leave') {
      leave(instance, msg.redirect_url);
    }
  }

  // The shopper left Snap. With a JS callback for the last outcome the merchant already knows;
  // without one, the top window goes to the finish / error / unfinish URL as Midtrans does (§6).
  function leave(instance, redirectUrl) {
    var options = instance.options;
    teardown();
    var handled = instance.last ? typeof options[callbackName(instance.last)] === 'function' : typeof options.onClose === 'function';
    if (!instance.last && handled) options.onClose();
    else if (!handled && redirectUrl) window.location.assign(redirectUrl);
  }

  function open(token, options, mode, host) {
    if (!token || typeof token !== 'string') throw new Error('snap: a transaction token is required');
    if (active && !(active.mode === 'popup' && !active.frame && mode === 'popup')) {
      throw new Error(
        'snap.' + (mode === 'popup' ? 'pay' : 'embed') + ' is not allowed to be called in this state. Call snap.hide() first.',
      );
    }
    options = options || {};
    var instance = active || { mode: mode, previousFocus: document.activeElement };
    instance.options = options;
    instance.last = null;
    var frame = document.createElement('iframe');
    frame.title = options.language === 'en' ? 'Payment' : 'Pembayaran';
    frame.allow = 'clipboard-write';
    frame.src = pageUrl(token, options, mode);
    instance.frame = frame;
    instance.listener = function (event) {
      handleMessage(instance, event);
    };
    window.addEventListener('message', instance.listener);
    if (mode === 'popup') {
      instance.container = instance.container || createOverlay();
      instance.container.textContent = '';
      instance.container.appendChild(frame);
    } else {
      frame.className = 'lunas-snap-embed';
      host.appendChild(frame);
      instance.container = host;
    }
    active = instance;
  }

  window.snap = {
    pay: function (token, options) {
      open(token, options, 'popup');
    },
    embed: function (token, options) {
      options = options || {};
      var host = document.getElementById(options.embedId);
      if (!host) throw new Error('snap.embed: no element with id "' + options.embedId + '"');
      ensureStyle();
      open(token, options, 'embed', host);
    },
    /** Loading screen while the merchant fetches a token; snap.pay() then takes it over. */
    show: function () {
      if (active) return;
      active = { mode: 'popup', previousFocus: document.activeElement, frame: null, listener: null };
      active.container = createOverlay();
    },
    hide: function () {
      teardown();
    },
  };
})();

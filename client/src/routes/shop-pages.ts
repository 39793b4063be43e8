// The shop's pages after the catalog, each its own chunk: the first load carries only
// what the catalog needs (see `npm run size`).
import { lazyPage } from './lazy-page';

export const CartPage = lazyPage(() => import('./CartPage').then((m) => m.CartPage));
export const CheckoutPage = lazyPage(() => import('./CheckoutPage').then((m) => m.CheckoutPage));
export const PaymentFinishPage = lazyPage(() => import('./payment/PaymentFinishPage').then((m) => m.PaymentFinishPage));
export const PaymentResultPage = lazyPage(() => import('./payment/PaymentResultPage').then((m) => m.PaymentResultPage));

export const SHOP_PAGES = [CartPage, CheckoutPage, PaymentFinishPage, PaymentResultPage];

// The part of snap.js's global we use (midtrans reference §3.2–3.3).
export interface SnapResult {
  status_code?: string;
  order_id?: string;
  transaction_status?: string;
  [field: string]: unknown;
}

export interface SnapPayOptions {
  onSuccess?: (result: SnapResult) => void;
  onPending?: (result: SnapResult) => void;
  onError?: (result: SnapResult) => void;
  /** Called with no argument when the shopper closes the popup. */
  onClose?: () => void;
  language?: 'id' | 'en';
}

export interface Snap {
  pay(token: string, options?: SnapPayOptions): void;
  hide?(): void;
}

declare global {
  interface Window {
    snap?: Snap;
  }
}

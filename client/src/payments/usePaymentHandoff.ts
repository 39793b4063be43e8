import { useCallback } from 'react';
import { savePaymentSession, type PaymentSession } from './access-tokens';
import { redirectTo } from './browser-location';
import { useSnapPayment } from './useSnapPayment';

export interface PaymentHandoffTarget extends PaymentSession {
  orderId: string;
}

/** 'snap': Midtrans's popup is open over the shop; 'redirect': the browser is leaving. */
export type HandoffHow = 'snap' | 'redirect';

/**
 * The one place that knows how each gateway takes the shopper from the shop. It goes by
 * what createPayment returned, not by the gateway's name: a Snap token opens Snap (which
 * falls back to its hosted page); no token means a gateway with only a hosted page
 * (Xendit's invoice), so the browser goes there. The session is kept first, so the
 * pending page can send the shopper back to it.
 */
export function usePaymentHandoff(): (target: PaymentHandoffTarget) => Promise<HandoffHow> {
  const openSnap = useSnapPayment();
  return useCallback(
    async ({ orderId, snapToken, redirectUrl }) => {
      savePaymentSession(orderId, { snapToken, redirectUrl });
      if (snapToken) return openSnap({ orderId, snapToken, redirectUrl });
      redirectTo(redirectUrl);
      return 'redirect';
    },
    [openSnap],
  );
}

import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/LanguageProvider';
import { redirectTo } from './browser-location';
import { loadSnap } from './load-snap';
import { resultPath, type ResultKind } from './order-status';

// One query for the whole config, so the cache keeps one PaymentConfig: the checkout
// reads the gateways from it, Snap its script and key.
export const PaymentConfigQuery = graphql(`
  query PaymentConfigQuery {
    paymentConfig {
      gateways
      mode
      clientKey
      snapJsUrl
    }
  }
`);

export interface SnapPaymentTarget {
  orderId: string;
  snapToken: string;
  redirectUrl: string;
}

/** Loads snap.js ahead of time so the popup opens at once on "Pay". Errors are ignored here. */
export function usePreloadSnap(enabled = true): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!enabled) return;
    client
      .query({ query: PaymentConfigQuery })
      .then(({ data }) => data && loadSnap(data.paymentConfig.snapJsUrl, data.paymentConfig.clientKey))
      .catch(() => undefined);
  }, [client, enabled]);
}

/**
 * Opens Snap for an order. The callbacks only choose which result page to show
 * first: that page asks the server for the real status and moves on if the
 * callback guessed wrong (Midtrans: callback results are for UI only, §3.3).
 * When snap.js cannot be loaded, the shopper goes to Midtrans's hosted page.
 */
export function useSnapPayment(): (target: SnapPaymentTarget) => Promise<'snap' | 'redirect'> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { language } = useI18n();

  return useCallback(
    async ({ orderId, snapToken, redirectUrl }) => {
      let snap;
      try {
        const { data } = await client.query({ query: PaymentConfigQuery });
        if (!data) throw new Error('paymentConfig missing');
        snap = await loadSnap(data.paymentConfig.snapJsUrl, data.paymentConfig.clientKey);
      } catch {
        redirectTo(redirectUrl);
        return 'redirect';
      }
      const show = (kind: ResultKind) => void navigate(resultPath(kind, orderId));
      snap.pay(snapToken, {
        language,
        onSuccess: () => show('success'),
        onPending: () => show('pending'),
        onError: () => show('failure'),
        // Closed before paying: the order is still PENDING and can be resumed there.
        onClose: () => show('pending'),
      });
      return 'snap';
    },
    [client, navigate, language],
  );
}

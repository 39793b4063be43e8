import type { OrderStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/messages';
import { resultKindFor } from '../../payments/order-status';

type FailureStatus = 'FAILED' | 'EXPIRED' | 'CANCELLED';

export function failureKey(status: OrderStatus, part: 'title' | 'body'): MessageKey {
  const failure: FailureStatus = status === 'EXPIRED' || status === 'CANCELLED' ? status : 'FAILED';
  return `failure.${failure}.${part}`;
}

/** The page heading follows the server's status, not the URL the shopper landed on. */
export function resultTitleKey(status: OrderStatus): MessageKey {
  switch (resultKindFor(status)) {
    case 'pending':
      return 'pending.title';
    case 'success':
      return status === 'PAID' ? 'success.title' : 'success.refundedTitle';
    case 'failure':
      return failureKey(status, 'title');
  }
}

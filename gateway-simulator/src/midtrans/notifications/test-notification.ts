import { signed } from '../rules/wire.js';
import { jakartaTime } from '../util/time.js';
import { uuid } from '../../kit/util/ids.js';
import { NOTIFICATION_STATUS_MESSAGE } from './payload.js';

// The dashboard's "Test notification URL" button (docs/midtrans.md §22): a fixed GoPay settlement for
// an order that does not exist (so GET status / transaction.notification() answer 404), signed
// with the merchant's real server key.
export function dashboardTestPayload(merchantId: string, serverKey: string, now: Date): Record<string, unknown> {
  return signed(
    {
      transaction_time: jakartaTime(now),
      transaction_status: 'settlement',
      transaction_id: '513f1f01-c9da-474c-9fc9-d5c64364b709',
      settlement_time: jakartaTime(now),
      payment_type: 'gopay',
      order_id: `payment_notif_test_${merchantId}_${uuid()}`,
      merchant_id: merchantId,
      gross_amount: '105000.00',
      fraud_status: 'accept',
      currency: 'IDR',
    },
    '200',
    NOTIFICATION_STATUS_MESSAGE,
    serverKey,
  );
}

// The operator desk's types, resolved from domain values; each list is read only when
// the operation asks for it.
import type {
  AdminOrderResolvers,
  NotificationLogEntryResolvers,
  PaymentAnomalyResolvers,
  RefundResolvers,
  StatusChangeResolvers,
} from '../__generated__/resolvers-types.js';
import { afterNotification, notificationCursor, pageSize } from '../admin-cursors.js';

export const AdminOrder: AdminOrderResolvers = {
  order: (order) => order,
  customer: (order) => order.customer,
  statusHistory: (order, _args, { desk }) => desk.history(order.orderId),
  notifications: (order, { first, after }, { desk }) => desk.notificationsOf(order.orderId, pageSize(first, 20), afterNotification(after)),
  rejectedNotificationCount: (order, _args, { desk }) => desk.rejectedNotificationCount(order.orderId),
  rejectedNotifications: (order, _args, { desk }) => desk.rejectedNotificationsOf(order.orderId),
  refunds: (order, _args, { desk }) => desk.refundsOf(order.orderId),
  anomalies: (order, _args, { desk }) => desk.anomaliesOf(order.orderId),
};

export const StatusChange: StatusChangeResolvers = {
  at: (entry) => entry.at.toISOString(),
  transactionId: (entry) => entry.transactionId ?? null,
};

export const NotificationLogEntry: NotificationLogEntryResolvers = {
  cursor: (entry) => notificationCursor(entry.receivedAt, entry.id),
  receivedAt: (entry) => entry.receivedAt.toISOString(),
  rawBody: (entry) => entry.body,
  bodyTruncated: (entry) => entry.truncated,
  verdict: (entry) => entry.verdict.toUpperCase(),
  outcome: (entry) => entry.outcome?.outcome ?? null,
  reason: (entry) => entry.outcome?.reason ?? null,
  httpStatus: (entry) => entry.outcome?.httpStatus ?? null,
  transactionStatus: (entry) => entry.transactionStatus ?? null,
};

export const Refund: RefundResolvers = {
  status: (refund) => refund.status.toUpperCase() as 'ACCEPTED',
  failureReason: (refund) => refund.failureReason ?? null,
  requestedAt: (refund) => refund.requestedAt.toISOString(),
};

export const PaymentAnomaly: PaymentAnomalyResolvers = {
  kind: (anomaly) => anomaly.kind.toUpperCase() as 'PAID_WHILE_CLOSED',
  details: (anomaly) => JSON.stringify(anomaly.details),
  at: (anomaly) => anomaly.at.toISOString(),
};

import type { GraphQLResolveInfo } from 'graphql';
import type { Order as OrderModel, StatusHistoryEntry as StatusHistoryEntryModel } from '../../payments/order.js';
import type { Product as ProductModel } from '../../payments/catalog.js';
import type { CreatePaymentResult as CreatePaymentResultModel } from '../../payments/payment-service.js';
import type { StoredNotification as StoredNotificationModel } from '../../payments/notification-service.js';
import type { Refund as RefundModel } from '../../payments/refund.js';
import type { PaymentAnomaly as PaymentAnomalyModel } from '../../payments/anomaly.js';
import type { Operator as OperatorModel } from '../../operators/operator.js';
import type { ClientPaymentConfig as ClientPaymentConfigModel } from '../payment-config.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An order as the operator sees it. */
export type AdminOrder = {
  __typename?: 'AdminOrder';
  anomalies: Array<PaymentAnomaly>;
  customer: Customer;
  /**
   * The notifications about this order that passed the signature check (and the
   * dashboard's test ones), newest first: `first` (1 to 100) of them after `after` (the
   * `cursor` of the last one shown). Deliveries naming the order that failed the check
   * are apart (rejectedNotificationCount, rejectedNotifications), so however many arrive
   * they never push a valid one out. Errors: BAD_USER_INPUT (first, after).
   */
  notifications: Array<NotificationLogEntry>;
  order: Order;
  refunds: Array<Refund>;
  /** How many deliveries naming this order failed the signature check or could not be read. */
  rejectedNotificationCount: Scalars['Int']['output'];
  /** The newest of those, newest first; at most 20 are kept with an order, the rest only counted. */
  rejectedNotifications: Array<NotificationLogEntry>;
  /** Every status change, oldest first. */
  statusHistory: Array<StatusChange>;
};


/** An order as the operator sees it. */
export type AdminOrderNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AdminOrderConnection = {
  __typename?: 'AdminOrderConnection';
  edges: Array<AdminOrderEdge>;
  pageInfo: PageInfo;
};

export type AdminOrderEdge = {
  __typename?: 'AdminOrderEdge';
  cursor: Scalars['String']['output'];
  node: AdminOrder;
};

export type AdminOrderFilter = {
  /** ISO 8601; orders created at or after. */
  createdFrom?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601; orders created before. */
  createdTo?: InputMaybe<Scalars['String']['input']>;
  /** Only orders taken by this gateway. */
  gateway?: InputMaybe<PaymentGateway>;
  /** An order id or its prefix (case-blind up to `LNS-`), or a customer's whole email in any case. Part of an email is not searched: that would read every order. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only orders in one of these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

export type CartItemInput = {
  productId: Scalars['ID']['input'];
  /** 1 to MAX_QUANTITY_PER_ITEM (10 unless configured). */
  quantity: Scalars['Int']['input'];
};

export type CreatePaymentInput = {
  customer: CustomerInput;
  /**
   * Which gateway takes the payment: one of PaymentConfig.gateways. Absent: the default
   * (the first of PAYMENT_GATEWAYS). One that is not enabled is BAD_USER_INPUT.
   */
  gateway?: InputMaybe<PaymentGateway>;
  items: Array<CartItemInput>;
};

export type CreatePaymentPayload = {
  __typename?: 'CreatePaymentPayload';
  /** Secret that unlocks this order in order / orderStatusChanged. Shown once; keep it. */
  accessToken: Scalars['String']['output'];
  /** The gateway that takes this payment. */
  gateway: PaymentGateway;
  order: Order;
  /**
   * The gateway's hosted payment page: Xendit's invoice_url (window.location.href = it), or
   * Midtrans's Snap page for when snap.js cannot be used.
   */
  redirectUrl: Scalars['String']['output'];
  /** Midtrans: pass to snap.pay(token). Null for a gateway without an embedded page (Xendit). */
  snapToken?: Maybe<Scalars['String']['output']>;
};

export type Customer = {
  __typename?: 'Customer';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type CustomerInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type MidtransMode =
  | 'production'
  | 'sandbox'
  | 'simulator';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Cancels a payment that is not settled, through its gateway (Midtrans's cancel, Xendit's
   * expire of the invoice): an unpaid order
   * (PENDING; with no payment method chosen yet Lunas cancels it itself, and its stock
   * returns at once), or a captured card payment (PAID, not yet settled: a void, which
   * returns the stock). Errors: UNAUTHENTICATED, ORDER_NOT_FOUND, CANCEL_NOT_ALLOWED (settled:
   * refund it; or the gateway refused), PAYMENT_GATEWAY_ERROR (the gateway could not be asked;
   * nothing sent), OUTCOME_UNKNOWN (the gateway did not answer the cancel: it may have been
   * made; Lunas asks again within seconds and in the reconciler; sending it again is harmless).
   */
  cancelPayment: AdminOrder;
  /**
   * Prices the cart from the server's catalog, reserves the stock, opens a checkout at the
   * chosen gateway (a Midtrans Snap transaction or a Xendit invoice) and stores the order as
   * PENDING. Errors (each stores nothing and holds no
   * stock): BAD_USER_INPUT (extensions.fields lists every problem as { field, message }
   * with field paths such as "customer.email" or "items[1].quantity"), OUT_OF_STOCK
   * (extensions.products lists { productId, name, requested, available } for each line
   * the stock cannot cover), PAYMENT_GATEWAY_ERROR (the gateway refused or did not answer),
   * RATE_LIMITED.
   */
  createPayment: CreatePaymentPayload;
  /** Asks the order's gateway for its status now and applies it. Errors: UNAUTHENTICATED, ORDER_NOT_FOUND, PAYMENT_GATEWAY_ERROR. */
  reconcileOrder: AdminOrder;
  /**
   * Refunds all or part of a paid (settled) order through its gateway's refund API. The
   * idempotencyKey becomes Midtrans's refund_key or Xendit's idempotency-key, so the same key
   * makes one refund at most. Three outcomes:
   * - made: the payload (refund.status ACCEPTED, or PENDING while Xendit pays it out); the
   *   order's status follows the gateway;
   * - refused: an error, and nothing was refunded: REFUND_NOT_ALLOWED (not paid or not
   *   settled: a captured card payment is cancelled instead), REFUND_EXCEEDS_PAYMENT,
   *   PAYMENT_GATEWAY_ERROR (the gateway refused for another reason); refund.status FAILED;
   * - unknown: OUTCOME_UNKNOWN (extensions.refundKey). The gateway did not answer (timeout,
   *   5xx, unreachable), so the refund may have been made; refund.status UNKNOWN until
   *   Lunas settles it from the gateway's own record (within seconds, and in the
   *   reconciler). Do not start another refund; sending this one again is safe.
   * The same key again: a made refund is answered from the record; a refused or unknown one
   * is sent to the gateway again. While a refund of the order is unknown (or being sent), a
   * new key is refused with REFUND_IN_PROGRESS (extensions.refundKey names the open one).
   * Other errors: UNAUTHENTICATED, ORDER_NOT_FOUND, BAD_USER_INPUT (also: the key was used
   * for another amount).
   */
  refundPayment: RefundPaymentPayload;
  /**
   * Starts an operator session: sets an httpOnly, SameSite=Strict session cookie.
   * Errors: UNAUTHENTICATED (wrong email or password, one message for both), RATE_LIMITED.
   */
  signIn: Operator;
  /** Ends the operator session of this cookie. True even when there was none. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Ends every session of the signed-in operator, in every browser (this one's too), and
   * answers how many ended. For a lost laptop or a password that leaked. Errors: UNAUTHENTICATED.
   */
  signOutEverywhere: Scalars['Int']['output'];
};


export type MutationCancelPaymentArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationCreatePaymentArgs = {
  input: CreatePaymentInput;
};


export type MutationReconcileOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type NotificationLogEntry = {
  __typename?: 'NotificationLogEntry';
  /** SHA-256 of the whole body, hex. */
  bodySha256: Scalars['String']['output'];
  bodyTruncated: Scalars['Boolean']['output'];
  /** Pass as notifications(after:) for the entries after this one. */
  cursor: Scalars['String']['output'];
  httpStatus?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** What it did: applied, unchanged, rejected, ignored, unknown_order, unavailable…; null while in flight. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The body as received; for a body with a bad signature only a prefix (see bodyTruncated, bodySha256). */
  rawBody: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** ISO 8601. */
  receivedAt: Scalars['String']['output'];
  /** transaction_status as the body claimed it (not trusted). */
  transactionStatus?: Maybe<Scalars['String']['output']>;
  /** VALID, INVALID_SIGNATURE, MALFORMED, RATE_LIMITED… */
  verdict: Scalars['String']['output'];
};

export type Operator = {
  __typename?: 'Operator';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type Order = {
  __typename?: 'Order';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** The gateway that takes (or took) the order's payment. */
  gateway: PaymentGateway;
  /** Integer IDR, the sum of items' price × quantity. */
  grossAmount: Scalars['Int']['output'];
  items: Array<OrderItem>;
  /** Our order id: Midtrans's order_id, Xendit's external_id. */
  orderId: Scalars['ID']['output'];
  /** How to finish paying while PENDING (VA number, bill key…), when known. */
  paymentInstructions?: Maybe<PaymentInstructions>;
  /** How the shopper paid, once known: Midtrans's payment_type (bank_transfer, gopay, credit_card…), or Xendit's method and channel (BANK_TRANSFER/BCA, EWALLET/OVO…). */
  paymentType?: Maybe<Scalars['String']['output']>;
  /**
   * Always null, as snapToken: the page's URL holds the token.
   * @deprecated Not stored; keep createPayment's redirectUrl in the browser.
   */
  redirectUrl?: Maybe<Scalars['String']['output']>;
  /** Integer IDR refunded so far. */
  refundedAmount: Scalars['Int']['output'];
  /**
   * Always null. The Snap token is not stored (only its hash): it reads the Snap session back
   * at Midtrans. The browser that checked out keeps createPayment's snapToken and redirectUrl
   * to reopen payment while PENDING.
   * @deprecated Not stored; keep createPayment's snapToken in the browser.
   */
  snapToken?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
  /** The gateway's payment id: Midtrans's transaction_id once the shopper chose a payment method, Xendit's invoice id once paid. */
  transactionId?: Maybe<Scalars['String']['output']>;
  /** ISO 8601, by the clock of the API instance that made the change. */
  updatedAt: Scalars['String']['output'];
  /**
   * 0 at checkout, one more with each change. Of two views of an order, the one with the
   * higher version is newer; updatedAt cannot tell, since instances' clocks disagree.
   */
  version: Scalars['Int']['output'];
};

export type OrderItem = {
  __typename?: 'OrderItem';
  name: Scalars['String']['output'];
  /** Integer IDR, the catalog price when the order was made. */
  price: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

export type OrderStatus =
  | 'cancelled'
  | 'expired'
  | 'failed'
  | 'paid'
  | 'partially_refunded'
  | 'pending'
  | 'refunded';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentAnomaly = {
  __typename?: 'PaymentAnomaly';
  /** ISO 8601. */
  at: Scalars['String']['output'];
  /** JSON object with the facts (amounts, statuses). */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PaymentAnomalyKind;
  orderId: Scalars['ID']['output'];
};

export type PaymentAnomalyConnection = {
  __typename?: 'PaymentAnomalyConnection';
  edges: Array<PaymentAnomalyEdge>;
  pageInfo: PageInfo;
};

export type PaymentAnomalyEdge = {
  __typename?: 'PaymentAnomalyEdge';
  cursor: Scalars['String']['output'];
  node: PaymentAnomaly;
};

export type PaymentAnomalyKind =
  /** The gateway reports another amount than the order's. */
  | 'AMOUNT_MISMATCH'
  /** The gateway reports a partial refund of nothing (not applied). */
  | 'EMPTY_REFUND'
  /** Paid, but the stock could not cover it. */
  | 'OVERSOLD'
  /** Money arrived for an order that was already expired or cancelled. */
  | 'PAID_WHILE_CLOSED'
  /** The gateway calls it a full refund, but refunded less than was paid (applied as a partial refund; no restock). */
  | 'REFUND_BELOW_PAYMENT'
  /** The gateway reports more refunded than was paid. */
  | 'REFUND_EXCEEDS_PAYMENT'
  /** Paid again under another gateway transaction: a possible double charge (not applied). */
  | 'SECOND_PAYMENT';

export type PaymentConfig = {
  __typename?: 'PaymentConfig';
  /** Midtrans client key, for snap.js's data-client-key. */
  clientKey: Scalars['String']['output'];
  /** The enabled gateways, the default (for a checkout that names none) first. */
  gateways: Array<PaymentGateway>;
  mode: MidtransMode;
  /** Where to load snap.js from: the local simulator's, or Midtrans's sandbox/production one. */
  snapJsUrl: Scalars['String']['output'];
};

/** The payment gateways Lunas speaks. Which are enabled is PAYMENT_GATEWAYS. */
export type PaymentGateway =
  | 'midtrans'
  | 'xendit';

export type PaymentInstructions = {
  __typename?: 'PaymentInstructions';
  /** bca, bni, bri, permata, mandiri… */
  bank?: Maybe<Scalars['String']['output']>;
  billKey?: Maybe<Scalars['String']['output']>;
  billerCode?: Maybe<Scalars['String']['output']>;
  /** ISO 8601; when the gateway will expire the payment. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  paymentCode?: Maybe<Scalars['String']['output']>;
  vaNumber?: Maybe<Scalars['String']['output']>;
};

export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Integer IDR. */
  price: Scalars['Int']['output'];
  stock: Scalars['Int']['output'];
};

/**
 * Lunas API contract. Queries and mutations over HTTP POST /graphql;
 * subscriptions over graphql-ws on the same path.
 * Money is always an integer number of Indonesian rupiah (IDR).
 */
export type Query = {
  __typename?: 'Query';
  /** Operator desk: payments that need a person's attention, newest first. Errors: UNAUTHENTICATED. */
  adminAnomalies: PaymentAnomalyConnection;
  /** Operator desk: one order with its history, notification log, refunds and anomalies. Errors: UNAUTHENTICATED. */
  adminOrder?: Maybe<AdminOrder>;
  /**
   * Operator desk: orders, newest first. A cursor connection: pass pageInfo.endCursor as
   * `after` for the next page. `first` is 1 to 100. Errors: UNAUTHENTICATED.
   */
  adminOrders: AdminOrderConnection;
  /** The signed-in operator, or null without an operator session. */
  me?: Maybe<Operator>;
  /**
   * One order. Needs the access token returned by createPayment. A wrong token and an
   * unknown order give the same ORDER_NOT_FOUND error, so the answer never reveals
   * whether an order exists.
   */
  order?: Maybe<Order>;
  /** What the shop needs to open a checkout: the gateways on offer and Midtrans Snap's public values (never a secret key). */
  paymentConfig: PaymentConfig;
  /** The catalog, with prices and stock as the server knows them. */
  products: Array<Product>;
};


/**
 * Lunas API contract. Queries and mutations over HTTP POST /graphql;
 * subscriptions over graphql-ws on the same path.
 * Money is always an integer number of Indonesian rupiah (IDR).
 */
export type QueryAdminAnomaliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Lunas API contract. Queries and mutations over HTTP POST /graphql;
 * subscriptions over graphql-ws on the same path.
 * Money is always an integer number of Indonesian rupiah (IDR).
 */
export type QueryAdminOrderArgs = {
  orderId: Scalars['ID']['input'];
};


/**
 * Lunas API contract. Queries and mutations over HTTP POST /graphql;
 * subscriptions over graphql-ws on the same path.
 * Money is always an integer number of Indonesian rupiah (IDR).
 */
export type QueryAdminOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdminOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Lunas API contract. Queries and mutations over HTTP POST /graphql;
 * subscriptions over graphql-ws on the same path.
 * Money is always an integer number of Indonesian rupiah (IDR).
 */
export type QueryOrderArgs = {
  accessToken: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
};

export type Refund = {
  __typename?: 'Refund';
  /** Integer IDR. */
  amount: Scalars['Int']['output'];
  failureReason?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  /** The key sent to the gateway (the idempotencyKey given): Midtrans's refund_key, Xendit's idempotency-key. */
  refundKey: Scalars['ID']['output'];
  /** ISO 8601. */
  requestedAt: Scalars['String']['output'];
  /** Email of the operator who asked for it. */
  requestedBy: Scalars['String']['output'];
  status: RefundStatus;
};

export type RefundPaymentInput = {
  /** Integer IDR, 1 to what was paid and not yet refunded. */
  amount: Scalars['Int']['input'];
  /** A fresh random key per refund the operator means (8 to 64 of A-Z a-z 0-9 - _). Repeat it to retry safely. */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** Why; kept with the refund (3 to 200 characters). */
  reason: Scalars['String']['input'];
};

export type RefundPaymentPayload = {
  __typename?: 'RefundPaymentPayload';
  order: AdminOrder;
  refund: Refund;
};

export type RefundStatus =
  /** The gateway made the refund (its answer, or its own record of the refund). */
  | 'ACCEPTED'
  /** The gateway refused it; nothing was refunded; see failureReason. The same key may be sent again. */
  | 'FAILED'
  /** The gateway took it and pays it out later (Xendit: PENDING until SUCCEEDED or FAILED): made, not final. The order moves when it succeeds; no other refund of the order starts meanwhile (REFUND_IN_PROGRESS). */
  | 'PENDING'
  /** Being sent to the gateway now. */
  | 'REQUESTED'
  /** The gateway did not answer, so the refund may have been made; Lunas is checking the gateway's record. Do not start another refund. */
  | 'UNKNOWN';

export type StatusChange = {
  __typename?: 'StatusChange';
  /** ISO 8601. */
  at: Scalars['String']['output'];
  /** What caused it: createPayment, the gateway's status word (settlement, expire, PAID…), reconciler, operator… */
  source: Scalars['String']['output'];
  status: OrderStatus;
  transactionId?: Maybe<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Operator desk: every order change (new orders too), as it happens; with orderId, that
   * order's changes only (the order page). Errors: UNAUTHENTICATED.
   */
  adminOrderEvents: AdminOrder;
  /**
   * Emits the order's current state at once, then every status change, so a page that
   * subscribes late never misses a payment.
   */
  orderStatusChanged: Order;
};


export type SubscriptionAdminOrderEventsArgs = {
  orderId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOrderStatusChangedArgs = {
  accessToken: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdminOrder: ResolverTypeWrapper<OrderModel>;
  AdminOrderConnection: ResolverTypeWrapper<Omit<AdminOrderConnection, 'edges'> & { edges: Array<ResolversTypes['AdminOrderEdge']> }>;
  AdminOrderEdge: ResolverTypeWrapper<Omit<AdminOrderEdge, 'node'> & { node: ResolversTypes['AdminOrder'] }>;
  AdminOrderFilter: AdminOrderFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CartItemInput: CartItemInput;
  CreatePaymentInput: CreatePaymentInput;
  CreatePaymentPayload: ResolverTypeWrapper<CreatePaymentResultModel>;
  Customer: ResolverTypeWrapper<Customer>;
  CustomerInput: CustomerInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MidtransMode: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationLogEntry: ResolverTypeWrapper<StoredNotificationModel>;
  Operator: ResolverTypeWrapper<OperatorModel>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderItem: ResolverTypeWrapper<OrderItem>;
  OrderStatus: null;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentAnomaly: ResolverTypeWrapper<PaymentAnomalyModel>;
  PaymentAnomalyConnection: ResolverTypeWrapper<Omit<PaymentAnomalyConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentAnomalyEdge']> }>;
  PaymentAnomalyEdge: ResolverTypeWrapper<Omit<PaymentAnomalyEdge, 'node'> & { node: ResolversTypes['PaymentAnomaly'] }>;
  PaymentAnomalyKind: PaymentAnomalyKind;
  PaymentConfig: ResolverTypeWrapper<ClientPaymentConfigModel>;
  PaymentGateway: null;
  PaymentInstructions: ResolverTypeWrapper<PaymentInstructions>;
  Product: ResolverTypeWrapper<ProductModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundModel>;
  RefundPaymentInput: RefundPaymentInput;
  RefundPaymentPayload: ResolverTypeWrapper<Omit<RefundPaymentPayload, 'order' | 'refund'> & { order: ResolversTypes['AdminOrder'], refund: ResolversTypes['Refund'] }>;
  RefundStatus: RefundStatus;
  StatusChange: ResolverTypeWrapper<StatusHistoryEntryModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdminOrder: OrderModel;
  AdminOrderConnection: Omit<AdminOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['AdminOrderEdge']> };
  AdminOrderEdge: Omit<AdminOrderEdge, 'node'> & { node: ResolversParentTypes['AdminOrder'] };
  AdminOrderFilter: AdminOrderFilter;
  Boolean: Scalars['Boolean']['output'];
  CartItemInput: CartItemInput;
  CreatePaymentInput: CreatePaymentInput;
  CreatePaymentPayload: CreatePaymentResultModel;
  Customer: Customer;
  CustomerInput: CustomerInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  NotificationLogEntry: StoredNotificationModel;
  Operator: OperatorModel;
  Order: OrderModel;
  OrderItem: OrderItem;
  PageInfo: PageInfo;
  PaymentAnomaly: PaymentAnomalyModel;
  PaymentAnomalyConnection: Omit<PaymentAnomalyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentAnomalyEdge']> };
  PaymentAnomalyEdge: Omit<PaymentAnomalyEdge, 'node'> & { node: ResolversParentTypes['PaymentAnomaly'] };
  PaymentConfig: ClientPaymentConfigModel;
  PaymentInstructions: PaymentInstructions;
  Product: ProductModel;
  Query: Record<PropertyKey, never>;
  Refund: RefundModel;
  RefundPaymentInput: RefundPaymentInput;
  RefundPaymentPayload: Omit<RefundPaymentPayload, 'order' | 'refund'> & { order: ResolversParentTypes['AdminOrder'], refund: ResolversParentTypes['Refund'] };
  StatusChange: StatusHistoryEntryModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
}>;

export type AdminOrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminOrder'] = ResolversParentTypes['AdminOrder']> = ResolversObject<{
  anomalies?: Resolver<Array<ResolversTypes['PaymentAnomaly']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['NotificationLogEntry']>, ParentType, ContextType, RequireFields<AdminOrderNotificationsArgs, 'first'>>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  rejectedNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedNotifications?: Resolver<Array<ResolversTypes['NotificationLogEntry']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
}>;

export type AdminOrderConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminOrderConnection'] = ResolversParentTypes['AdminOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AdminOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AdminOrderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdminOrderEdge'] = ResolversParentTypes['AdminOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AdminOrder'], ParentType, ContextType>;
}>;

export type CreatePaymentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatePaymentPayload'] = ResolversParentTypes['CreatePaymentPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateway?: Resolver<ResolversTypes['PaymentGateway'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  redirectUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MidtransModeResolvers = { PRODUCTION: 'production', SANDBOX: 'sandbox', SIMULATOR: 'simulator' };

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelPayment?: Resolver<ResolversTypes['AdminOrder'], ParentType, ContextType, RequireFields<MutationCancelPaymentArgs, 'orderId'>>;
  createPayment?: Resolver<ResolversTypes['CreatePaymentPayload'], ParentType, ContextType, RequireFields<MutationCreatePaymentArgs, 'input'>>;
  reconcileOrder?: Resolver<ResolversTypes['AdminOrder'], ParentType, ContextType, RequireFields<MutationReconcileOrderArgs, 'orderId'>>;
  refundPayment?: Resolver<ResolversTypes['RefundPaymentPayload'], ParentType, ContextType, RequireFields<MutationRefundPaymentArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['Operator'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationLogEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationLogEntry'] = ResolversParentTypes['NotificationLogEntry']> = ResolversObject<{
  bodySha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rawBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactionStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OperatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateway?: Resolver<ResolversTypes['PaymentGateway'], ParentType, ContextType>;
  grossAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentInstructions?: Resolver<Maybe<ResolversTypes['PaymentInstructions']>, ParentType, ContextType>;
  paymentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  redirectUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundedAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  snapToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  transactionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderStatusResolvers = { CANCELLED: 'cancelled', EXPIRED: 'expired', FAILED: 'failed', PAID: 'paid', PARTIALLY_REFUNDED: 'partially_refunded', PENDING: 'pending', REFUNDED: 'refunded' };

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentAnomalyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentAnomaly'] = ResolversParentTypes['PaymentAnomaly']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PaymentAnomalyKind'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PaymentAnomalyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentAnomalyConnection'] = ResolversParentTypes['PaymentAnomalyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentAnomalyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentAnomalyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentAnomalyEdge'] = ResolversParentTypes['PaymentAnomalyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentAnomaly'], ParentType, ContextType>;
}>;

export type PaymentConfigResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentConfig'] = ResolversParentTypes['PaymentConfig']> = ResolversObject<{
  clientKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateways?: Resolver<Array<ResolversTypes['PaymentGateway']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['MidtransMode'], ParentType, ContextType>;
  snapJsUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentGatewayResolvers = { MIDTRANS: 'midtrans', XENDIT: 'xendit' };

export type PaymentInstructionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentInstructions'] = ResolversParentTypes['PaymentInstructions']> = ResolversObject<{
  bank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billerCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vaNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  adminAnomalies?: Resolver<ResolversTypes['PaymentAnomalyConnection'], ParentType, ContextType, RequireFields<QueryAdminAnomaliesArgs, 'first'>>;
  adminOrder?: Resolver<Maybe<ResolversTypes['AdminOrder']>, ParentType, ContextType, RequireFields<QueryAdminOrderArgs, 'orderId'>>;
  adminOrders?: Resolver<ResolversTypes['AdminOrderConnection'], ParentType, ContextType, RequireFields<QueryAdminOrdersArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'accessToken' | 'orderId'>>;
  paymentConfig?: Resolver<ResolversTypes['PaymentConfig'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type RefundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundKey?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
}>;

export type RefundPaymentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RefundPaymentPayload'] = ResolversParentTypes['RefundPaymentPayload']> = ResolversObject<{
  order?: Resolver<ResolversTypes['AdminOrder'], ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Refund'], ParentType, ContextType>;
}>;

export type StatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  transactionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  adminOrderEvents?: SubscriptionResolver<ResolversTypes['AdminOrder'], "adminOrderEvents", ParentType, ContextType, Partial<SubscriptionAdminOrderEventsArgs>>;
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['Order'], "orderStatusChanged", ParentType, ContextType, RequireFields<SubscriptionOrderStatusChangedArgs, 'accessToken' | 'orderId'>>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  AdminOrder?: AdminOrderResolvers<ContextType>;
  AdminOrderConnection?: AdminOrderConnectionResolvers<ContextType>;
  AdminOrderEdge?: AdminOrderEdgeResolvers<ContextType>;
  CreatePaymentPayload?: CreatePaymentPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  MidtransMode?: MidtransModeResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NotificationLogEntry?: NotificationLogEntryResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderStatus?: OrderStatusResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentAnomaly?: PaymentAnomalyResolvers<ContextType>;
  PaymentAnomalyConnection?: PaymentAnomalyConnectionResolvers<ContextType>;
  PaymentAnomalyEdge?: PaymentAnomalyEdgeResolvers<ContextType>;
  PaymentConfig?: PaymentConfigResolvers<ContextType>;
  PaymentGateway?: PaymentGatewayResolvers;
  PaymentInstructions?: PaymentInstructionsResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  RefundPaymentPayload?: RefundPaymentPayloadResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;


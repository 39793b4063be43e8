import type { GraphQLResolveInfo } from 'graphql';
import type { Order as OrderModel } from '../../payments/order.js';
import type { Product as ProductModel } from '../../payments/catalog.js';
import type { CreatePaymentResult as CreatePaymentResultModel } from '../../payments/payment-service.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type CartItemInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 99. */
  quantity: Scalars['Int']['input'];
};

export type CreatePaymentInput = {
  customer: CustomerInput;
  items: Array<CartItemInput>;
};

export type CreatePaymentPayload = {
  __typename?: 'CreatePaymentPayload';
  /** Secret that unlocks this order in order / orderStatusChanged. Shown once; keep it. */
  accessToken: Scalars['String']['output'];
  order: Order;
  /** Midtrans's hosted payment page, for when snap.js cannot be used. */
  redirectUrl: Scalars['String']['output'];
  /** Pass to snap.pay(token). */
  snapToken: Scalars['String']['output'];
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
   * Prices the cart from the server's catalog, stores the order as PENDING and opens a
   * Midtrans Snap transaction for it. Errors: BAD_USER_INPUT (nothing stored, nothing
   * sent to Midtrans; extensions.fields lists every problem as { field, message } with
   * field paths such as "customer.email" or "items[1].quantity"), PAYMENT_GATEWAY_ERROR
   * (the order is marked FAILED, never payable).
   */
  createPayment: CreatePaymentPayload;
};


export type MutationCreatePaymentArgs = {
  input: CreatePaymentInput;
};

export type Order = {
  __typename?: 'Order';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** Integer IDR, the sum of items' price × quantity. */
  grossAmount: Scalars['Int']['output'];
  items: Array<OrderItem>;
  /** The order_id sent to Midtrans. */
  orderId: Scalars['ID']['output'];
  /** How to finish paying while PENDING (VA number, bill key…), when known. */
  paymentInstructions?: Maybe<PaymentInstructions>;
  /** Midtrans payment_type once the shopper chose one (bank_transfer, gopay, credit_card…). */
  paymentType?: Maybe<Scalars['String']['output']>;
  redirectUrl?: Maybe<Scalars['String']['output']>;
  /** Integer IDR refunded so far. */
  refundedAmount: Scalars['Int']['output'];
  /** Snap token and page of this order, to reopen payment while PENDING. */
  snapToken?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
  /** Midtrans transaction_id once the shopper chose a payment method. */
  transactionId?: Maybe<Scalars['String']['output']>;
  /** ISO 8601. */
  updatedAt: Scalars['String']['output'];
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

export type PaymentConfig = {
  __typename?: 'PaymentConfig';
  /** Midtrans client key, for snap.js's data-client-key. */
  clientKey: Scalars['String']['output'];
  mode: MidtransMode;
  /** Where to load snap.js from: the local simulator's, or Midtrans's sandbox/production one. */
  snapJsUrl: Scalars['String']['output'];
};

export type PaymentInstructions = {
  __typename?: 'PaymentInstructions';
  /** bca, bni, bri, permata, mandiri… */
  bank?: Maybe<Scalars['String']['output']>;
  billKey?: Maybe<Scalars['String']['output']>;
  billerCode?: Maybe<Scalars['String']['output']>;
  /** ISO 8601; when Midtrans will expire the payment. */
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
  /**
   * One order. Needs the access token returned by createPayment. A wrong token and an
   * unknown order give the same ORDER_NOT_FOUND error, so the answer never reveals
   * whether an order exists.
   */
  order?: Maybe<Order>;
  /** What the shop needs to open Midtrans Snap: public values only, never the server key. */
  paymentConfig: PaymentConfig;
  /** The catalog, with prices and stock as the server knows them. */
  products: Array<Product>;
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

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Emits the order's current state at once, then every status change, so a page that
   * subscribes late never misses a payment.
   */
  orderStatusChanged: Order;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CartItemInput: CartItemInput;
  CreatePaymentInput: CreatePaymentInput;
  CreatePaymentPayload: ResolverTypeWrapper<CreatePaymentResultModel>;
  CustomerInput: CustomerInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MidtransMode: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderItem: ResolverTypeWrapper<OrderItem>;
  OrderStatus: null;
  PaymentConfig: ResolverTypeWrapper<PaymentConfig>;
  PaymentInstructions: ResolverTypeWrapper<PaymentInstructions>;
  Product: ResolverTypeWrapper<ProductModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  CartItemInput: CartItemInput;
  CreatePaymentInput: CreatePaymentInput;
  CreatePaymentPayload: CreatePaymentResultModel;
  CustomerInput: CustomerInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderItem: OrderItem;
  PaymentConfig: PaymentConfig;
  PaymentInstructions: PaymentInstructions;
  Product: ProductModel;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
}>;

export type CreatePaymentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatePaymentPayload'] = ResolversParentTypes['CreatePaymentPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  redirectUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MidtransModeResolvers = { PRODUCTION: 'production', SANDBOX: 'sandbox', SIMULATOR: 'simulator' };

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createPayment?: Resolver<ResolversTypes['CreatePaymentPayload'], ParentType, ContextType, RequireFields<MutationCreatePaymentArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
}>;

export type OrderItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderStatusResolvers = { CANCELLED: 'cancelled', EXPIRED: 'expired', FAILED: 'failed', PAID: 'paid', PARTIALLY_REFUNDED: 'partially_refunded', PENDING: 'pending', REFUNDED: 'refunded' };

export type PaymentConfigResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentConfig'] = ResolversParentTypes['PaymentConfig']> = ResolversObject<{
  clientKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['MidtransMode'], ParentType, ContextType>;
  snapJsUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

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
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'accessToken' | 'orderId'>>;
  paymentConfig?: Resolver<ResolversTypes['PaymentConfig'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['Order'], "orderStatusChanged", ParentType, ContextType, RequireFields<SubscriptionOrderStatusChangedArgs, 'accessToken' | 'orderId'>>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  CreatePaymentPayload?: CreatePaymentPayloadResolvers<ContextType>;
  MidtransMode?: MidtransModeResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderStatus?: OrderStatusResolvers;
  PaymentConfig?: PaymentConfigResolvers<ContextType>;
  PaymentInstructions?: PaymentInstructionsResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;


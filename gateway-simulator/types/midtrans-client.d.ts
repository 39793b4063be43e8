// Just enough of midtrans-client@1.4.3's surface for the fidelity tests (the package ships no types).
declare module 'midtrans-client' {
  interface ClientOptions {
    isProduction: boolean;
    serverKey: string;
    clientKey?: string;
  }
  interface HttpClient {
    http_client: { defaults: { headers: { common: Record<string, string> }; timeout?: number } };
  }
  interface TransactionApi {
    status(id: string): Promise<any>;
    cancel(id: string): Promise<any>;
    expire(id: string): Promise<any>;
    approve(id: string): Promise<any>;
    deny(id: string): Promise<any>;
    refund(id: string, params?: object): Promise<any>;
    refundDirect(id: string, params?: object): Promise<any>;
    notification(notification: object | string): Promise<any>;
  }
  class Snap {
    constructor(opts: ClientOptions);
    httpClient: HttpClient;
    transaction: TransactionApi;
    createTransaction(params: object): Promise<{ token: string; redirect_url: string }>;
    createTransactionToken(params: object): Promise<string>;
  }
  class CoreApi {
    constructor(opts: ClientOptions);
    httpClient: HttpClient;
    transaction: TransactionApi;
    charge(params: object | null): Promise<any>;
    cardToken(params: object): Promise<any>;
    cardRegister(params: object): Promise<any>;
    cardPointInquiry(tokenId: string): Promise<any>;
    linkPaymentAccount(params: object | null): Promise<any>;
    getPaymentAccount(accountId: string): Promise<any>;
    unlinkPaymentAccount(accountId: string): Promise<any>;
    createSubscription(params: object | null): Promise<any>;
    getSubscription(id: string): Promise<any>;
    updateSubscription(id: string, params: object): Promise<any>;
    enableSubscription(id: string): Promise<any>;
    disableSubscription(id: string): Promise<any>;
  }
  class MidtransError extends Error {
    httpStatusCode: number | string | null;
    ApiResponse: any;
    rawHttpClientData: any;
  }
  const midtransClient: { Snap: typeof Snap; CoreApi: typeof CoreApi; MidtransError: typeof MidtransError };
  export default midtransClient;
}

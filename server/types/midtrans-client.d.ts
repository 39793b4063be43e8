// The parts of midtrans-client@1.4.3 that Lunas uses. The package ships no types.
declare module 'midtrans-client' {
  export interface ClientOptions {
    isProduction: boolean;
    serverKey: string;
    clientKey?: string;
  }
  export interface AxiosLikeRequest {
    url?: string;
    [key: string]: unknown;
  }
  export interface AxiosLikeInstance {
    defaults: { timeout?: number; maxRedirects?: number; headers: { common: Record<string, string> } };
    interceptors: {
      request: { use(onFulfilled: (config: AxiosLikeRequest) => AxiosLikeRequest): number };
    };
  }
  export interface HttpClient {
    http_client: AxiosLikeInstance;
  }
  export type Json = Record<string, unknown>;
  export interface Transaction {
    status(transactionId: string): Promise<Json>;
    cancel(transactionId: string): Promise<Json>;
    expire(transactionId: string): Promise<Json>;
    refund(transactionId: string, parameter?: Json): Promise<Json>;
    notification(notification: Json | string): Promise<Json>;
  }
  export class Snap {
    constructor(options: ClientOptions);
    httpClient: HttpClient;
    transaction: Transaction;
    createTransaction(parameter: Json): Promise<{ token: string; redirect_url: string }>;
  }
  export class CoreApi {
    constructor(options: ClientOptions);
    httpClient: HttpClient;
    transaction: Transaction;
  }
  export class MidtransError extends Error {
    httpStatusCode: number | string | null;
    ApiResponse: unknown;
  }
  const midtransClient: { Snap: typeof Snap; CoreApi: typeof CoreApi; MidtransError: typeof MidtransError };
  export default midtransClient;
}

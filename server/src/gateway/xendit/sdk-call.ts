// One xendit-node call with a deadline, answering the raw JSON Xendit sent.
//
// The SDK has no timeout option, and its models drop what we must check (a refund's
// `status` and `invoice_id`, an invoice's `paid_amount`); for an error page that is not
// JSON it throws a bare TypeError. So each call gets fresh API objects whose fetch has its
// own abort signal and keeps a copy of the answer: its raw JSON for the strict parser,
// its HTTP status for the error mapping. Fresh objects also keep concurrent calls apart.
import { Configuration, Invoice, Refund, type FetchAPI } from 'xendit-node';
import { toXenditError } from './error-mapping.js';

export interface XenditApis {
  invoice: Invoice;
  refund: Refund;
}

export interface SdkCallOptions {
  baseUrl: string;
  secretKey: string;
  timeoutMs: number;
}

/** @throws XenditGatewayError for every failure, classified. */
export async function rawAnswer(options: SdkCallOptions, run: (apis: XenditApis) => Promise<unknown>): Promise<unknown> {
  let answer: Response | undefined;
  const fetchApi: FetchAPI = async (url, init) => {
    // redirect: 'error': an answer that sends us elsewhere must not take the Authorization header along.
    const response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs) });
    answer = response.clone();
    return response;
  };
  const configuration = new Configuration({ basePath: options.baseUrl, fetchApi });
  try {
    await run({ invoice: new TimedInvoice(options.secretKey, configuration), refund: new TimedRefund(options.secretKey, configuration) });
    return await answer!.json();
  } catch (error) {
    throw toXenditError(error, answer?.status);
  }
}

// The SDK's API classes take only a key and a base URL; their configuration is
// protected, so these subclasses hand each call's own fetch to them.
class TimedInvoice extends Invoice {
  constructor(secretKey: string, configuration: Configuration) {
    super({ secretKey, xenditURL: configuration.basePath });
    this.configuration = configuration;
  }
}

class TimedRefund extends Refund {
  constructor(secretKey: string, configuration: Configuration) {
    super({ secretKey, xenditURL: configuration.basePath });
    this.configuration = configuration;
  }
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { errorKind, outOfStockProducts, userInputFields, userInputMessage } from '../apollo/error-kind';
import { useCart } from '../cart/CartProvider';
import {
  customerFieldOf,
  FIELD_ERROR,
  FIELD_ORDER,
  loadCustomer,
  saveCustomer,
  toCustomerInput,
  validateCustomer,
  validateField,
  type CustomerErrors,
  type CustomerField,
  type CustomerForm,
} from '../checkout/customer-form';
import { CheckoutSummary } from '../checkout/CheckoutSummary';
import { CustomerFieldInput } from '../checkout/CustomerFieldInput';
import { GatewayChoice } from '../checkout/GatewayChoice';
import { EmptyState } from '../components/States';
import { formatRupiah } from '../format/money';
import { graphql } from '../gql';
import type { PaymentGateway } from '../gql/graphql';
import { useI18n } from '../i18n/LanguageProvider';
import { saveAccessToken } from '../payments/access-tokens';
import { usePaymentHandoff } from '../payments/usePaymentHandoff';
import { PaymentConfigQuery, usePreloadSnap } from '../payments/useSnapPayment';
import { usePageTitle } from './usePageTitle';

export const CheckoutPageCreatePayment = graphql(`
  mutation CheckoutPageCreatePayment($input: CreatePaymentInput!) {
    createPayment(input: $input) {
      order {
        orderId
        status
        grossAmount
        version
      }
      gateway
      snapToken
      redirectUrl
      accessToken
    }
  }
`);

type Phase = 'idle' | 'creating' | 'opening' | 'redirecting';

export function CheckoutPage() {
  const { t } = useI18n();
  usePageTitle(t('checkout.title'));
  const { lines, total, dispatch } = useCart();
  const [form, setForm] = useState<CustomerForm>(() => loadCustomer());
  const [errors, setErrors] = useState<CustomerErrors>({});
  const [touched, setTouched] = useState<Partial<Record<CustomerField, boolean>>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [chosenGateway, setChosenGateway] = useState<PaymentGateway | null>(null);
  const [shortLines, setShortLines] = useState<ReadonlySet<string>>(new Set());
  const inputs = useRef<Partial<Record<CustomerField, HTMLInputElement | null>>>({});
  // A ref, not state: two clicks in the same frame both see the old state, but
  // not the ref. One click, one order, one Snap transaction.
  const inFlight = useRef(false);

  const [createPayment] = useMutation(CheckoutPageCreatePayment);
  const handOff = usePaymentHandoff();
  const soldOut = lines.some((line) => line.stock <= 0);
  const gateways = useQuery(PaymentConfigQuery).data?.paymentConfig.gateways ?? [];
  // The default is the first; the shopper's pick wins while it is still enabled.
  const [picked, setPicked] = useState<PaymentGateway | null>(null);
  const gateway = picked && gateways.includes(picked) ? picked : (gateways[0] ?? null);
  // Snap only matters when the payment may go to Midtrans.
  usePreloadSnap(lines.length > 0 && (gateways.length === 0 || gateways.includes('MIDTRANS')));

  const update = (field: CustomerField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    // Once a field has been left, re-check it as the shopper fixes it.
    if (touched[field]) setErrors((current) => ({ ...current, [field]: validateField(field, value) }));
  };

  const blur = (field: CustomerField) => {
    setTouched((current) => ({ ...current, [field]: true }));
    setErrors((current) => ({ ...current, [field]: validateField(field, form[field]) }));
  };

  const messageFor = (error: unknown): string => {
    switch (errorKind(error)) {
      case 'BAD_USER_INPUT': {
        const detail = userInputMessage(error);
        return detail ? t('checkout.badInput', { detail }) : t('checkout.badInputGeneric');
      }
      case 'PAYMENT_GATEWAY_ERROR':
        return t('checkout.gatewayError');
      case 'NETWORK':
        return t('common.apiDown');
      default:
        return t('common.unexpected');
    }
  };

  async function handlePayment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;

    const found = validateCustomer(form);
    setErrors(found);
    setTouched({ name: true, email: true, phone: true });
    const firstInvalid = FIELD_ORDER.find((field) => found[field]);
    if (firstInvalid) {
      setSubmitError(t('checkout.fixErrors'));
      inputs.current[firstInvalid]?.focus();
      return;
    }

    inFlight.current = true;
    setSubmitError(null);
    setShortLines(new Set());
    setPhase('creating');
    const submitted = lines;
    try {
      const { data } = await createPayment({
        variables: {
          input: {
            items: submitted.map((line) => ({ productId: line.productId, quantity: line.quantity })),
            customer: toCustomerInput(form),
            // Named only when the shopper had a choice; otherwise the server's default.
            ...(gateways.length > 1 && gateway ? { gateway } : {}),
          },
        },
      });
      if (!data) throw new Error('createPayment returned no data');
      const { order, snapToken, redirectUrl, accessToken } = data.createPayment;
      setChosenGateway(data.createPayment.gateway);
      // Store the token before anything can navigate: every result page needs it, and
      // the gateway's return to /payment/finish carries none.
      saveAccessToken(order.orderId, accessToken);
      dispatch({ type: 'checkedOut', orderId: order.orderId });
      saveCustomer(form);
      setPhase('opening');
      const how = await handOff({ orderId: order.orderId, snapToken: snapToken ?? null, redirectUrl });
      if (how === 'redirect') setPhase('redirecting');
      // Either way the guard stays set: Snap's callbacks or the redirect leave this page.
    } catch (error) {
      inFlight.current = false;
      setPhase('idle');
      const problems = userInputFields(error);
      // The API named cart lines it cannot sell (e.g. stock ran out since the cart
      // page): mark them, in the shopper's language, and point to the cart.
      const shortOf = problems
        .map((problem) => /^items\[(\d+)\]/.exec(problem.field))
        .map((match) => (match ? submitted[Number(match[1])]?.productId : undefined))
        .filter((productId): productId is string => productId !== undefined)
        // OUT_OF_STOCK: the stock went to other shoppers since the cart page.
        .concat(outOfStockProducts(error).filter((productId) => submitted.some((line) => line.productId === productId)));
      if (shortOf.length > 0) {
        setShortLines(new Set(shortOf));
        setSubmitError(t('checkout.fixCart'));
        return;
      }
      // The API named customer fields it rejected: show them where they belong.
      const rejected = problems.map((problem) => customerFieldOf(problem.field)).filter((field): field is CustomerField => field !== null);
      if (rejected.length > 0) {
        setErrors(Object.fromEntries(rejected.map((field) => [field, FIELD_ERROR[field]])));
        setSubmitError(t('checkout.fixErrors'));
        inputs.current[rejected[0]!]?.focus();
        return;
      }
      setSubmitError(messageFor(error));
    }
  }

  if (lines.length === 0) {
    return (
      <section aria-labelledby="checkout-title">
        <h1 id="checkout-title" tabIndex={-1}>
          {t('checkout.title')}
        </h1>
        <EmptyState message={t('checkout.emptyCart')} browseCatalog />
      </section>
    );
  }

  const busy = phase !== 'idle';
  const gatewayName = t(`gateway.${chosenGateway ?? gateway ?? 'MIDTRANS'}`);
  const redirecting = t('checkout.redirecting', { gateway: gatewayName });
  return (
    <section aria-labelledby="checkout-title" className="checkout">
      <h1 id="checkout-title" tabIndex={-1}>
        {t('checkout.title')}
      </h1>

      <CheckoutSummary lines={lines} total={total} soldOut={soldOut} shortLines={shortLines} />

      <form className="panel checkout__form" noValidate onSubmit={(event) => void handlePayment(event)} aria-labelledby="contact-title">
        <h2 id="contact-title">{t('checkout.contact')}</h2>
        {FIELD_ORDER.map((field) => (
          <CustomerFieldInput
            key={field}
            field={field}
            value={form[field]}
            error={touched[field] ? errors[field] : undefined}
            inputRef={(element) => {
              inputs.current[field] = element;
            }}
            onChange={(value) => update(field, value)}
            onBlur={() => blur(field)}
          />
        ))}

        {submitError && (
          <p className="notice notice--error" role="alert" data-testid="checkout-error">
            {submitError}
          </p>
        )}
        {gateway && <GatewayChoice gateways={gateways} value={gateway} onChange={setPicked} disabled={busy} />}
        <p className="field__hint">{t('checkout.secure', { gateway: gatewayName })}</p>
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={busy || soldOut}
          aria-busy={busy || undefined}
          data-testid="pay-button"
        >
          {busy ? (phase === 'redirecting' ? redirecting : t('checkout.paying')) : t('checkout.pay', { amount: formatRupiah(total) })}
        </button>
        <p className="visually-hidden" role="status" aria-live="polite">
          {busy ? (phase === 'redirecting' ? redirecting : t('checkout.paying')) : ''}
        </p>
      </form>
    </section>
  );
}

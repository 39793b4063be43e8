import type { PaymentGateway } from '../gql/graphql';
import { useI18n } from '../i18n/LanguageProvider';

/**
 * The gateways the shop has enabled, as radio buttons. Shown only when there is a
 * choice: with one gateway the shopper has nothing to decide.
 */
export function GatewayChoice({
  gateways,
  value,
  onChange,
  disabled,
}: {
  gateways: readonly PaymentGateway[];
  value: PaymentGateway;
  onChange: (gateway: PaymentGateway) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  if (gateways.length < 2) return null;
  return (
    <fieldset className="field gateway-choice" data-testid="gateway-choice">
      <legend>{t('checkout.gateway')}</legend>
      {gateways.map((gateway) => (
        <label key={gateway} className="gateway-choice__option">
          <input
            type="radio"
            name="gateway"
            value={gateway}
            checked={value === gateway}
            disabled={disabled}
            onChange={() => onChange(gateway)}
          />{' '}
          {t(`gateway.${gateway}`)} <span className="field__hint">{t(`gateway.${gateway}.hint`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import type { OrderStatus } from '../../gql/graphql';
import { useAdminI18n } from '../useAdminI18n';
import type { PaymentGateway } from '../../gql/graphql';
import { GATEWAYS, NO_FILTER, ORDER_STATUSES, paramsFromFilter, rangeIsValid, type OrdersFilter } from './order-filter';

/**
 * Filters apply on submit (Enter or the button), not per keystroke: one request per
 * decision, and the address bar gets one history entry per filter.
 */
export function OrderFilters({ initial, onApply }: { initial: OrdersFilter; onApply: (filter: OrdersFilter) => void }) {
  const { at, t } = useAdminI18n();
  const [filter, setFilter] = useState(initial);
  const [rangeError, setRangeError] = useState(false);
  // The address bar changed by itself (Back, a link): show its filter. Adjusted while
  // rendering rather than by remounting, so the focus stays where the operator was.
  const applied = paramsFromFilter(initial).toString();
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    setFilter(initial);
  }

  const toggle = (status: OrderStatus, on: boolean) =>
    setFilter((current) => ({
      ...current,
      status: on ? ORDER_STATUSES.filter((s) => s === status || current.status.includes(s)) : current.status.filter((s) => s !== status),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!rangeIsValid(filter)) {
      setRangeError(true);
      return;
    }
    setRangeError(false);
    onApply(filter);
  };

  return (
    <form className="panel filters" role="search" aria-label={at('orders.filters')} onSubmit={submit} noValidate>
      <fieldset className="filters__statuses">
        <legend>{at('orders.status')}</legend>
        {ORDER_STATUSES.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              name="status"
              value={status}
              checked={filter.status.includes(status)}
              onChange={(event) => toggle(status, event.target.checked)}
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="filters__row">
        <div className="field">
          <label htmlFor="orders-from">{at('orders.from')}</label>
          <input
            id="orders-from"
            type="date"
            value={filter.from}
            onChange={(event) => setFilter((current) => ({ ...current, from: event.target.value }))}
          />
        </div>
        <div className={`field${rangeError ? ' field--invalid' : ''}`}>
          <label htmlFor="orders-to">{at('orders.to')}</label>
          <input
            id="orders-to"
            type="date"
            value={filter.to}
            aria-invalid={rangeError || undefined}
            aria-describedby={rangeError ? 'orders-range-error' : undefined}
            onChange={(event) => setFilter((current) => ({ ...current, to: event.target.value }))}
          />
          {rangeError && (
            <p id="orders-range-error" className="field__error">
              {at('orders.badRange')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="orders-gateway">{at('orders.gateway')}</label>
          <select
            id="orders-gateway"
            value={filter.gateway ?? ''}
            onChange={(event) => setFilter((current) => ({ ...current, gateway: (event.target.value || null) as PaymentGateway | null }))}
          >
            <option value="">{at('orders.allGateways')}</option>
            {GATEWAYS.map((gateway) => (
              <option key={gateway} value={gateway}>
                {at(`gateway.${gateway}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field filters__search">
          <label htmlFor="orders-search">{at('orders.search')}</label>
          <input
            id="orders-search"
            type="search"
            value={filter.search}
            onChange={(event) => setFilter((current) => ({ ...current, search: event.target.value }))}
          />
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {at('orders.apply')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onApply(NO_FILTER)}>
          {at('orders.clear')}
        </button>
      </div>
    </form>
  );
}

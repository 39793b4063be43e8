import { describe, expect, it } from 'vitest';
import { customerFieldOf, toCustomerInput, validateCustomer, validateField } from './customer-form';

describe('customer form validation', () => {
  it.each([
    ['name', 'Budi Santoso', undefined],
    ['name', ' B ', 'checkout.errorName'],
    ['name', "Siti Nur'aini-Putri", undefined],
    ['name', 'Budi123', 'checkout.errorName'],
    ['name', 'x'.repeat(101), 'checkout.errorName'],
    ['email', 'budi@contoh.id', undefined],
    ['email', 'budi@contoh', 'checkout.errorEmail'],
    ['email', 'budi contoh.id', 'checkout.errorEmail'],
    ['phone', '081234567890', undefined],
    ['phone', '+62 812-3456-7890', undefined],
    ['phone', '6281234567890', undefined],
    ['phone', '0212345678', 'checkout.errorPhone'],
    ['phone', '0812', 'checkout.errorPhone'],
    ['phone', '', 'checkout.errorPhone'],
  ] as const)('%s %j → %s', (field, value, error) => {
    expect(validateField(field, value)).toBe(error);
  });

  it('reports every invalid field', () => {
    expect(Object.keys(validateCustomer({ name: '', email: 'x', phone: '1' }))).toEqual(['name', 'email', 'phone']);
  });

  it("maps the API's field names to form fields", () => {
    expect(customerFieldOf('customer.email')).toBe('email');
    expect(customerFieldOf('items[0].quantity')).toBeNull();
  });

  it('sends trimmed values and a compact phone', () => {
    expect(toCustomerInput({ name: ' Budi ', email: ' b@c.id ', phone: '0812 3456 7890' })).toEqual({
      name: 'Budi',
      email: 'b@c.id',
      phone: '081234567890',
    });
  });
});

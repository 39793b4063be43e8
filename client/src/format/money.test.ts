import { describe, expect, it } from 'vitest';
import { formatCountdown } from './date-time';
import { groupDigits } from './group-digits';
import { formatRupiah } from './money';

describe('formatRupiah', () => {
  it.each([
    [150000, 'Rp 150.000'],
    [0, 'Rp 0'],
    [1250000, 'Rp 1.250.000'],
  ])('%i → %s', (amount, text) => {
    // Intl puts a no-break space after "Rp"; shoppers see an ordinary space.
    expect(formatRupiah(amount).replace(/\u00a0/g, ' ')).toBe(text);
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '00:00'],
    [-5000, '00:00'],
    [65_000, '01:05'],
    [3_600_000 + 61_000, '01:01:01'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('groupDigits', () => {
  it.each([
    ['12345678901', '1234 5678 901'],
    ['990001234567', '9900 0123 4567'],
    ['70012', '70012'],
    ['AB12345678', 'AB12345678'],
  ])('%s → %s', (value, grouped) => {
    expect(groupDigits(value)).toBe(grouped);
  });
});

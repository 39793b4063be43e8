import { describe, expect, it } from 'vitest';
import { format, MESSAGES } from './messages';

describe('messages', () => {
  it('has every Indonesian key in English, and no empty text', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
    for (const messages of Object.values(MESSAGES)) {
      for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[]) {
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.id[key]));
    }
  });

  it('fills placeholders', () => {
    expect(format('Bayar {amount}', { amount: 'Rp 1' })).toBe('Bayar Rp 1');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});

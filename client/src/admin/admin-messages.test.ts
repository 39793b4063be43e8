import { describe, expect, it } from 'vitest';
import { ADMIN_MESSAGES } from './admin-messages';

describe('operator desk messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(ADMIN_MESSAGES.en).sort()).toEqual(Object.keys(ADMIN_MESSAGES.id).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(ADMIN_MESSAGES.id) as (keyof typeof ADMIN_MESSAGES.id)[]) {
      expect(ADMIN_MESSAGES.en[key].trim(), key).not.toBe('');
      expect(placeholders(ADMIN_MESSAGES.en[key]), key).toEqual(placeholders(ADMIN_MESSAGES.id[key]));
    }
  });
});

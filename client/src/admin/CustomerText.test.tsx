import { render } from '@testing-library/react';
import fc from 'fast-check';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { CustomerText } from './CustomerText';
import { visibleParts } from './customer-text';
import { OrdersTable } from './orders/OrdersTable';

const shown = (text: string) => render(<CustomerText text={text} />).container;

describe('CustomerText', () => {
  it('shows the spoofing characters of the issue as labels, so the address reads as it is', () => {
    const bdi = shown('a\u0000b\u202Egnp.exe@x.io').querySelector('bdi')!;
    expect(bdi.textContent).toBe('a⟨U+0000⟩b⟨U+202E⟩gnp.exe@x.io');
    expect(shown('adm\u200Bin\u2066@x.io').textContent).toBe('adm⟨U+200B⟩in⟨U+2066⟩@x.io');
    expect(shown('x\u0085y\u007F').textContent).toBe('x⟨U+0085⟩y⟨U+007F⟩');
  });

  it('cuts a pile of combining marks after four, saying how many it left out', () => {
    expect(shown(`q${'\u0301'.repeat(99)}algo`).textContent).toBe(`q${'\u0301'.repeat(4)}⟨+95⟩algo`);
    expect(shown('Nguyễn Thị Ánh').textContent).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
  });

  it('property: whatever the text, what is drawn as text holds no invisible character and no more than four marks in a row', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        for (const part of visibleParts(text)) {
          if (part.kind !== 'text') continue;
          expect(part.text).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]/u);
          expect(part.text).not.toMatch(/\p{M}{5}/u);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('isolates customer text in the orders table, so it cannot reorder the row around it', () => {
    const row = {
      order: { orderId: 'LNS-1', status: 'PENDING', grossAmount: 1000, refundedAmount: 0, createdAt: '2026-11-26T09:00:00.000Z' },
      customer: { name: 'Budi\u202E', email: 'adm\u200Bin@x.io' },
    } as Parameters<typeof OrdersTable>[0]['rows'][number];
    const { container } = render(
      <LanguageProvider initial="en">
        <MemoryRouter>
          <OrdersTable rows={[row]} />
        </MemoryRouter>
      </LanguageProvider>,
    );
    const isolated = [...container.querySelectorAll('td bdi.customer-text')].map((el) => el.textContent);
    expect(isolated).toEqual(['Budi⟨U+202E⟩', 'adm⟨U+200B⟩in@x.io']);
  });
});

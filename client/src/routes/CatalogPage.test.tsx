import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCart } from '../cart/cart-storage';
import { CatalogPageProducts } from '../catalog/useCatalogProducts';
import { products } from '../test/fixtures';
import { renderApp, text } from '../test/render';

// The catalog reads its products with a plain POST, not Apollo (issue 9's first-load
// budget), so these tests answer at the fetch level instead of through MockedProvider.
const graphQLResponse = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const productsMock = () => Promise.resolve(graphQLResponse({ data: { products } }));

function answerFetch(...answers: (() => Promise<Response>)[]) {
  const fetch = vi.fn((_url: string, _init: RequestInit) => (answers.shift() ?? productsMock)());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CatalogPage', () => {
  it('shows a loading state, then products with rupiah prices and stock', async () => {
    const fetch = answerFetch(productsMock);
    renderApp();
    expect(screen.getByText('Memuat produk…').closest('[role=status]')).toBeInTheDocument();

    const cards = await screen.findAllByTestId('product-card');
    expect(cards).toHaveLength(3);
    expect(text(cards[0]!.textContent)).toContain('Rp 150.000');
    expect(cards[0]).toHaveTextContent('Stok: 12');
    expect(cards[2]).toHaveTextContent('Stok habis');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toMatch(/\/graphql$/);
    expect(JSON.parse(init.body as string)).toEqual({ operationName: 'CatalogPageProducts', query: CatalogPageProducts });
  });

  it('disables out-of-stock products and stops at the stock', async () => {
    const user = userEvent.setup();
    answerFetch(productsMock);
    renderApp();
    const cards = await screen.findAllByTestId('product-card');

    expect(within(cards[2]!).getByRole('button')).toBeDisabled();

    const addBatik = within(cards[1]!).getByRole('button', { name: /Tambah ke keranjang: Batik Tulis/ });
    await user.click(addBatik);
    await user.click(addBatik);
    expect(within(cards[1]!).getByRole('button')).toBeDisabled();
    expect(within(cards[1]!).getByRole('button')).toHaveTextContent('Semua stok sudah di keranjang');
    expect(screen.getByRole('link', { name: 'Keranjang, 2 barang' })).toBeInTheDocument();
    expect(loadCart().lines).toMatchObject([{ productId: 'batik', quantity: 2 }]);
  });

  it('says when the API is down and retries', async () => {
    const user = userEvent.setup();
    answerFetch(() => Promise.reject(new TypeError('Failed to fetch')), productsMock);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat menghubungi server toko');

    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findAllByTestId('product-card')).toHaveLength(3);
  });

  it('has an empty state', async () => {
    answerFetch(() => Promise.resolve(graphQLResponse({ data: { products: [] } })));
    renderApp();
    expect(await screen.findByText('Belum ada produk untuk dijual.')).toBeInTheDocument();
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    answerFetch(productsMock);
    renderApp();
    await screen.findAllByTestId('product-card');
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Catalog');
    expect(screen.getAllByText('In stock: 12')).toHaveLength(1);
    expect(document.documentElement.lang).toBe('en');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadCart } from '../cart/cart-storage';
import { products } from '../test/fixtures';
import { renderApp, text } from '../test/render';
import { CatalogPageProducts } from './CatalogPage';

const productsMock = { request: { query: CatalogPageProducts }, result: { data: { products } } };

describe('CatalogPage', () => {
  it('shows a loading state, then products with rupiah prices and stock', async () => {
    renderApp({ mocks: [productsMock] });
    expect(screen.getByText('Memuat produk…').closest('[role=status]')).toBeInTheDocument();

    const cards = await screen.findAllByTestId('product-card');
    expect(cards).toHaveLength(3);
    expect(text(cards[0]!.textContent)).toContain('Rp 150.000');
    expect(cards[0]).toHaveTextContent('Stok: 12');
    expect(cards[2]).toHaveTextContent('Stok habis');
  });

  it('disables out-of-stock products and stops at the stock', async () => {
    const user = userEvent.setup();
    renderApp({ mocks: [productsMock] });
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
    renderApp({
      mocks: [{ request: { query: CatalogPageProducts }, error: new TypeError('Failed to fetch') }, productsMock],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat menghubungi server toko');

    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findAllByTestId('product-card')).toHaveLength(3);
  });

  it('has an empty state', async () => {
    renderApp({ mocks: [{ request: { query: CatalogPageProducts }, result: { data: { products: [] } } }] });
    expect(await screen.findByText('Belum ada produk untuk dijual.')).toBeInTheDocument();
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    renderApp({ mocks: [productsMock] });
    await screen.findAllByTestId('product-card');
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Catalog');
    expect(screen.getAllByText('In stock: 12')).toHaveLength(1);
    expect(document.documentElement.lang).toBe('en');
  });
});

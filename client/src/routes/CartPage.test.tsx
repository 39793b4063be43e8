import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadCart } from '../cart/cart-storage';
import { cartLine, products, seedCart } from '../test/fixtures';
import { renderApp, text } from '../test/render';
import { CartPageProducts } from './CartPage';

const liveProducts = (overrides: Record<string, number> = {}) => ({
  request: { query: CartPageProducts },
  result: { data: { products: products.map((p) => ({ ...p, stock: overrides[p.id] ?? p.stock })) } },
});

describe('CartPage', () => {
  it('has an empty state that leads back to the catalog', () => {
    renderApp({ route: '/cart' });
    expect(screen.getByText('Keranjang Anda masih kosong.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lihat katalog' })).toHaveAttribute('href', '/');
  });

  it('edits quantities, totals and removes lines (saved in localStorage)', async () => {
    const user = userEvent.setup();
    seedCart([cartLine('kopi', 1), cartLine('batik', 1)]);
    renderApp({ route: '/cart', mocks: [liveProducts()] });

    expect(text(screen.getByTestId('cart-total').textContent)).toBe('Rp 600.000');
    await user.click(screen.getByRole('button', { name: 'Tambah Kopi Gayo 250 g' }));
    expect(text(screen.getByTestId('cart-total').textContent)).toBe('Rp 750.000');

    const quantity = screen.getByLabelText('Jumlah Kopi Gayo 250 g');
    await user.clear(quantity);
    await user.type(quantity, '5');
    expect(quantity).toHaveValue(5);
    expect(text(screen.getByTestId('cart-total').textContent)).toBe('Rp 1.200.000');

    await user.click(screen.getByRole('button', { name: 'Hapus Batik Tulis dari keranjang' }));
    expect(screen.getAllByTestId('cart-line')).toHaveLength(1);
    expect(screen.getByText('Batik Tulis dihapus dari keranjang.')).toBeInTheDocument();
    expect(loadCart().lines).toMatchObject([{ productId: 'kopi', quantity: 5 }]);

    await user.click(screen.getByRole('button', { name: 'Hapus Kopi Gayo 250 g dari keranjang' }));
    expect(screen.getByText('Keranjang Anda masih kosong.')).toBeInTheDocument();
  });

  it('blocks checkout when a product sold out since it was added', async () => {
    seedCart([cartLine('kopi', 2), cartLine('batik', 1)]);
    renderApp({ route: '/cart', mocks: [liveProducts({ batik: 0 })] });

    expect(await screen.findByRole('alert')).toHaveTextContent('Perbaiki keranjang sebelum membayar.');
    const batik = screen.getAllByTestId('cart-line')[1]!;
    expect(within(batik).getByText(/Stok habis/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lanjut ke pembayaran' })).toBeDisabled();
  });

  it('links to checkout when the cart is fine', async () => {
    seedCart([cartLine('kopi', 1)]);
    renderApp({ route: '/cart', mocks: [liveProducts()] });
    expect(await screen.findByRole('link', { name: 'Lanjut ke pembayaran' })).toHaveAttribute('href', '/checkout');
  });
});

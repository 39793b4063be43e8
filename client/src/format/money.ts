// Rupiah have no minor unit in practice: the API sends integers and shoppers read
// "Rp 150.000" (dot thousands separator) whatever language the page is in.
const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

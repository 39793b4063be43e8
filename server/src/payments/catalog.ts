export interface Product {
  id: string;
  name: string;
  /** Integer IDR. */
  price: number;
  stock: number;
  imageUrl?: string;
}

/** Seeded into an empty database on first start. */
export const SEED_CATALOG: readonly Product[] = [
  { id: 'kopi-gayo-250g', name: 'Kopi Arabika Gayo 250 g', price: 85_000, stock: 40 },
  { id: 'teh-tubruk-100g', name: 'Teh Tubruk Jawa 100 g', price: 32_000, stock: 60 },
  { id: 'batik-tulis-pekalongan', name: 'Kain Batik Tulis Pekalongan', price: 450_000, stock: 8 },
  { id: 'sambal-roa-200g', name: 'Sambal Roa Manado 200 g', price: 55_000, stock: 25 },
  { id: 'tas-anyaman-pandan', name: 'Tas Anyaman Pandan', price: 150_000, stock: 12 },
  { id: 'keripik-tempe-150g', name: 'Keripik Tempe Malang 150 g', price: 18_500, stock: 100 },
  { id: 'madu-hutan-sumbawa', name: 'Madu Hutan Sumbawa 500 ml', price: 120_000, stock: 0 },
];

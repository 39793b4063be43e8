// A catalog as a JSON file: an array of { id, name, price, stock, imageUrl? }. Read by
// CATALOG_FILE at start (seeds an empty catalog) and by `npm run catalog -- import`.
// The whole file is checked before anything is written, and every refusal names the
// line (and the field) to fix, so an operator never has to bisect a 20,000-line file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Product } from './payments/catalog.js';

export class CatalogFileError extends Error {
  override name = 'CatalogFileError';
}

const MAX_PRICE = 999_999_999;

const productSchema = z.strictObject({
  id: z.string({ message: 'id must be a string' }).regex(/^[A-Za-z0-9._-]{1,64}$/, 'id must be 1 to 64 characters of A-Z a-z 0-9 . _ -'),
  name: z
    .string({ message: 'name must be a string' })
    .trim()
    .min(1, 'name must not be empty')
    .max(100, 'name must be at most 100 characters'),
  // Money is integer IDR everywhere (Midtrans takes no decimals for IDR: docs/midtrans.md).
  price: z
    .number({ message: 'price must be a number' })
    .int('price must be a whole number of rupiah')
    .min(1, 'price must be at least 1')
    .max(MAX_PRICE, `price must be at most ${MAX_PRICE.toLocaleString('en')}`),
  stock: z.number({ message: 'stock must be a number' }).int('stock must be a whole number').min(0, 'stock must be 0 or more'),
  imageUrl: z
    .string({ message: 'imageUrl must be a string' })
    .max(2048, 'imageUrl must be at most 2048 characters')
    .regex(/^(https?:\/\/|\/)\S+$/, 'imageUrl must be an http(s) URL or a path starting with /')
    .optional(),
});

const catalogSchema = z.array(productSchema, { message: 'the catalog must be a JSON array of products' });

/** Parses and checks a catalog file's text; throws CatalogFileError naming line and field. */
export function parseCatalog(text: string, source = 'catalog'): Product[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CatalogFileError(`${source}: not valid JSON${whereInText(text, error)}: ${(error as Error).message}`);
  }
  const parsed = catalogSchema.safeParse(data);
  const starts = Array.isArray(data) ? elementStarts(text) : [];
  const at = (index: number) => `${source} line ${lineOf(text, starts[index] ?? 0)} (product ${index + 1})`;
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => {
      const [index, field] = issue.path;
      if (typeof index !== 'number') return `${source}: ${issue.message}`;
      if (issue.code === 'unrecognized_keys') return `${at(index)}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return `${at(index)}${field === undefined ? '' : `, "${String(field)}"`}: ${issue.message}`;
    });
    const more = parsed.error.issues.length > 10 ? `\n  … and ${parsed.error.issues.length - 10} more` : '';
    throw new CatalogFileError(`${source} was refused; nothing was imported:\n  ${problems.join('\n  ')}${more}`);
  }
  const firstSeen = new Map<string, number>();
  for (const [index, product] of parsed.data.entries()) {
    const earlier = firstSeen.get(product.id);
    if (earlier !== undefined) {
      throw new CatalogFileError(
        `${source} was refused; nothing was imported:\n  ${at(index)}, "id": "${product.id}" is already used on line ${lineOf(text, starts[earlier] ?? 0)}`,
      );
    }
    firstSeen.set(product.id, index);
  }
  return parsed.data.map(({ imageUrl, ...product }) => (imageUrl ? { ...product, imageUrl } : product));
}

/** Reads and checks a catalog file (CATALOG_FILE, the catalog CLI). */
export function readCatalogFile(path: string): Product[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CatalogFileError(`cannot read the catalog file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseCatalog(text, path);
}

/** V8 reports "… at position N" (Node 20); turned into a line and column when present. */
function whereInText(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(String((error as Error)?.message));
  if (!match) return '';
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  return ` at line ${lineOf(text, offset)}, column ${offset - before.lastIndexOf('\n')}`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Where each element of the top-level array starts in the text. Called only on text
 * JSON.parse accepted, so a scan that skips strings and counts brackets is enough.
 */
function elementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (expectElement && c !== ']') {
      starts.push(i);
      expectElement = false;
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') {
      depth--;
    } else if (c === ',' && depth === 1) {
      expectElement = true;
    }
  }
  return starts;
}

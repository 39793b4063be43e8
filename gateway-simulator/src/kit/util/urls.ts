/** A comma-separated list of URLs (a dashboard field), blanks dropped. */
export const splitUrls = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);

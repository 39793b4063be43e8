import { randomInt, randomUUID } from 'node:crypto';

export const uuid = (): string => randomUUID();

export function digits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

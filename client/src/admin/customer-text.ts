// How the desk shows text a customer typed. The API refuses invisible and reordering
// characters now, but orders stored before that (or imported) may hold them, and the
// desk must not let such a character pass one customer's text off as another's. So each
// one is drawn as its code point (a NUL, U+202E, U+200B… becomes a visible ⟨U+202E⟩),
// and a pile of combining marks is cut after a few, so it cannot smear over other rows.
// The component isolates the whole (<bdi>), so right-to-left text stays inside its box.

/** Same classes the API refuses (server/src/payments/visible-text.ts). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;
const INVISIBLE_MARK = /\u034F|\u17B4|\u17B5|[\u180B-\u180D]|\u180F|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/u;
const MARK = /\p{M}/u;
/** Marks kept on one letter; the API refuses more than this. */
export const MAX_SHOWN_MARKS = 4;

export type TextPart = { kind: 'text'; text: string } | { kind: 'hidden'; label: string } | { kind: 'marks-cut'; count: number };

const label = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Splits text into what can be shown as it is and what must be shown as a label. */
export function visibleParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let marks = 0;
  let cut = 0;
  const flush = () => {
    if (plain) parts.push({ kind: 'text', text: plain });
    plain = '';
  };
  const flushCut = () => {
    if (cut > 0) {
      flush();
      parts.push({ kind: 'marks-cut', count: cut });
    }
    cut = 0;
  };
  for (const char of text) {
    if (INVISIBLE.test(char) || INVISIBLE_MARK.test(char)) {
      flushCut();
      flush();
      parts.push({ kind: 'hidden', label: label(char) });
      marks = 0;
    } else if (MARK.test(char)) {
      if (++marks > MAX_SHOWN_MARKS) cut++;
      else plain += char;
    } else {
      flushCut();
      marks = 0;
      plain += char;
    }
  }
  flushCut();
  flush();
  return parts;
}

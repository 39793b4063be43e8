// What customer text may hold. A name or an email is shown to operators and sent to
// Midtrans; a character that draws nothing, reorders what follows it or stacks
// without limit lets one customer's text pass for another's ("adm\u200Bin", an
// U+202E that flips "gnp.exe" into "exe.png"). Such text is refused, not cleaned:
// a silent fix would store something the shopper never typed.
//
// Refused anywhere: controls (C0, DEL, C1 such as U+0085), format characters (bidi
// embeddings, overrides and isolates, zero-width space/joiners, BOM, soft hyphen),
// line/paragraph separators, private-use, surrogates and unassigned code points,
// and the few letters and marks that render as nothing (Hangul fillers, Braille
// blank, combining grapheme joiner, variation selectors, Mongolian free variation
// selectors, Khmer inherent vowels).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;
// Marks that draw nothing, kept out of the class above: a mark inside a character class
// reads as combined with its neighbour.
const INVISIBLE_MARK = /\u034F|\u17B4|\u17B5|[\u180B-\u180D]|\u180F|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/u;

/** More combining marks than this on one letter is no writing system's need, only a smear over the next rows. */
export const MAX_MARKS_PER_LETTER = 4;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1},}`, 'u');

/** "U+202E" for a code point, so a message can name what it refused. */
export const codePointLabel = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character that would draw nothing or reorder the text, or undefined. */
export function firstInvisible(text: string): string | undefined {
  const found = [INVISIBLE.exec(text), INVISIBLE_MARK.exec(text)].filter((match) => match !== null);
  return found.sort((a, b) => a.index - b.index)[0]?.[0];
}

export function hasMarkPileUp(text: string): boolean {
  return MARK_RUN.test(text);
}

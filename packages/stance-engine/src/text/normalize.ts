// Folds text to a matching form (Arabic orthographic variants, case, digits, punctuation)
// while recording, for every kept character, where it came from in the original, so that
// offsets found on the folded text map back to exact UTF-16 offsets of the input.

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** toOriginal[i] = UTF-16 offset in the original of folded char i; toOriginal[text.length] = original length. */
  toOriginal: Int32Array;
}

const DROP = 0xffff;

// The folded code units become a string in one native call (chunked String.fromCharCode joined
// with += costs about three times as much). A Uint16Array holds them in the platform's byte
// order; the output never holds a BOM or a surrogate (both are folded away), so nothing is
// replaced.
const UTF16 = new TextDecoder(new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be', {
  ignoreBOM: true,
});
let foldTable: Uint16Array | undefined;

function isArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 || // tatweel
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

const ARABIC_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  گ: 'ك',
  ہ: 'ه',
  ۀ: 'ه',
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '٫': ',',
  '٬': ',',
  '۔': '.',
  // Quotes become spaces so that quoted words inside a phrase ("تحقيق "شامل"") still match.
  '"': ' ',
  '«': ' ',
  '»': ' ',
  '“': ' ',
  '”': ' ',
  '„': ' ',
  '″': ' ',
  '‹': ' ',
  '›': ' ',
  '‘': "'",
  '’': "'",
  '`': "'",
  '´': "'",
  ʼ: "'",
  '–': ',',
  '—': ',',
  '‐': ' ',
  '‑': ' ',
  '-': ' ',
  _: ' ',
  '\t': ' ',
  '\r': ' ',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\f': '\n',
  '\v': '\n',
};

// Built rule by rule, the weakest first, each rule overwriting the ones before it: one
// string and one lookup per code unit (65,536 of them) cost a tenth of the CLI's start-up.
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0x80; code < 0x600; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) table[code] = lower.charCodeAt(0);
  }
  for (let code = 0xc0; code <= 0x24f; code++) {
    // Latin letters with accents lose them (Erdoğan → erdogan).
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
    table[code] = base.length === 1 ? base.charCodeAt(0) : code;
  }
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 32;
  for (let code = 0x0660; code <= 0x0669; code++) table[code] = 0x30 + (code - 0x0660);
  for (let code = 0x06f0; code <= 0x06f9; code++) table[code] = 0x30 + (code - 0x06f0);
  for (const [ch, mapped] of Object.entries(ARABIC_FOLDS)) {
    if (ch.length === 1) table[ch.charCodeAt(0)] = mapped.charCodeAt(0);
  }
  // Halves of astral characters (emoji) become spaces: one folded char per UTF-16 unit.
  table.fill(0x20, 0xd800, 0xe000);
  for (let code = 0; code < 0x10000; code++) if (isArabicMark(code)) table[code] = DROP;
  // A hashtag's mark: "وقف تدخلات #إيران" names Iran as the plain word would.
  table[0x23] = DROP;
  return table;
}

function getFoldTable(): Uint16Array {
  foldTable ??= buildFoldTable();
  return foldTable;
}

// Scratch buffers for foldString: codebook compile and lexicon set-up fold some 20,000 short
// strings at start-up, and two typed arrays allocated per string cost several times the folding.
let scratchText = new Uint16Array(256);
let scratchOriginal = new Int32Array(257);

/** Folds one string for dictionary building (same rules as normalizeText, no offsets). */
export function foldString(input: string): string {
  if (input.length >= scratchText.length) {
    scratchText = new Uint16Array(input.length + 1);
    scratchOriginal = new Int32Array(input.length + 1);
  }
  const len = foldInto(input, scratchText, scratchOriginal);
  return UTF16.decode(scratchText.subarray(0, len)).trim();
}

export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  const out = new Uint16Array(n);
  const toOriginal = new Int32Array(n + 1);
  const len = foldInto(input, out, toOriginal);
  return { text: UTF16.decode(out.subarray(0, len)), toOriginal: toOriginal.subarray(0, len + 1) };
}

/** Writes the folded code units of input to out and their origins to toOriginal; returns how many. */
function foldInto(input: string, out: Uint16Array, toOriginal: Int32Array): number {
  const table = getFoldTable();
  const n = input.length;
  let len = 0;
  let prevSpace = true; // drops leading spaces and collapses runs
  for (let i = 0; i < n; i++) {
    const folded = table[input.charCodeAt(i)]!;
    if (folded === DROP) continue;
    if (folded === 0x20) {
      if (prevSpace) continue;
      prevSpace = true;
    } else if (folded === 0x0a) {
      // A newline absorbs a space written just before it.
      if (len > 0 && out[len - 1] === 0x20) len--;
      prevSpace = true;
    } else {
      prevSpace = false;
    }
    out[len] = folded;
    toOriginal[len] = i;
    len++;
  }
  toOriginal[len] = n;
  return len;
}

/** Maps a folded span [start, end) to the original text's UTF-16 span. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.toOriginal[start]!;
  // end is exclusive: take the original position just after the last kept char.
  const e = end > start ? norm.toOriginal[end - 1]! + 1 : s;
  return [s, e];
}

export function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

/** Letters and digits of any script we handle count as word characters. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0xdf && code <= 0x24f && code !== 0xf7 && code !== 0xd7) ||
    (code >= 0x0370 && code <= 0x052f)
  );
}

/** Kinds of marked text on the evidence page, innermost last. */
export type MarkKind = 'evidence' | 'selected' | 'actor' | 'topic';

export interface TextMark {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  kind: MarkKind;
}

export interface TextSegment {
  text: string;
  start: number;
  /** The marks covering this segment (possibly none), in the order they were given. */
  kinds: MarkKind[];
}

/**
 * Cuts text into runs where the set of covering marks is constant, so overlapping marks (an
 * actor name inside an evidence span) render as nested styles without touching HTML.
 * Marks outside the text are clipped; empty ones are ignored.
 */
export function segmentText(text: string, marks: readonly TextMark[]): TextSegment[] {
  const clipped = marks
    .map((m) => ({ ...m, start: clamp(m.start, 0, text.length), end: clamp(m.end, 0, text.length) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kinds = clipped.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind);
    segments.push({ text: text.slice(start, end), start, kinds: [...new Set(kinds)] });
  }
  return segments;
}

/**
 * Where any of the phrases occurs inside text[from, to): the observation stores only the
 * evidence span, so the actor and topic phrase are found again inside it by their codebook
 * surface forms. Matching ignores Latin case and Arabic diacritics/tatweel (which keep offsets
 * only because they are matched, not removed).
 */
export function findPhrases(
  text: string,
  phrases: readonly string[],
  from: number,
  to: number,
  kind: MarkKind,
): TextMark[] {
  const marks: TextMark[] = [];
  const span = text.slice(from, to);
  for (const phrase of [...new Set(phrases)].filter((p) => p.trim().length > 1)) {
    const pattern = new RegExp(phrasePattern(phrase), 'giu');
    for (const match of span.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      marks.push({ start: from + match.index, end: from + match.index + match[0].length, kind });
    }
  }
  return dropContained(marks);
}

const ARABIC_MARKS = '[\\u064B-\\u0652\\u0640]*';
const ALEF_FORMS: Record<string, string> = {
  ا: '[اأإآ]',
  أ: '[اأإآ]',
  إ: '[اأإآ]',
  آ: '[اأإآ]',
  ى: '[ىي]',
  ي: '[يى]',
  ة: '[ةه]',
  ه: '[هة]',
};

function phrasePattern(phrase: string): string {
  const chars = [...phrase.replace(/[\u064B-\u0652\u0640]/g, '')];
  return chars
    .map((c) =>
      /\s/.test(c) ? '\\s+' : (ALEF_FORMS[c] ?? escapeRegExp(c)) + (isArabic(c) ? ARABIC_MARKS : ''),
    )
    .join('');
}

function isArabic(c: string): boolean {
  return c >= '\u0600' && c <= '\u06FF';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keeps the longest of overlapping matches ("Iraqi government" over "government"). */
function dropContained(marks: TextMark[]): TextMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMark[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/**
 * The sentence around [start, end): evidence spans are often just the clause with the stance
 * cue, while the actor is named earlier in the sentence.
 */
export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  const stops = /[.!?؟\n۔]/;
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !stops.test(text[from - 1]!)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !stops.test(text[to]!)) to++;
  return { start: from, end: Math.min(text.length, to + 1) };
}

// Round "speed" (output unchanged): memoByForm (src/text/memo.ts) keeps its forms in an
// open-addressing table instead of a Map. These tests check that the table answers as the
// function it memoises: for fresh strings equal to stored ones, across growth, past its limit
// (where it starts again), and for values that are null or shared. Words from corpus/news-ar.jsonl.
import { memoByForm } from '../src/text/memo.js';
import { normalizeText } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';

const SENTENCE =
  'وشدد الأمين العام للأمم المتحدة، ديسمبر الماضي، أن إيران تتحدى دعوة المنظمة الدولية لوقف تطوير الصواريخ الباليستية.';

/** A memo over `compute` that also counts how often compute ran. */
function counted<T extends NonNullable<unknown> | null>(compute: (form: string) => T, limit?: number) {
  const calls: string[] = [];
  const memo = memoByForm((form) => {
    calls.push(form);
    return compute(form);
  }, limit);
  return { memo, calls };
}

describe('memoByForm (speed)', () => {
  it('computes each form once, also when it comes back as a fresh string of a new story', () => {
    const { memo, calls } = counted((w) => w.length);
    const first = tokenize(normalizeText(SENTENCE).text).text;
    const again = tokenize(normalizeText(`${SENTENCE} ${SENTENCE}`).text).text;
    for (const w of first) expect(memo(w)).toBe(w.length);
    const distinct = new Set(first).size;
    expect(calls).toHaveLength(distinct);
    for (const w of again) expect(memo(w)).toBe(w.length);
    expect(calls).toHaveLength(distinct);
  });

  it('tells apart forms that differ in one letter or in length, and the empty form', () => {
    const { memo } = counted((w) => `<${w}>`);
    for (const w of ['قال', 'قالت', 'قا', 'مال', '', 'ال', 'u.s', 'U.S']) expect(memo(w)).toBe(`<${w}>`);
    for (const w of ['قالت', '', 'قال', 'U.S', 'u.s']) expect(memo(w)).toBe(`<${w}>`);
  });

  it('stores null readings and hands back the same object for a form read before', () => {
    const plain = { plain: true };
    const { memo, calls } = counted((w) => (w.startsWith('ال') ? null : w === 'إيران' ? plain : { w }));
    expect(memo('الماضي')).toBeNull();
    expect(memo('الماضي')).toBeNull();
    expect(memo('إيران')).toBe(plain);
    const reading = memo('دعوة');
    expect(memo('دعوة')).toBe(reading);
    expect(calls).toEqual(['الماضي', 'إيران', 'دعوة']);
  });

  it('keeps every form across many growths of its table', () => {
    const { memo, calls } = counted((w) => w.length * 7);
    const forms = Array.from({ length: 20_000 }, (_, i) => `كلمة${i}`);
    for (const w of forms) memo(w);
    for (const w of forms) expect(memo(`${w}`)).toBe(w.length * 7);
    expect(calls).toHaveLength(forms.length);
  });

  it('starts again once it holds `limit` forms, still answering as compute does', () => {
    const { memo, calls } = counted((w) => w.toUpperCase(), 3);
    for (const w of ['a', 'b', 'c']) memo(w);
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(memo('d')).toBe('D'); // full: the table is dropped, then d is stored
    expect(memo('d')).toBe('D');
    expect(memo('a')).toBe('A'); // dropped with the rest: computed again
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});

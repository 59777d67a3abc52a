// Round "speed" (output unchanged): memoByForm (src/text/memo.ts) keeps its forms in an
// open-addressing table instead of a Map. These tests check that the table answers as the
// function it memoises: for fresh strings equal to stored ones, across growth, past its limit
// (where it starts again), and for values that are null or shared. Words from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { memoByForm } from '../src/text/memo.js';
import { normalizeText } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';
import { actorsNamedIn, triplesWith } from './helpers.js';

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

// Round "speed" of session 24 (output unchanged): rare branches of large functions moved where the
// optimising compiler sees them run, so that it compiles those functions once — the search for
// "مصدر"/"المصدر" (source-anaphors.ts), the aim of a strike by a direction word (governed-target.ts
// `aimedBy`), the article of a bare head (bare-heads.ts `definiteForm`) and the word after a
// source phrase at a story's last token (holders.ts). These check the readings those branches
// give. Sentences from corpus/news-ar.jsonl (joined into stories as written there).
describe('rare branches moved out of large functions (speed, session 24)', () => {
  const ar = actorsNamedIn('ar');
  const asTarget = (id: string, label: string) => ({
    id: `${id}-as-target`,
    actor: id,
    label: { ar: label },
    pro: {},
    anti: {},
  });
  const CODEBOOK: Codebook = {
    version: 1,
    name: 'speed-unit-tests',
    actors: [
      ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
      ar('syrian-government', 'government', ['النظام السوري']),
      ar('iran', 'country', ['إيران']),
      ar('israel', 'country', ['إسرائيل']),
      ar('usa', 'country', ['الولايات المتحدة']),
      ar('assad', 'person', ['بشار الأسد']),
      ar('communists', 'party', ['الحزب الشيوعي']),
    ],
    topics: [
      asTarget('syrian-government', 'النظام السوري'),
      asTarget('israel', 'إسرائيل'),
      asTarget('assad', 'بشار الأسد'),
    ],
  };
  const triplesAr = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });
  const announced =
    'أعلن مصدر مسؤول بوزارة الخارجية السعودية، تأييد المملكة للعمليات العسكرية التي قامت بها الولايات المتحدة وبريطانيا وفرنسا، على أهداف عسكرية في سوريا، فجر السبت.\n';
  const blamed =
    'وحمل المصدر النظام السوري مسؤولية تعرض سوريا لهذه العمليات العسكرية "في ظل تقاعس المجتمع الدولي عن اتخاذ الإجراءات الصارمة ضد النظام السوري".';

  it('"المصدر" after "مصدر مسؤول بوزارة الخارجية السعودية" is Saudi Arabia, story after story', () => {
    // Stories without the word, with it, and again without it: the search starts afresh each time.
    expect(triplesAr('وأدان الحزب الشيوعي بشار الأسد.')).toContain('communists/assad-as-target/oppose');
    expect(triplesAr(announced + blamed)).toContain('saudi-arabia/syrian-government-as-target/oppose');
    expect(triplesAr(blamed)).toEqual([]);
    expect(triplesAr(announced + blamed)).toContain('saudi-arabia/syrian-government-as-target/oppose');
  });

  it('an anonymous "مصدر أمني" in between speaks for no one and ends the chain', () => {
    const security = 'وقال مصدر أمني إن قوات الجيش تصدت للهجوم الذي نفذه أربعة مسلحين على مقر الكتيبة.\n';
    expect(triplesAr(announced + security + blamed)).not.toContain(
      'saudi-arabia/syrian-government-as-target/oppose',
    );
  });

  it('"أطلقت 32 صاروخا باتجاه إسرائيل": a direction aims the launch of a finite verb', () => {
    expect(
      triplesAr(
        'وأضاف أن القوات الإيرانية الموجودة في سوريا أطلقت 32 صاروخا باتجاه إسرائيل، مؤكدا إسقاط 4 منها بواسطة القبة الحديدية، فيما سقطت بقية الصواريخ على الأراضي السورية.',
      ),
    ).toContain('iran/israel-as-target/oppose');
  });

  it('near miss: a direction after a word that is no strike aims nothing ("باتجاه اعتماد موقف")', () => {
    expect(
      triplesAr(
        'ويرى مراقبون أن السعودية ستدفع خلال أعمال القمة باتجاه اعتماد موقف أكثر حزما ضد إيران.',
      ).filter((s) => s.startsWith('saudi-arabia/israel')),
    ).toEqual([]);
  });

  it('a bare head takes the body named in full with it, not a body never named', () => {
    expect(triplesAr('والحزب الشيوعي قاطع الانتخابات. وأدان الحزب بشار الأسد.')).toContain(
      'communists/assad-as-target/oppose',
    );
    expect(triplesAr('وأدان الحزب بشار الأسد.')).toEqual([]);
  });

  it('a source phrase as a story\'s last word ("… وفقا") names no source and reads nothing', () => {
    expect(triplesAr('وأدان الحزب الشيوعي بشار الأسد، وفقا')).toContain('communists/assad-as-target/oppose');
    expect(triplesAr('وفقا')).toEqual([]);
  });
});

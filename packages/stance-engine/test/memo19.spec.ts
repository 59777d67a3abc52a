// Round "memo19" (speed, output unchanged): the engine reads an Arabic form's cue through one
// memoised reading (lookupArabicCue in extract/cues.ts, the cue of readArabicForm), not through a
// second memo of the lexicon's analyzeArabicToken.
// Sentences from corpus/news-ar.jsonl.
import { lookupArabicCue } from '../src/extract/cues.js';
import { analyzeArabicToken } from '../src/lexicon/arabic-cues.js';
import { normalizeText } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';

const SENTENCES = [
  'وشدد الأمين العام للأمم المتحدة، ديسمبر الماضي، أن إيران تتحدى دعوة المنظمة الدولية لوقف تطوير الصواريخ الباليستية.',
  'ورفضت قطر المطالب، قائلة إنها لن توافق على إجراءات تهدد سيادتها.',
];

describe('one memoised reading per Arabic form (memo19)', () => {
  const tokens = SENTENCES.map((s) => tokenize(normalizeText(s).text));

  it('reads every token, words and marks alike, as the lexicon analyses it', () => {
    for (const t of tokens) for (const w of t.text) expect(lookupArabicCue(w)).toEqual(analyzeArabicToken(w));
  });

  it('hands back the same reading for a form read before', () => {
    for (const w of tokens[0]!.text) expect(lookupArabicCue(w)).toBe(lookupArabicCue(w));
  });

  it('finds the cues of the sentences and none on plain words or marks', () => {
    const cue = (w: string) => lookupArabicCue(w)?.cue;
    expect(cue('تتحدي')).toMatchObject({ lemma: 'تحدى', polarity: -1 });
    expect(cue('ورفضت')).toMatchObject({ lemma: 'رفض', polarity: -1 });
    expect(cue('ديسمبر')).toBeUndefined();
    expect(cue('،')).toBeUndefined();
    expect(cue('.')).toBeUndefined();
  });
});

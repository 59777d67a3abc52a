import { analyzeArabicToken, parseLexiconLines } from './arabic-cues.js';
import { lookupEnglishCue } from './english-cues.js';
import { foldString } from '../text/normalize.js';

const ar = (w: string) => analyzeArabicToken(foldString(w));

describe('Arabic cue lexicon', () => {
  it('recognises verbs in several persons and tenses, with clitics', () => {
    for (const w of ['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'يرفضون', 'ورفضت', 'فيرفضون']) {
      expect(ar(w)?.cue).toMatchObject({ kind: 'stance', polarity: -1 });
    }
    for (const w of [
      'طالب',
      'تطالب',
      'يطالبون',
      'مطالبة',
      'دعت',
      'يدعو',
      'أيد',
      'يؤيدون',
      'تأييد',
      'بتأييد',
    ]) {
      expect(ar(w)?.cue).toMatchObject({ kind: 'stance', polarity: 1 });
    }
  });

  it('reads "بحث" (discussed) as no cue, while urging keeps its forms', () => {
    // "بحث الرئيس الأمريكي … الاتفاق النووي" (corpus/news-ar.jsonl) is a talk, not a call for it.
    expect(ar('بحث')).toBeUndefined();
    expect(ar('وبحث')).toBeUndefined();
    for (const w of ['حث', 'حثت', 'لحث']) expect(ar(w)?.cue).toMatchObject({ polarity: 1 });
  });

  it('peels attached object pronouns and reports them', () => {
    expect(ar('ترفضه')).toMatchObject({ objectPronoun: true, cue: { polarity: -1 } });
    expect(ar('رفضها')?.cue.polarity).toBe(-1);
  });

  it('knows negators, speech verbs and complementizers', () => {
    expect(ar('لن')?.cue.kind).toBe('negation');
    expect(ar('ألا')?.cue.kind).toBe('negation');
    expect(ar('وقال')?.cue.kind).toBe('speech');
    expect(ar('مؤكدا')?.cue.kind).toBe('speech');
    expect(ar('بأن')?.cue.kind).toBe('complementizer');
  });

  it('does not read ordinary words as cues', () => {
    for (const w of ['الحكومة', 'مدينة', 'اضافي', 'العراق']) expect(ar(w)).toBeUndefined();
  });
});

describe('Arabic lexicon lines', () => {
  it('splits a block into fields and rejects a line with the wrong number of them', () => {
    expect(parseLexiconLines('\nرفض|يرفض|رفض|رافض|-|0.9\n', 'T', 6, 6)).toEqual([
      ['رفض', 'يرفض', 'رفض', 'رافض', '-', '0.9'],
    ]);
    expect(() => parseLexiconLines('رفض|يرفض|رفض|رافض|-|0.9\n<<<<<<< HEAD\n', 'T', 6, 6)).toThrow(
      /T: "<<<<<<< HEAD" has 1 fields/,
    );
  });
});

describe('English cue lexicon', () => {
  it('inflects verbs and needs particles where the sense depends on them', () => {
    expect(lookupEnglishCue('rejected', 'the')?.polarity).toBe(-1);
    expect(lookupEnglishCue('backing', 'the')?.polarity).toBe(1);
    expect(lookupEnglishCue('called', 'for')).toMatchObject({ kind: 'stance', polarity: 1 });
    expect(lookupEnglishCue('called', 'him')?.kind).toBe('describe');
    expect(lookupEnglishCue('warned', 'against')?.polarity).toBe(-1);
    expect(lookupEnglishCue('banned', 'the')?.polarity).toBe(-1);
  });

  it('keeps the participle an entry gives after its irregular past (retake/retook/retaken)', () => {
    for (const w of ['retook', 'retaken', 'retaking'])
      expect(lookupEnglishCue(w, 'the')).toMatchObject({ kind: 'stance', polarity: -1, lemma: 'retake' });
  });

  it('knows the rebukes, insults and praise of political reporting', () => {
    expect(lookupEnglishCue('chided', 'the')?.polarity).toBe(-1);
    expect(lookupEnglishCue('lashed', 'out')?.polarity).toBe(-1);
    expect(lookupEnglishCue('lashed', 'the')).toBeUndefined();
    expect(lookupEnglishCue('critical', 'of')?.polarity).toBe(-1);
    // "critical" alone is no stance: "a critical moment".
    expect(lookupEnglishCue('critical', 'moment')).toBeUndefined();
    expect(lookupEnglishCue('disgrace', 'to')).toMatchObject({ kind: 'evaluative', polarity: -1 });
    expect(lookupEnglishCue('appreciates', 'the')?.polarity).toBe(1);
  });
});

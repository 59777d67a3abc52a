// Arabic stance verbs reviewed from the UD-PETRARCH Arabic CAMEO verb dictionary (round
// "arcameo"): helping and funding (ساعد، موّل، ناصر)، breaking away from (انشق عن)، foiling
// (أحبط)، complaining (اشتكى، شكا; with ضد: one position)، defying (تحدى)، refuting (دحض)، and
// homographs kept out (مول، التحدي، نبذة).
// Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { lookupArabicCue } from '../src/extract/cues.js';
import { foldString } from '../src/text/normalize.js';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arcameo-unit-tests',
  actors: [
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('syria', 'government', ['الحكومة السورية', 'دمشق', 'النظام السوري']),
    ar('uk', 'country', ['بريطانيا']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('saudi', 'country', ['السعودية', 'السعوديين']),
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('uae', 'country', ['الإمارات']),
    ar('qatar', 'country', ['قطر']),
    ar('abul-futuh', 'person', ['أبو الفتوح']),
    ar('brotherhood', 'party', ['جماعة الإخوان المسلمين', 'الإخوان']),
  ],
  topics: [
    ...targetTopics(['russia', 'syria', 'uk', 'iran', 'saudi', 'qatar', 'brotherhood'], ['ar']),
    {
      id: 'missile-program',
      label: { ar: 'البرنامج الصاروخي' },
      pro: { ar: ['تطوير الصواريخ الباليستية'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });

describe('helping, funding and backing (arcameo)', () => {
  it('"روسيا تساعد الحكومة السورية": helping someone supports him', () => {
    expect(
      triples(
        'وأضاف لافروف في اجتماع لوزراء خارجية روسيا وتركيا وإيران في موسكو إن روسيا تساعد الحكومة السورية في القضاء على الإرهاب.',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it('"ساعدت روسيا قوات الحكومة السورية": the past tense too', () => {
    expect(
      triples(
        'وقال ضابط سابق في فاغنر لم يكشف عن اسمه، إنه عندما ساعدت روسيا قوات الحكومة السورية في استعادة السيطرة على مدينة تدمر من أيدي تنظيم الدولة الإسلامية، كانت المهام الأولى موكلة لرجال فاغنر.',
      ),
    ).toContain('russia/syria-as-target/support');
  });
});

describe('breaking away, foiling, complaining, defying (arcameo)', () => {
  it('"انشقاقه عن الإخوان": عن names what one breaks away from', () => {
    expect(
      triples(
        'ووصفت الداخلية أبو الفتوح بـ"القيادي الإخواني"، على الرغم من انشقاقه عن الإخوان ودعمه التظاهرات الحاشدة في 20 حزيران/يونيو.',
      ),
    ).toContain('abul-futuh/brotherhood-as-target/oppose');
  });

  it('"أحبطت الولايات المتحدة محاولة اغتيال السفير السعودي": foiling an attack on X sides with X', () => {
    const got = triples(
      'وفي عام 2011، أحبطت الولايات المتحدة محاولة اغتيال السفير السعودي، وثبت تورط النظام الإيراني في تلك المحاولة.',
    );
    expect(got).toContain('usa/saudi-as-target/support');
    expect(got).not.toContain('usa/saudi-as-target/oppose');
  });

  it('"اشتكت الإمارات رسميا ضد قطر": against after a complaint is one position against Qatar', () => {
    const got = triples(
      'اشتكت الإمارات الاثنين رسميا ضد قطر لدى المنظمة الدولية للطيران المدني، فيما يتعلق باعتراض مقاتلات قطرية لطائرات مدنية إماراتية.',
    );
    expect(got).toContain('uae/qatar-as-target/oppose');
    expect(got).not.toContain('uae/qatar-as-target/support');
  });

  it('"تتحدى دعوة … لوقف تطوير الصواريخ": defying a call to stop is backing what it would stop', () => {
    expect(
      triples(
        'وشدد الأمين العام للأمم المتحدة، ديسمبر الماضي، أن إيران تتحدى دعوة المنظمة الدولية لوقف تطوير الصواريخ الباليستية.',
      ),
    ).toContain('iran/missile-program/support');
  });
});

describe('inflected forms and homographs (arcameo)', () => {
  const cue = (w: string) => lookupArabicCue(foldString(w))?.cue;

  it('reads persons, clitics and attached pronouns of the new verbs', () => {
    expect(cue('ومولها')).toMatchObject({ lemma: 'مول', polarity: 1 });
    expect(cue('تمول')).toMatchObject({ lemma: 'مول', polarity: 1 });
    expect(cue('يرشقونها')).toMatchObject({ lemma: 'رشق', polarity: -1 });
    expect(cue('اعتدت')).toMatchObject({ lemma: 'اعتدى', polarity: -1 });
    expect(cue('وتشكو')).toMatchObject({ lemma: 'شكا', polarity: -1 });
    expect(cue('انشقاقهم')).toMatchObject({ lemma: 'انشق', polarity: -1 });
    expect(cue('سيشجع')).toMatchObject({ lemma: 'شجع', polarity: 1 });
    expect(cue('ويناصر')).toMatchObject({ lemma: 'يناصر', polarity: 1 });
    expect(cue('تدحض')).toMatchObject({ lemma: 'دحض', polarity: -1 });
    expect(cue('وينبذ')).toMatchObject({ lemma: 'نبذ', polarity: -1 });
    expect(cue('أحبطت')).toMatchObject({ lemma: 'أحبط', polarity: -1 });
  });

  it('leaves the mall, the challenge and a profile alone', () => {
    expect(cue('مول')).toBeUndefined();
    expect(cue('التحدي')).toBeUndefined();
    expect(cue('تحديا')).toBeUndefined();
    expect(cue('نبذة')).toBeUndefined();
  });
});

// Arabic readings added in round "arcons2": a nationality adjective on a noun of a state's act
// ("التدخل التركي", "الوجود الإيراني") is the target of the predicate that judges the act; a member
// who asserts his body's stance noun ("أكد ظريف التزام إيران بالاتفاق") holds it too. Sentences
// are those of corpus/news-ar.jsonl (some shortened) or written to show the construction, with
// near misses where the readings stay silent.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arcons2-ar',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('zarif', 'person', ['محمد جواد ظريف', 'ظريف'], { memberOf: ['iran'] }),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('syria', 'government', ['الحكومة السورية']),
    ar('muallem', 'person', ['وليد المعلم', 'المعلم'], { memberOf: ['syria'] }),
    ar('iraq', 'government', ['الحكومة العراقية', 'بغداد']),
    ar('abadi', 'person', ['حيدر العبادي', 'العبادي'], { memberOf: ['iraq'] }),
    ar('france', 'country', ['فرنسا']),
    ar('macron', 'person', ['إيمانويل ماكرون', 'ماكرون'], { memberOf: ['france'] }),
  ],
  topics: [
    ...targetTopics(['iran', 'turkey', 'usa'], ['ar']),
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي مع إيران' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-10' });

describe('a nationality adjective on a state act, judged by a predicate', () => {
  it('"التدخل التركي في الشأن العراقي مرفوض" reads as "تدخل تركيا … مرفوض" does', () => {
    expect(t('وقال العبادي إن التدخل التركي في الشأن العراقي مرفوض.')).toContain(
      'abadi/turkey-as-target/oppose',
    );
    expect(t('وقال العبادي إن تدخل تركيا في الشأن العراقي مرفوض.')).toContain(
      'abadi/turkey-as-target/oppose',
    );
  });

  it('"الوجود العسكري الأميركي وغيره غير شرعي": past another adjective, negated evaluative', () => {
    const got = t(
      'وكانت روسيا قد جادلت بالقول إن قواتها انتشرت بناء على دعوة من الحكومة السورية، في حين أن الوجود العسكري الأميركي وغيره غير شرعي.',
    );
    expect(got).toContain('russia/usa-as-target/oppose');
  });

  it('"الوجود الإيراني في سوريا شرعي": a positive predicate supports', () => {
    const got = t('قال وزير الخارجية السوري، وليد المعلم، السبت، إن الوجود الإيراني في سوريا شرعي.');
    expect(got).toContain('muallem/iran-as-target/support');
    expect(got).not.toContain('muallem/iran-as-target/oppose');
  });

  it('"ترى روسيا في هذا الوجود الإيراني تهديدا" (opinion verb)', () => {
    expect(t('وترى روسيا في هذا الوجود الإيراني تهديدا ينبغي التعامل معه.')).toContain(
      'russia/iran-as-target/oppose',
    );
  });

  it('near miss: an adjective on a place noun is no state act', () => {
    expect(t('وقال العبادي إن الشعب التركي في العراق مرحب به وإن المدن التركية جميلة.')).not.toContain(
      'abadi/turkey-as-target/support',
    );
  });
});

describe('an object held to be a violation or a threat', () => {
  it('"اعتبرت الحكومة العراقية تدخل تركيا انتهاكا": an accusative stance noun as predicate', () => {
    expect(t('واعتبرت الحكومة العراقية تدخل تركيا انتهاكا للسيادة.')).toContain(
      'iraq/turkey-as-target/oppose',
    );
  });

  it('"واعتبر العبادي القصف التركي عدوانا"', () => {
    expect(t('واعتبر العبادي القصف التركي عدوانا.')).toContain('abadi/turkey-as-target/oppose');
  });

  it('near miss: "امتدادا لـ" places the object, it takes no side', () => {
    const got = t('وتعتبر أنقرة الولايات المتحدة امتدادا لقوى تدعم المتمردين.');
    expect(got).not.toContain('turkey/usa-as-target/support');
  });
});

describe("a member asserting his body's stance noun", () => {
  it('"أكد ظريف التزام إيران بالاتفاق النووي": the body and its member', () => {
    const got = t('وأكد ظريف التزام إيران بالاتفاق النووي.');
    expect(got).toContain('iran/nuclear-deal/support');
    expect(got).toContain('zarif/nuclear-deal/support');
  });

  it('"أكد … على التزام …"', () => {
    expect(t('وأكد ظريف على التزام إيران بالاتفاق النووي.')).toContain('zarif/nuclear-deal/support');
  });

  it('near miss: a speaker of another body reports, he does not hold it', () => {
    const got = t('وأكد ماكرون التزام إيران بالاتفاق النووي.');
    expect(got).toContain('iran/nuclear-deal/support');
    expect(got).not.toContain('macron/nuclear-deal/support');
  });
});

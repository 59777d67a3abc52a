// Arabic lexicon breadth (round "arlex"): predicate adjectives of acceptance and justification
// ("… غير مقبولة", "… مبرر"), justifying a course (تبرير), a situation that requires one
// (يتطلب، يستوجب), and allowing, mostly negated ("لن نسمح لإيران بـ…"). Sentences are those of
// corpus/news-ar.jsonl, with near misses showing where the readings stay silent.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arlex-ar',
  actors: [
    ar('egypt', 'country', ['مصر']),
    ar('netanyahu', 'person', ['نتانياهو', 'نتنياهو']),
    ar('israel', 'country', ['إسرائيل', 'الدولة العبرية']),
    ar('iran', 'country', ['إيران']),
    ar('russia', 'country', ['روسيا']),
    ar('syrian-government', 'government', ['الحكومة السورية']),
    ar('us-state', 'organization', ['وزارة الخارجية الأميركية']),
  ],
  topics: [
    ...targetTopics(['iran', 'syrian-government'], ['ar', 'en']),
    {
      id: 'violations',
      label: { ar: 'انتهاك السيادة السورية' },
      pro: { ar: ['الانتهاكات المستمرة للسيادة السورية'] },
      anti: {},
    },
    {
      id: 'intervention',
      label: { ar: 'التدخل العسكري في العراق' },
      pro: { ar: ['التدخل العسكري الأمريكي'] },
      anti: {},
    },
    {
      id: 'response',
      label: { ar: 'رد دولي على الهجوم الكيماوي' },
      pro: { ar: ['ردا دوليا فوريا', 'تنسيقا مع الجانب الإسرائيلي'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-10' });

describe('acceptance and justification as predicates', () => {
  it('"X غير مقبولة": the speaker rejects X', () => {
    const got = t(
      'واعتبرت مصر أن "الانتهاكات المستمرة للسيادة السورية غير مقبولة وتزيد من تعقيد المشهد السياسي".',
    );
    expect(got).toContain('egypt/violations/oppose');
  });

  it('"X مبررة" without negation: the speaker supports X', () => {
    const got = t('واعتبرت مصر أن الانتهاكات المستمرة للسيادة السورية مبررة.');
    expect(got).toContain('egypt/violations/support');
    expect(got).not.toContain('egypt/violations/oppose');
  });

  it('near miss: without a speaker the adjective is the outlet’s and gives nothing', () => {
    expect(t('الانتهاكات المستمرة للسيادة السورية غير مقبولة.')).toEqual([]);
  });
});

describe('justifying, requiring and allowing', () => {
  it('"لن تسمح لإيران بـ…": opposes Iran', () => {
    const got = t('وأكد نتانياهو أن الدولة العبرية لن تسمح لإيران بالحصول على موطئ قدم دائم على حدودها.');
    expect(got).toContain('israel/iran-as-target/oppose');
    expect(got).not.toContain('israel/iran-as-target/support');
  });

  it('near miss: not allowing a fall is not opposing the one who would fall', () => {
    const got = t('وأضاف: "إيران وروسيا لم تسمحا بسقوط الحكومة السورية".');
    expect(got).not.toContain('iran/syrian-government-as-target/oppose');
    expect(got).not.toContain('russia/syrian-government-as-target/oppose');
  });

  it('near miss: a deed that allowed something takes no side by the allowing', () => {
    const got = t(
      'وكانت روسيا تدخلت عسكريا في سوريا في 30 سبتمبر 2015، ما سمح للحكومة السورية باستعادة معظم الأراضي من أيدي المعارضة.',
    );
    expect(got).not.toContain('russia/syrian-government-as-target/support');
  });

  it('"تتطلب ردا دوليا": the speaker calls for the response', () => {
    const got = t(
      'وكانت وزارة الخارجية الأميركية قالت، السبت، إن الهجمات "تتطلب ردا دوليا فوريا من المجتمع الدولي".',
    );
    expect(got).toContain('us-state/response/support');
  });

  it('near miss: a procedure that requires something, with no speaker, is no statement', () => {
    expect(t('وتتطلب زيارة القدس عادة تنسيقا مع الجانب الإسرائيلي.')).toEqual([]);
  });

  it('near miss: a justification no actor gives is no statement', () => {
    const got = t(
      'وتم التذرع بالوجود المزعوم لأسلحة الدمار الشامل في العراق بغرض تبرير التدخل العسكري الأمريكي، لكن لم يتم العثور على أي شيء منها.',
    );
    expect(got).toEqual([]);
  });
});

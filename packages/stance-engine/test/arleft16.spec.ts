// Arabic readings left from session 15: ceasing (التوقف عن، الكف عن) reverses the act it governs;
// a word of readiness composes its own negation with its course ("ليست مستعدة للتخلي عن X"); an
// expulsion dated after a taking of ground ("سيطرت X على … بعد طرد Y") is the taker's; a course
// agreed on with a partner ("اتفق X مع Y على …") is the partner's too. Sentences from the corpus.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arleft16-unit-tests',
  actors: [
    actor('sadr', 'person', ['مقتدى الصدر', 'الصدر']),
    actor('turkish-army', 'government', ['القوات التركية']),
    actor('ypg', 'armed-group', ['وحدات حماية الشعب الكردية']),
    actor('yemeni-army', 'government', ['الجيش اليمني']),
    actor('houthis', 'armed-group', ['ميليشيات الحوثي', 'الحوثي']),
    actor('isis', 'armed-group', ['داعش', 'تنظيم داعش']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('eu', 'organization', ['الاتحاد الأوروبي']),
    actor('russia', 'country', ['روسيا', 'القوات الروسية']),
    actor('assad', 'person', ['بشار الأسد', 'الأسد']),
    actor('trump', 'person', ['ترامب']),
    actor('macron', 'person', ['ماكرون']),
    actor('putin', 'person', ['بوتين']),
    actor('erdogan', 'person', ['أردوغان']),
    actor('syrian-government', 'government', ['نظام الأسد']),
  ],
  topics: [
    {
      id: 'government-formation',
      label: { ar: 'الإسراع بتشكيل الحكومة العراقية الجديدة' },
      pro: { ar: ['تشكيل الحكومة'] },
      anti: {},
    },
    {
      id: 'iran-nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
    ...targetTopics(['ypg', 'houthis', 'isis', 'assad', 'syrian-government', 'trump', 'erdogan'], ['ar']),
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('ceasing reverses the act it governs (arleft16)', () => {
  it('a call to stop the efforts to form the government opposes forming it', () => {
    const found = triples(
      'دعا رجل الدين مقتدى الصدر جميع الساسة إلى التوقف عن جهود تشكيل الحكومة العراقية الجديدة إلى حين الاستجابة لكل مطالب المحتجين بتحسين الخدمات في الجنوب.',
    );
    expect(found).toContain('sadr/government-formation/oppose');
    expect(found).not.toContain('sadr/government-formation/support');
  });

  it('الكف عن reverses as وقف does', () => {
    expect(triples('دعا الصدر جميع الساسة إلى الكف عن تشكيل الحكومة العراقية الجديدة.')).toEqual([
      'sadr/government-formation/oppose',
    ]);
  });

  it('bare توقف is still أوقف (the subject after it stops something), not the noun of ceasing', () => {
    // "جددت وزارة الخارجية الأميركية التأكيد على وجوب أن توقف إيران بالكامل أنشطتها النووية"
    expect(triples('وقال ترامب إنه يجب أن توقف إيران بالكامل أنشطتها النووية.')).not.toContain(
      'trump/iran-as-target/oppose',
    );
  });

  it('the intransitive verb of stopping takes no side', () => {
    expect(
      triples(
        'وكانت حركة الطيران والمرور قد توقفت في العراق لمدة 24 ساعة خلال توجه العراقيين إلى مراكز الاقتراع لتشكيل الحكومة.',
      ),
    ).toEqual([]);
  });

  it('"ترجيح كفة … لصالح X" is a scale tipped for X, not ceasing', () => {
    const found = triples(
      'وقبل 3 سنوات، انتشر سلاح الجو الروسي في سوريا من أجل ترجيح كفة الحرب لصالح الأسد، الذي كان يسيطر في ذلك الوقت على ربع أراضي البلاد فقط.',
    );
    expect(found).not.toContain('russia/assad-as-target/oppose');
  });
});

describe('a word of readiness composes its negation with its course (arleft16)', () => {
  it('not ready to give up the deal supports it', () => {
    expect(triples('وقال المسؤول إن إيران ليست مستعدة للتخلي عن الاتفاق النووي.')).toEqual([
      'iran/iran-nuclear-deal/support',
    ]);
  });

  it('ready to give it up opposes it', () => {
    expect(triples('وقال المسؤول إن إيران مستعدة للتخلي عن الاتفاق النووي.')).toEqual([
      'iran/iran-nuclear-deal/oppose',
    ]);
  });

  it('the negation counts once: "لن تتخلى عن" supports, "غير مستعدة لدعم" opposes', () => {
    expect(
      triples(
        'وقالت دول الاتحاد الأوروبي، وعددها 28 دولة، في بيان مشترك اليوم إنها لن تتخلى عن الاتفاق النووي مع طهران إذا استمرت ملتزمة بتنفيذ جميع تعهداتها.',
      ),
    ).toContain('eu/iran-nuclear-deal/support');
    expect(triples('وقال المسؤول إن إيران غير مستعدة لدعم الاتفاق النووي.')).toEqual([
      'iran/iran-nuclear-deal/oppose',
    ]);
  });
});

describe('an expulsion dated after a taking of ground is the taker’s (arleft16)', () => {
  it('"سيطرت X على … بعد طرد Y" opposes Y', () => {
    expect(triples('وسيطرت القوات التركية على مدينة عفرين بعد طرد وحدات حماية الشعب الكردية منها.')).toEqual([
      'turkish-army/ypg-as-target/oppose',
    ]);
  });

  it('a taking of ground in another wording', () => {
    expect(
      triples(
        'كما أحرز الجيش اليمني تقدما في المناطق الواقعة إلى الشرق من مديرية ميدي، وأحكم السيطرة عليها بعد طرد ميليشيات الحوثي منها.',
      ),
    ).toContain('yemeni-army/houthis-as-target/oppose');
  });

  it('a dated expulsion with no taker in its clause is nobody’s', () => {
    expect(
      triples(
        'يتوجه السبت الناخبون العراقيون للاقتراع في أول انتخابات تشريعية تجرى في البلاد بعد طرد تنظيم داعش من آخر معاقله في العراق.',
      ),
    ).toEqual([]);
  });
});

describe('a course agreed on with a partner is the partner’s too (arleft16)', () => {
  it('"اتفق X مع Y على …" gives the course to both', () => {
    const found = triples('واتفق ترامب مع ماكرون على ضرورة محاسبة نظام الأسد.');
    expect(found).toContain('trump/syrian-government-as-target/oppose');
    expect(found).toContain('macron/syrian-government-as-target/oppose');
  });

  it('a negated agreement binds no partner', () => {
    expect(triples('ولم يتفق ترامب مع ماكرون على ضرورة محاسبة نظام الأسد.')).not.toContain(
      'macron/syrian-government-as-target/oppose',
    );
  });

  it('the partner is no party to its own case', () => {
    const found = triples(
      'وقال بوتين في مؤتمر صحفي مشترك عقده مع أردوغان بعد اجتماع في أنقرة إنه اتفق مع أردوغان على تقديم موعد تسليم النظام الصاروخي.',
    );
    expect(found).not.toContain('erdogan/erdogan-as-target/support');
  });
});

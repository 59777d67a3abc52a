// Round arfresh: Arabic recall on constructions general across news.
// - Tense and aspect auxiliaries (قد before a past verb, كان/كانت, ظل, ما زال, لا يزال, "كانت ولا
//   تزال") between a subject and its verb keep the subject as the verb's holder (holders, the
//   governed target's SVO test, misdeeds); "قد" before a present verb ("may") is not skipped, and
//   "قد" before a past verb is no hedge.
// - "القوات السورية", "والجيش التركي": a state's army by nationality adjective is a side of a clash
//   ("اشتباكات بين …").
// - "على وشك", "قريبين من (حدوث)", "كاد": an act on the verge of happening has not happened.
// - "قوات تابعة/موالية للحكومة": forces affiliated or loyal to an actor act as that actor.
// Sentences from corpus/news-ar.jsonl and the readable fresh-ar2 set, some shortened.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arfresh-unit-tests',
  actors: [
    ar('united-states', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('israel', 'country', ['إسرائيل']),
    ar('syria', 'country', ['سوريا', 'دمشق']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('yemeni-government', 'government', ['الحكومة اليمنية']),
    ar('saudi-led-coalition', 'other', ['التحالف', 'التحالف العربي']),
    ar('houthis', 'armed-group', ['الحوثيين', 'الحوثيون', 'الميليشيات الحوثية']),
    ar('hamas', 'armed-group', ['حماس']),
    ar('isis', 'armed-group', ['داعش', 'تنظيم الدولة', 'عصابة داعش']),
    ar('hariri', 'person', ['سعد الحريري', 'الحريري']),
    ar('abbas', 'person', ['محمود عباس']),
    ar('netanyahu', 'person', ['نتنياهو']),
    ar('assad', 'person', ['الأسد', 'بشار الأسد']),
  ],
  topics: [
    ...targetTopics(
      ['iran', 'israel', 'syria', 'russia', 'united-states', 'houthis', 'hamas', 'isis', 'hariri'],
      ['ar'],
    ),
    {
      id: 'hodeidah-offensive',
      label: { ar: 'الهجوم على الحديدة' },
      pro: { ar: ['عملية عسكرية لاستعادة ميناء الحديدة'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-15' });

describe('auxiliaries between a subject and its verb', () => {
  it('keep a كان … قد subject as the holder', () => {
    expect(
      triples(
        'وكان الرئيس الفلسطيني محمود عباس قد اتهم حماس بالمسؤولية عن التفجير الذي استهدف موكب الحمد الله.',
      ),
    ).toContain('abbas/hamas-as-target/oppose');
    expect(
      triples('وكان نتنياهو قد اتهم طهران بمحاولة جلب طائرات "درون" إلى سوريا من أجل تهديد إسرائيل.'),
    ).toContain('netanyahu/iran-as-target/oppose');
  });

  it('keep a still-subject ("لا تزال", "كانت ولا تزال") as the holder', () => {
    expect(
      triples('وذكر المصدر أن المملكة العربية السعودية كانت ولا تزال تدعم الحريري بكافة الوسائل.'),
    ).toContain('saudi-arabia/hariri-as-target/support');
    // A misdeed verb in the accuser's that-clause.
    expect(
      triples(
        'وأضاف التحالف أن الميليشيات الحوثية لا تزال تعطل دخول السفينة إلى ميناء الحديدة منذ أكثر من 39 يوما.',
      ),
    ).toContain('saudi-led-coalition/houthis-as-target/oppose');
  });

  it('do not make "قد" before a present verb (may) a position', () => {
    expect(triples('وقال مسؤول إن إيران قد تهاجم إسرائيل إذا استمرت الضربات.')).not.toContain(
      'iran/israel-as-target/oppose',
    );
    expect(triples('وأضاف التحالف أن الميليشيات الحوثية قد تعطل دخول السفينة إلى الميناء.')).not.toContain(
      'saudi-led-coalition/houthis-as-target/oppose',
    );
  });

  it('leave a negated still ("لم تعد") and a plain object unchanged', () => {
    expect(triples('وقال إن إيران لم تعد تدعم حماس.')).not.toContain('iran/hamas-as-target/support');
  });
});

describe("a state's army as a side of a clash", () => {
  it('reads "القوات السورية" as Syria, first or second side', () => {
    const out = triples(
      'ونتيجة الاشتباكات الدائرة بين القوات السورية وعصابة داعش الإرهابية التي تم مطاردة عناصرها في هذه المناطق.',
    );
    expect(out).toContain('syria/isis-as-target/oppose');
    expect(out).toContain('isis/syria-as-target/oppose');
    expect(triples('واندلعت اشتباكات عنيفة بين داعش والقوات السورية في ريف درعا.')).toContain(
      'syria/isis-as-target/oppose',
    );
  });

  it('takes no army word before a name or a people', () => {
    // "قوات سوريا الديموقراطية" is a name of its own, not Syria's army.
    expect(
      triples('واندلعت اشتباكات شرسة بين داعش وقوات سوريا الديموقراطية في محافظة دير الزور.'),
    ).not.toContain('syria/isis-as-target/oppose');
  });
});

describe('an act on the verge of happening', () => {
  it('is no clash', () => {
    const out = triples('وقال الأسد "كنا قريبين من حدوث صراع مباشر بين القوات الروسية والقوات الأميركية".');
    expect(out).not.toContain('russia/united-states-as-target/oppose');
    expect(
      triples('وقال الأسد "كنا على وشك حدوث صراع مباشر بين القوات الروسية والقوات الأمريكية".'),
    ).not.toContain('russia/united-states-as-target/oppose');
  });

  it('is no deed, but sources close to a body are no verge', () => {
    expect(triples('وكانت تركيا على وشك مهاجمة إسرائيل.')).not.toContain('turkey/israel-as-target/oppose');
    expect(triples('وقالت مصادر قريبة من الحكومة إن تركيا هاجمت إسرائيل.')).toContain(
      'turkey/israel-as-target/oppose',
    );
  });
});

describe('forces affiliated or loyal to an actor', () => {
  it('act as that actor, after the verb or before it', () => {
    expect(
      triples(
        'وتواصل قوات تابعة للحكومة اليمنية المعترف بها دوليا عملية عسكرية لاستعادة ميناء الحديدة الاستراتيجي من سيطرة المتمردين الحوثيين.',
      ),
    ).toContain('yemeni-government/hodeidah-offensive/support');
    expect(triples('وقالت المصادر إن قوات موالية للحكومة اليمنية هاجمت الحوثيين في مديرية حيس.')).toContain(
      'yemeni-government/houthis-as-target/oppose',
    );
  });

  it('is no subject when the actor is only their object or place', () => {
    expect(triples('وهاجم الحوثيون قوات موالية للحكومة اليمنية في مديرية حيس.')).not.toContain(
      'yemeni-government/houthis-as-target/oppose',
    );
  });
});

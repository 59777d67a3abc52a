// Arabic precision round after rules-1.6.0: constructions that gave statements no analyst
// would code. Each first sentence is a real one from corpus/news-ar.jsonl; each near miss
// differs only in the word the rule turns on.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'precision-ar-unit-tests',
  actors: [
    actor('saudi', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('turkey', 'country', ['تركيا']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('israel', 'country', ['إسرائيل']),
    actor('houthis', 'armed-group', ['الحوثيين', 'جماعة الحوثي']),
    actor('coalition', 'organization', ['التحالف العربي']),
    actor('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    actor('hezbollah', 'armed-group', ['حزب الله']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب']),
    actor('syria', 'government', ['النظام السوري']),
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('mattis', 'person', ['ماتيس'], { memberOf: ['us'] }),
    actor('isis', 'armed-group', ['داعش']),
    actor('egypt', 'country', ['مصر']),
  ],
  topics: [
    { id: 'turkey-as-target', label: { ar: 'تركيا' }, actor: 'turkey', pro: {}, anti: {} },
    { id: 'iran-as-target', label: { ar: 'إيران' }, actor: 'iran', pro: {}, anti: {} },
    { id: 'israel-as-target', label: { ar: 'إسرائيل' }, actor: 'israel', pro: {}, anti: {} },
    { id: 'coalition-as-target', label: { ar: 'التحالف العربي' }, actor: 'coalition', pro: {}, anti: {} },
    { id: 'syria-as-target', label: { ar: 'النظام السوري' }, actor: 'syria', pro: {}, anti: {} },
    { id: 'saudi-as-target', label: { ar: 'السعودية' }, actor: 'saudi', pro: {}, anti: {} },
    { id: 'isis-as-target', label: { ar: 'داعش' }, actor: 'isis', pro: {}, anti: {} },
    { id: 'pkk-as-target', label: { ar: 'حزب العمال الكردستاني' }, actor: 'pkk', pro: {}, anti: {} },
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-10-16T00:00:00Z' });

// Syria as a country, for its nationality adjective and army.
const triplesSy = triplesWith(
  {
    ...CODEBOOK,
    actors: [...CODEBOOK.actors, actor('syria-state', 'country', ['سوريا', 'الجيش السوري'])],
    topics: [
      ...CODEBOOK.topics,
      { id: 'syria-as-target', label: { ar: 'سوريا' }, actor: 'syria-state', pro: {}, anti: {} },
    ],
  },
  { lang: 'ar', published_at: '2018-03-14T00:00:00Z' },
);

describe('"غادر" is the verb "left", "الغادر" the adjective "treacherous"', () => {
  it('"تنفي السلطات التركية أن يكون قد غادر" denies a departure', () => {
    expect(
      triples(
        'وبينما تؤكد السلطات السعودية أن خاشقجي دخل وغادر قنصليتها، تنفي السلطات التركية أن يكون قد غادر قنصلية المملكة.',
      ),
    ).toEqual([]);
  });

  it('the definite adjective still judges', () => {
    expect(triples('ووصفت السعودية تركيا بالغادر.')).toEqual(['saudi/turkey-as-target/oppose']);
  });
});

describe('"لـ" after an indefinite strike noun names who struck', () => {
  it('"قتل 3 خبراء من الميليشيات في غارة للتحالف": the dead do not oppose the coalition', () => {
    expect(
      triples(
        'ويشارك حزب الله في دعم جماعة الحوثي لوجستيا وعسكريا منذ بدء الانقلاب على الشرعية حتى اليوم. وفي 2017 قتل 3 خبراء من الميليشيات في غارة للتحالف العربي بمحافظة حجة، يعمل أحدهما في مجال الاتصالات.',
      ),
    ).not.toContain('hezbollah/coalition-as-target/oppose');
  });

  it('a directed strike ("توجيه هجمات للنظام") takes its target with لـ', () => {
    expect(
      triples(
        'ودعا كيينزنغر إدارة الرئيس الأميركي دونالد ترامب إلى توجيه هجمات للنظام السوري تحد من قدرته على استخدام أسلحة الدمار الشامل ضد شعبه.',
      ),
    ).toContain('trump/syria-as-target/oppose');
  });
});

describe('giving up (تخلى عن) opposes what is given up', () => {
  it('"قرر ترامب التخلي عن الاتفاق النووي" opposes the deal', () => {
    expect(triples('وفي أيار/مايو الماضي قرر ترامب التخلي عن الاتفاق النووي التاريخي.')).toEqual([
      'trump/nuclear-deal/oppose',
    ]);
  });

  it('deciding to stay in the deal supports it', () => {
    expect(triples('وفي أيار/مايو الماضي قرر ترامب البقاء في الاتفاق النووي التاريخي.')).toEqual([
      'trump/nuclear-deal/support',
    ]);
  });

  it('giving up the fight against ISIS is no support for it', () => {
    expect(
      triples(
        'وردا على سؤال عما إذا كان الجيش الأميركي ملتزما دعم المقاتلين الأكراد، قال ماتيس "نجري مشاورات مع حلفائنا وشركائنا الآن وسنعمل على ذلك". وتخلى العديد من الاكراد عن محاربة داعش في محافظة دير الزور شرقي سوريا ليتمكنوا من التصدي للهجوم التركي في عفرين شمالا.',
      ),
    ).not.toContain('mattis/isis-as-target/support');
  });
});

describe("a removal noun's genitive is who leaves", () => {
  it('"منذ خروج الولايات المتحدة من الاتفاق": the US left the deal; Iran, the sentence\'s subject, did not', () => {
    expect(
      triples(
        'وأشار المسؤول إلى أن إيران تعاني من مصاعب اقتصادية جمة منذ خروج الولايات المتحدة من الاتفاق النووي في مايو/أيار، وأن الريال الإيراني فقد نحو 80 في المئة من قيمته.',
      ),
    ).toEqual(['us/nuclear-deal/oppose']);
  });

  it('a withdrawal inside a warning is a prospect, not a deed', () => {
    expect(
      triples(
        'وبدوره حذر الأستاذ في جامعة طهران محمد مرندي في حديث من أن خروج الولايات المتحدة من الاتفاق النووي سيعني أن الإيرانيين أصبح بإمكانهم إعادة تفعيل برنامجهم النووي.',
      ),
    ).not.toContain('us/nuclear-deal/oppose');
  });
});

describe('hostility denied is no position', () => {
  it('"لا يهدف إلى إيجاد جبهة جديدة ضد إسرائيل" is no opposition to Israel', () => {
    expect(
      triples(
        'نائب وزير الخارجية الإيراني، عباس عراقجى، قال صراحة أن "الوجود الإيراني في سوريا لا يهدف إلى إيجاد جبهة جديدة ضد إسرائيل، لكنه يهدف لمكافحة الإرهاب."',
      ),
    ).not.toContain('iran/israel-as-target/oppose');
  });

  it('"لم تنفذ مطلقا أي غارة على إيران" is no support for Iran', () => {
    expect(
      triples(
        'ولم يتضح ما الذي حدث بعد الأمر الذي أصدره نتانياهو، لكن إسرائيل لم تنفذ مطلقا أي غارة على إيران عام 2011.',
      ),
    ).toEqual([]);
  });

  it('the strike itself, not negated, is a deed against Iran', () => {
    expect(
      triples(
        'ولم يتضح ما الذي حدث بعد الأمر الذي أصدره نتانياهو، لكن إسرائيل نفذت أكثر من غارة على إيران عام 2011.',
      ),
    ).toEqual(['israel/iran-as-target/oppose']);
  });

  it('"لا يريد الدخول في مواجهة مع قوات النظام" is no support for the regime', () => {
    expect(
      triples(
        'وعادة ما يقول التحالف العربي أنه يرد دفاعا عن قواته، مؤكدا أنه لا يريد الدخول في مواجهة مع قوات النظام السوري.',
      ),
    ).not.toContain('coalition/syria-as-target/support');
  });

  it('a stance verb takes the negation: "لن تقبل … بقصف الأراضي السعودية" supports Saudi Arabia', () => {
    expect(
      triples('قال السيسي، إن "مصر لن تقبل قيام عناصر يمنية بقصف الأراضي السعودية بصواريخ بالستيكية".'),
    ).toContain('egypt/saudi-as-target/support');
  });
});

describe("an attack noun's adjective or bare genitive names the attacker", () => {
  it('"قتلوا في غارات تركية": the Turkish strikes are Turkey\'s, not strikes on Turkey', () => {
    expect(
      triplesSy(
        'قال مصدر رسمي سوري، الأربعاء، إن مسلحين من القوات الشعبية السورية قتلوا في غارات تركية على نقاط تفتيش قرب عفرين، شمالي البلاد.',
      ),
    ).toEqual([]);
  });

  it('a reaction to the attacks is one to the attacker', () => {
    expect(triplesSy('وأدان وزير الخارجية التركي هجمات الجيش السوري على إدلب.')).toContain(
      'turkey/syria-as-target/oppose',
    );
  });
});

describe('an object pronoun after an actor named as a genitive or after a preposition', () => {
  const withSanctions = triplesWith(
    {
      ...CODEBOOK,
      topics: [
        ...CODEBOOK.topics,
        { id: 'sanctions', label: { ar: 'العقوبات' }, pro: { ar: ['العقوبات'] }, anti: {} },
      ],
    },
    { lang: 'ar', published_at: '2018-08-27T00:00:00Z' },
  );

  it('"تخسر تعاملاتها في إيران على أن تعاقبها الولايات المتحدة": "ها" is the companies, not the sanctions', () => {
    expect(
      withSanctions(
        'فإن معظم الشركات الغربية تعتزم الالتزام بالعقوبات، مفضلة أن تخسر تعاملاتها في إيران على أن تعاقبها الولايات المتحدة أو تمنعها من إجراء تعاملات هناك.',
      ),
    ).not.toContain('us/sanctions/oppose');
  });

  it('"لم يعالج سلوك إيران ولا يمنعها": "ها" is Iran, not the deal', () => {
    expect(
      triples(
        'كما تطرق الوزير السعودي إلى الملف الإيراني، وقال إن "الاتفاق النووي لم يعالج سلوك إيران ولا يمنعها من امتلاك قنبلة نووية".',
      ),
    ).not.toContain('iran/nuclear-deal/support');
  });

  it('after a relative pronoun the antecedent is the noun before it', () => {
    expect(
      triples(
        'سيقرر الرئيس الأمريكي، دونالد ترامب، مصير الاتفاق النووي مع إيران اليوم الثلاثاء، ويعلن قراره بشأن تخفيف العقوبات المرتبطة بالاتفاق، الذي انتقده بشدة غير مرة.',
      ),
    ).toContain('us/nuclear-deal/oppose');
  });
});

describe("a violation inside someone else's words is an accusation", () => {
  const withCeasefire = triplesWith(
    {
      ...CODEBOOK,
      actors: [
        ...CODEBOOK.actors,
        actor('russia', 'country', ['روسيا']),
        actor('cavusoglu', 'person', ['مولود جاويش أوغلو'], { memberOf: ['turkey'] }),
        actor('rouhani', 'person', ['حسن روحاني', 'روحاني'], { memberOf: ['iran'] }),
      ],
      topics: [
        ...CODEBOOK.topics,
        { id: 'ceasefire', label: { ar: 'وقف إطلاق النار' }, pro: { ar: ['وقف إطلاق النار'] }, anti: {} },
      ],
    },
    { lang: 'ar', published_at: '2018-06-29T00:00:00Z' },
  );

  it('"جاويش أوغلو: روسيا وإيران وأميركا تتحمل المسؤولية عن انتهاك وقف إطلاق النار" accuses them', () => {
    const got = withCeasefire(
      'وفي السياق، قال وزير الخارجية التركي، مولود جاويش أوغلو: "روسيا وإيران وأميركا تتحمل جانبا من المسؤولية عن انتهاك وقف إطلاق النار في درعا".',
    );
    expect(got).not.toContain('russia/ceasefire/oppose');
    expect(got).not.toContain('iran/ceasefire/oppose');
  });

  it('"اتهم ترامب إيران بانتهاك الاتفاق النووي": the accused holds no position on the deal', () => {
    const got = triples(
      'واتهم الرئيس الأمريكي دونالد ترامب إيران بانتهاك الاتفاق النووي الذي أبرمته مع القوى العظمى.',
    );
    expect(got).not.toContain('iran/nuclear-deal/oppose');
    expect(got).toContain('us/iran-as-target/oppose');
  });

  it('a speaker\'s own country keeps its word: "قال روحاني إن بلاده لن تنتهك الاتفاق"', () => {
    expect(
      withCeasefire(
        'وقال روحاني إن بلاده "لن تنتهك الاتفاق النووي، لكن إذا انسحبت الولايات المتحدة منه، فإنها ستندم على ذلك".',
      ),
    ).toContain('rouhani/nuclear-deal/support');
  });
});

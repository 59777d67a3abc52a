// Arabic holders (rules-1.8 holder precision round): "كل من" opening a list of subjects, "و" +
// an ally noun joining a second subject, a country after "كردستان" naming where the region is,
// "بلاده" after an official named by a nationality, a reporting verb whose own subject we do not
// track, and the periphrastic passive (تم + verbal noun). Each first sentence is a
// real one from corpus/news-ar.jsonl; the near misses keep what the rule must not change.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-subjects-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('uk', 'country', ['بريطانيا']),
    actor('france', 'country', ['فرنسا']),
    actor('russia', 'country', ['روسيا']),
    actor('iran', 'country', ['إيران']),
    actor('iraq', 'country', ['العراق']),
    actor('turkey', 'country', ['تركيا']),
    actor('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('krg', 'government', ['حكومة إقليم كردستان', 'إقليم كردستان']),
    actor('syrian-government', 'government', ['النظام السوري', 'الحكومة السورية', 'دمشق', 'سوريا']),
    actor('hezbollah', 'armed-group', ['حزب الله']),
    actor('houthis', 'armed-group', ['الحوثيين', 'الحوثي']),
    actor('isis', 'armed-group', ['داعش', 'تنظيم داعش']),
    actor('israel', 'country', ['إسرائيل']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], { memberOf: ['us'] }),
    actor('maliki', 'person', ['نوري المالكي', 'المالكي']),
    actor('abadi', 'person', ['حيدر العبادي', 'العبادي']),
  ],
  topics: [
    {
      id: 'syrian-government-as-target',
      actor: 'syrian-government',
      label: { ar: 'الحكومة السورية' },
      pro: {},
      anti: {},
    },
    { id: 'russia-as-target', actor: 'russia', label: { ar: 'روسيا' }, pro: {}, anti: {} },
    { id: 'us-as-target', actor: 'us', label: { ar: 'الولايات المتحدة' }, pro: {}, anti: {} },
    { id: 'iraq-as-target', actor: 'iraq', label: { ar: 'العراق' }, pro: {}, anti: {} },
    { id: 'turkey-as-target', actor: 'turkey', label: { ar: 'تركيا' }, pro: {}, anti: {} },
    { id: 'houthis-as-target', actor: 'houthis', label: { ar: 'الحوثيون' }, pro: {}, anti: {} },
    { id: 'isis-as-target', actor: 'isis', label: { ar: 'داعش' }, pro: {}, anti: {} },
    { id: 'israel-as-target', actor: 'israel', label: { ar: 'إسرائيل' }, pro: {}, anti: {} },
    { id: 'abadi-as-target', actor: 'abadi', label: { ar: 'حيدر العبادي' }, pro: {}, anti: {} },
    {
      id: 'turkish-strikes',
      label: { ar: 'القصف التركي في العراق' },
      pro: { ar: ['القصف التركي'] },
      anti: {},
    },
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01T00:00:00Z' });

describe('"كل من" opens a list of subjects', () => {
  it('every country listed after the verb holds the strike', () => {
    expect(
      triples(
        'ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا، فجر السبت الماضي، ضربة صاروخية لمواقع تابعة للنظام السوري، ردا على هجوم كيماوي مزعوم وقع في مدينة دوما.',
      ),
    ).toEqual([
      'france/syrian-government-as-target/oppose',
      'uk/syrian-government-as-target/oppose',
      'us/syrian-government-as-target/oppose',
    ]);
  });

  it('after a preposition the list is still a list of places', () => {
    expect(
      triples('أعلنت الولايات المتحدة أن تنظيم داعش يتكيف مع الهزائم التي مني بها في كل من العراق وسوريا.'),
    ).not.toContain('iraq/isis-as-target/oppose');
  });
});

describe('a country right after "كردستان" is where the region lies', () => {
  it('the region in Iraq is no target of what happens there', () => {
    expect(
      triples(
        'أحيا آلاف السكان في مدينة حلبجة الواقعة ضمن إقليم كردستان العراق الجمعة، الذكرى الثلاثين للهجوم الكيميائي.',
      ),
    ).toEqual([]);
  });

  it('nor does Iraq hold the regional government’s rejection', () => {
    expect(triples('رفضت حكومة إقليم كردستان العراق القصف التركي على قرى الإقليم.')).toEqual([
      'krg/turkey-as-target/oppose',
      'krg/turkish-strikes/oppose',
    ]);
  });

  it('Iraq as the verb’s own subject still holds', () => {
    expect(triples('رفض العراق القصف التركي على قرى الإقليم.')).toEqual([
      'iraq/turkey-as-target/oppose',
      'iraq/turkish-strikes/oppose',
    ]);
  });
});

describe('"بلاده" after an official named by a nationality is that official’s country', () => {
  it('the Saudi ambassador’s country, not the person named last', () => {
    expect(
      triples(
        'وقال ترامب إن إيران تهدد المنطقة. قال السفير السعودي في الولايات المتحدة، الأمير خالد بن سلمان، إن "المملكة لن تسمح للحوثي أن يصبح حزب الله آخر"، في إشارة إلى الصراع الدائر في اليمن، ودور بلاده في قيادة التحالف العربي لمواجهة الحوثيين.',
      ),
    ).toContain('saudi-arabia/houthis-as-target/oppose');
  });

  it('a state named as the next speaker’s leaves "بلاده" unresolved', () => {
    expect(
      triples(
        'بينت وزارة الداخلية السعودية، مساء الأربعاء، أن إطلاق النار سببه ملاحقة شخص يتبنى فكر تنظيم داعش. قال الشيخ تميم بن حمد، أمير قطر، إن بلاده تقف إلى جانب تركيا التي وقفت بدورها إلى جانب قضايا الأمة وقطر.',
      ),
    ).not.toContain('saudi-arabia/turkey-as-target/support');
  });

  it('after a person of the codebook it is still that person’s country', () => {
    expect(triples('وقال ترامب إن بلاده تنتقد الاتفاق النووي.')).toEqual(['trump/nuclear-deal/oppose']);
  });
});

describe('a reporting verb whose own subject we do not track', () => {
  it('a plain definite noun after the verb speaks, not the subject of an earlier clause', () => {
    expect(
      triples(
        'وهي مجموعة وصفتها تركيا بـ "الإرهابية"، وقد اعتبرت الذراع المسلّحة من "PYD" جزءاً أساسياً في القتال ضد تنظيم "داعش" داخل سوريا.',
      ),
    ).not.toContain('turkey/isis-as-target/oppose');
  });

  it('a personal name we do not track speaks, not the previous sentence’s holder', () => {
    expect(
      triples(
        'وقال ترامب إن إيران تهدد المنطقة. أما عن الاتفاق النووي مع إيران، فتمسك ماكرون بموقفه وأكد ماكرون أنه لن ينسحب من الاتفاق النووي، لأنه وقعه.',
      ),
    ).toEqual([]);
  });

  it('a tracked subject of the same verb still speaks', () => {
    expect(
      triples(
        'وقالت فرنسا إنها لا تعلن الحرب على سوريا، واتهمت روسيا بالتواطؤ في استخدام الأسلحة الكيماوية بسوريا.',
      ),
    ).toContain('france/russia-as-target/oppose');
  });
});

describe('"و" + an ally noun joins a second subject', () => {
  it('the ally is a subject of the pledge, not its target', () => {
    expect(triples('وتعهدت كل من سوريا وحليفتها الأبرز روسيا بضمان سلامة وأمن البعثة.')).toEqual([]);
  });

  it('both allies blamed', () => {
    expect(
      triples(
        'وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل في هجوم وقع في التاسع من أبريل على قاعدة التيفور الجوية السورية.',
      ),
    ).toEqual(
      expect.arrayContaining(['russia/israel-as-target/oppose', 'syrian-government/israel-as-target/oppose']),
    );
  });
});

describe('a periphrastic passive names no doer', () => {
  it('"فتم تكليف" is not the deed of the one who failed', () => {
    expect(
      triples('ولكن فشل المالكي في تشكيل الوزارة فتم تكليف حيدر العبادي بتشكيل الحكومة الجديدة.'),
    ).not.toContain('maliki/abadi-as-target/support');
  });

  it('a doer after "من قبل" is the passive’s', () => {
    expect(triples('وقال العبادي إنه تم القضاء على داعش من قبل الولايات المتحدة.')).toContain(
      'us/isis-as-target/oppose',
    );
  });
});

describe('"لكنها" opens a clause with a subject of its own', () => {
  it('a nationality inside the clause before is not the subject after it', () => {
    expect(
      triples(
        'قالت وزارة الخارجية الأميركية إن الولايات المتحدة لا تتطلع لقتال قوات سورية أو إيرانية لكنها ستستخدم "القوة الضرورية والمتناسبة" للدفاع عن القوات الأميركية والقوات الشريكة لها في الحرب على تنظيم داعش في سوريا.',
      ),
    ).not.toContain('iran/us-as-target/support');
  });
});

describe('a hope expressed by a noun ("أمله في أن") is the hoper’s wish', () => {
  it('the one hoped not to withdraw holds nothing', () => {
    expect(
      triples(
        'وقال العبادي إن العراق "ينأى بنفسه" عن التوتر بين إيران والولايات المتحدة. وعبر أيضا عن أمله في ألا تنسحب واشنطن من الاتفاق النووي مع إيران.',
      ),
    ).not.toContain('us/nuclear-deal/support');
  });

  it('without the hope the same clause is Washington’s', () => {
    expect(triples('وأكد أن واشنطن لن تنسحب من الاتفاق النووي مع إيران.')).toContain(
      'us/nuclear-deal/support',
    );
  });
});

describe('a people or state we do not track is the nearer subject than the previous holder', () => {
  it('the Palestinians protest, not the previous sentence’s Israel', () => {
    expect(
      triples(
        'والأحد، قتل ثلاثة ناشطين في قصف دبابة إسرائيلية لموقع مراقبة جنوب قطاع غزة، وقالت إسرائيل إنها تدين الهجمات الصاروخية على إسرائيل. وتراجعت حدة التظاهرات عند الحدود، بعد أن بلغت ذروتها في 14 مايو، حين قتل 61 فلسطينيا على الأقل خلال تظاهرات شارك فيها عشرات آلاف الفلسطينيين احتجاجا على نقل السفارة الأميركية من تل أبيب إلى القدس.',
      ),
    ).not.toContain('israel/us-as-target/oppose');
  });

  it('without them the previous holder still protests', () => {
    expect(
      triples(
        'وقالت إسرائيل إنها تدين الهجمات الصاروخية على إسرائيل. وتراجعت حدة التظاهرات عند الحدود، بعد أن بلغت ذروتها في 14 مايو، احتجاجا على نقل السفارة الأميركية من تل أبيب إلى القدس.',
      ),
    ).toContain('israel/us-as-target/oppose');
  });
});

// Arabic recall round on actor-toward-actor opposition: constructions counted and judged over
// corpus/news-ar.jsonl before they became rules. A counterpart (نظيره الروسي) names the official
// of the country its nationality gives; a strike noun carried by a light verb (وجهت/نفذت/شنت …
// ضربات) governs like a finite verb of force, and a direction (صوب، باتجاه) aims it; an act of
// force named with its agent (إطلاق جماعة الحوثي لصواريخ صوب …) is the agent's deed against its
// object; an actor held to be an ally or a foe of another (يعد X خصما لـY) takes that side; a
// directive's addressee told to stop or to respect something (طالب X بوقف …) is opposed.
// Sentences are real ones from the corpus; every rule has a near miss that must not fire.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const asTarget = (id: string) => ({ id: `${id}-as-target`, actor: id, label: { ar: id }, pro: {}, anti: {} });

const CODEBOOK: Codebook = {
  version: 1,
  name: 'arabic-conflict-unit-tests',
  actors: [
    actor('usa', 'country', ['الولايات المتحدة']),
    actor('iraq', 'country', ['العراق', 'بغداد']),
    actor('uk', 'country', ['بريطانيا']),
    actor('france', 'country', ['فرنسا']),
    actor('russia', 'country', ['روسيا']),
    actor('iran', 'country', ['إيران']),
    actor('israel', 'country', ['إسرائيل']),
    actor('turkey', 'country', ['تركيا']),
    actor('qatar', 'country', ['قطر']),
    actor('saudi', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('syrian-government', 'government', ['النظام السوري', 'الحكومة السورية']),
    actor('egypt', 'country', ['مصر']),
    actor('houthis', 'armed-group', ['جماعة الحوثي', 'ميليشيات الحوثي', 'الحوثيين', 'الحوثي']),
    actor('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    actor('assad', 'person', ['بشار الأسد'], {
      roles: [{ title: { ar: ['الرئيس السوري'] }, from: '2000-07-17' }],
      memberOf: ['syrian-government'],
    }),
    actor('gulen', 'person', ['غولن']),
    actor('erdogan', 'person', ['رجب طيب أردوغان', 'أردوغان']),
    actor('trump', 'person', ['دونالد ترامب'], { memberOf: ['usa'] }),
  ],
  topics: [
    asTarget('usa'),
    asTarget('france'),
    asTarget('russia'),
    asTarget('iran'),
    asTarget('israel'),
    asTarget('saudi'),
    asTarget('syrian-government'),
    asTarget('houthis'),
    asTarget('pkk'),
    asTarget('turkey'),
    asTarget('assad'),
    asTarget('erdogan'),
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
  ],
};

const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-14' });

describe('Arabic conflict: a counterpart named by its nationality', () => {
  test('"حذر الرئيس الروسي فلاديمير بوتن نظيره الفرنسي": Russia warns France', () => {
    expect(
      t(
        'حذر الرئيس الروسي فلاديمير بوتن نظيره الفرنسي، من أي "عمل متهور وخطير" في سوريا قد يترك "تداعيات لا يمكن توقعها"، بعد تهديد غربي برد عسكري على هجوم كيماوي مفترض.',
      ),
    ).toContain('russia/france-as-target/oppose');
  });
  test('"عبر الرئيس المصري عن خالص الشكر والتقدير لنظيره الأميركي": thanks to the counterpart support the US', () => {
    expect(
      t(
        'ومن جانبه، عبر الرئيس المصري عن خالص الشكر والتقدير لنظيره الأميركي، مؤكداً عمق وخصوصية العلاقات المصرية والأميركية.',
      ),
    ).toContain('egypt/usa-as-target/support');
  });
  test('near miss: a counterpart named after his nationality ("نظيره الأميركي دونالد ترامب") is that person', () => {
    const out = t(
      'أبدى الرئيس العراقي فؤاد معصوم أسفه، الأربعاء، لقرار نظيره الأميركي دونالد ترامب الانسحاب من الاتفاق النووي مع إيران.',
      { published_at: '2018-05-09' },
    );
    expect(out).toContain('trump/nuclear-deal/oppose');
    expect(out).not.toContain('usa/nuclear-deal/oppose');
  });
});

describe('Arabic conflict: strikes carried by a light verb and aimed by a direction', () => {
  test('"ونفذت بريطانيا وفرنسا والولايات المتحدة، فجر السبت، ضربات منسقة على أهداف تابعة للحكومة السورية"', () => {
    const out = t(
      'ونفذت بريطانيا وفرنسا والولايات المتحدة، فجر السبت، ضربات منسقة على أهداف تابعة للحكومة السورية، ردا على الهجوم الكيماوي المزعوم.',
    );
    expect(out).toContain('usa/syrian-government-as-target/oppose');
    expect(out).toContain('france/syrian-government-as-target/oppose');
    expect(out).toContain('uk/syrian-government-as-target/oppose');
  });
  test('"وتوجه الطائرات الحربية التركية بانتظام ضربات إلى حزب العمال الكردستاني": إلى after a directed strike', () => {
    expect(
      t(
        'وتوجه الطائرات الحربية التركية بانتظام ضربات إلى حزب العمال الكردستاني المحظور الذي يقيم معسكرات في المناطق الجبلية بشمال العراق بالقرب من الحدود مع تركيا.',
      ),
    ).toContain('turkey/pkk-as-target/oppose');
  });
  test('"أطلقت 32 صاروخا باتجاه إسرائيل": a direction aims the launch', () => {
    expect(
      t(
        'وأضاف أن القوات الإيرانية الموجودة في سوريا أطلقت 32 صاروخا باتجاه إسرائيل، مؤكدا إسقاط 4 منها بواسطة القبة الحديدية، فيما سقطت بقية الصواريخ على الأراضي السورية.',
      ),
    ).toContain('iran/israel-as-target/oppose');
  });
  test('near miss: "التهديدات الغربية بتوجيه ضربة عسكرية إلى النظام السوري" is a threat discussed, no deed', () => {
    const out = t(
      'بحث مبعوث الرئيس الروسي إلى سوريا ألكسندر لافرنتييف خلال زيارة مفاجئة إلى طهران الثلاثاء التهديدات الغربية بتوجيه ضربة عسكرية إلى النظام السوري ردا على هجوم كيميائي مفترض.',
    );
    expect(out.filter((s) => s.includes('syrian-government-as-target'))).toEqual([]);
  });
});

describe('Arabic conflict: an act of force named with its agent and its object', () => {
  test('"أدانت قطر … إطلاق جماعة الحوثي لصواريخ صوب السعودية": the Houthis oppose Saudi Arabia', () => {
    const out = t(
      'دبي، الإمارات العربية المتحدة (CNN)— أدانت قطر، الاثنين، إطلاق جماعة الحوثي لصواريخ صوب السعودية، مؤكدة أنها ترفض أي هجمات عسكرية ضد المدن والمدنيين.',
      { published_at: '2018-03-26' },
    );
    expect(out).toContain('houthis/saudi-as-target/oppose');
    expect(out).toContain('qatar/houthis-as-target/oppose');
  });
  test('"أدان استهداف ميليشيات الحوثي للسعودية، بصواريخ باليستية": a ل-object right after the agent', () => {
    expect(
      t(
        'سارع الإعلام الموالي لتنظيم الإخوان والناشطون التابعون للجماعة المصنفة إرهابية، إلى انتقاد كلمة الرئيس المصري، عبدالفتاح السيسي، حين أدان استهداف ميليشيات الحوثي للسعودية، بصواريخ باليستية.',
      ),
    ).toContain('houthis/saudi-as-target/oppose');
  });
  test('"حيال استهداف القصف الإسرائيلي … لأهداف تابعة للنظام السوري": the act keeps its sign under a reaction', () => {
    const out = t(
      'وأرسلت روسيا، خلال الأسابيع الماضية، رسائل تحمل في سطورها نبرة تصعيدية حيال استهداف القصف الإسرائيلي المتكرر لأهداف تابعة للنظام السوري.',
    );
    expect(out).toContain('russia/syrian-government-as-target/support');
    expect(out).not.toContain('israel/syrian-government-as-target/support');
  });
  test('near miss: the ل of a label ("ميليشيات الحوثي الموالية لإيران") names no object', () => {
    expect(
      t(
        'توالت الإدانات على نحو واسع، يوم الخميس، على أثر استهداف ميليشيات الحوثي الموالية لإيران ناقلتي نفط سعوديتين، الأربعاء.',
      ),
    ).not.toContain('houthis/iran-as-target/oppose');
  });
});

describe('Arabic conflict: an actor held to be an ally or a foe', () => {
  test('"وتعد روسيا أقوى حليف للرئيس السوري بشار الأسد": Russia supports Assad', () => {
    expect(t('وتعد روسيا أقوى حليف للرئيس السوري بشار الأسد.')).toContain('russia/assad-as-target/support');
  });
  test('"وتعتبر بريطانيا إسرائيل حليفا مهما": the one held to be the ally comes first', () => {
    expect(
      t(
        'وتعتبر بريطانيا إسرائيل حليفا مهما وكانت قد منحت وعد بلفور عام 1917 لإنشاء وطن قومي لليهود في فلسطين.',
      ),
    ).toContain('uk/israel-as-target/support');
  });
  test('near miss: "بغولن الذي كان يوما حليفا للرئيس التركي" is a former relation', () => {
    expect(
      t(
        'وتشن السلطات التركية منذ الانقلاب الفاشل حملة اعتقالات، بتهم ارتباطهم بغولن الذي كان يوما حليفا للرئيس التركي، رجب طيب أردوغان، قبل أن يتحولا لخصمين.',
      ),
    ).not.toContain('gulen/erdogan-as-target/support');
  });
});

describe('Arabic conflict: an addressee told to stop', () => {
  test('"ودعت السعودية الحكومة الإيرانية إلى وقف هذه التجاوزات الإيرانية": Saudi Arabia opposes Iran', () => {
    expect(t('ودعت السعودية الحكومة الإيرانية إلى وقف هذه التجاوزات الإيرانية.')).toContain(
      'saudi/iran-as-target/oppose',
    );
  });
  test('"طالبت الولايات المتحدة روسيا بوقف دعمها المطلق للنظام السوري": the US opposes Russia', () => {
    expect(
      t(
        'طالبت الولايات المتحدة روسيا بوقف دعمها المطلق للنظام السوري بشكل فوري، والتعاون مع المجتمع الدولي لمنع وقوع المزيد من الهجمات الوحشية بالأسلحة الكيماوية.',
      ),
    ).toContain('usa/russia-as-target/oppose');
  });
  test('"وطالبت حكومة بغداد أنقرة بالانسحاب": told to withdraw', () => {
    expect(
      t(
        'ولتركيا أصلا وجود عسكري في مخيم بعشيقة، على بعد 25 كيلومترا من الموصل، وعزت أنقرة الأمر للحرب على داعش، وطالبت حكومة بغداد أنقرة بالانسحاب في أكثر من مناسبة.',
      ),
    ).toContain('iraq/turkey-as-target/oppose');
  });
  test('near miss: "ودعت روسيا إلى وقف إطلاق النار": a call for a ceasefire opposes nobody', () => {
    expect(
      t(
        'ودعت روسيا إلى وقف إطلاق النار يوميا من الساعة التاسعة صباحا إلى الساعة الثانية بعد الظهر، بهدف السماح للمدنيين بمغادرة المنطقة.',
      ).filter((s) => s.endsWith('/oppose')),
    ).toEqual([]);
  });
});

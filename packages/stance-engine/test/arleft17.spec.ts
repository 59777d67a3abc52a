// Arabic misreadings left by session 16 (round "arleft17"): في أعقاب، غداة، عشية، قبيل، فور date a
// verbal noun like بعد; the taker of ground written as a noun ("تمكنت من السيطرة", "أعلنت
// سيطرتها") holds a dated expulsion; الزعيمان / الرئيسين / الطرفان / الجانبان / البلدان stand
// for the pair just named; a possessive noun in the ب-complement of a directive verb belongs to
// its object ("طالبت الولايات المتحدة روسيا بوقف دعمها"); Hezbollah is a built-in group name
// (its nationality adjective is no country); الأخير / الأخيرة after a verb or complementizer
// stand for the last-named actor; the verb نسق is mutual; built-in names of one group answer to
// the codebook actor named by another ("تنظيم الدولة" → "داعش"). Sentences are those of
// corpus/news-ar.jsonl, some shortened.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arleft17-ar-unit-tests',
  actors: [
    ar('isis', 'armed-group', ['داعش', 'تنظيم الدولة الإسلامية', 'تنظيم داعش']),
    ar('ypg', 'armed-group', ['وحدات حماية الشعب الكردية', 'وحدات حماية الشعب']),
    ar('jaish', 'armed-group', ['جيش الإسلام']),
    ar('syrian-government', 'government', [
      'الحكومة السورية',
      'النظام السوري',
      'نظام الأسد',
      'قوات النظام',
      'الجيش السوري',
    ]),
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('iraq', 'country', ['العراق', 'بغداد']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('saudi-arabia', 'country', ['السعودية', 'الحكومة السعودية']),
    ar('lebanon', 'country', ['لبنان']),
    ar('houthis', 'armed-group', ['الحوثيين', 'الحوثي']),
    ar('trump', 'person', ['دونالد ترامب', 'ترامب']),
    ar('macron', 'person', ['إيمانويل ماكرون', 'ماكرون']),
  ],
  topics: [
    ...targetTopics(
      ['isis', 'ypg', 'jaish', 'syrian-government', 'usa', 'russia', 'turkey', 'saudi-arabia', 'houthis'],
      ['ar'],
    ),
    {
      id: 'iran-nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
    {
      id: 'turkish-operations-iraq',
      label: { ar: 'العمليات التركية في العراق' },
      pro: { ar: ['عملية عسكرية في شمال العراق'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-10' });

describe('في أعقاب and the other prepositions of time (arleft17)', () => {
  it('an expulsion dated by في أعقاب is the taker of the ground’s deed', () => {
    expect(
      t(
        'وقد أدار الأكراد عفرين بشكل ذاتي منذ انسحاب القوات الحكومية السورية منها في عام 2012، بعد أن سيطرت وحدات حماية الشعب الكردية على تلك المناطق في أعقاب طرد مسلحي تنظيم الدولة الإسلامية منها.',
      ),
    ).toContain('ypg/isis-as-target/oppose');
  });

  it('a withdrawal after في أعقاب is no position of the country it concerns', () => {
    expect(
      t(
        'ويأتي استئناف فرض العقوبات في أعقاب انسحاب الرئيس دونالد ترامب من الاتفاق النووي الإيراني الذي وقعته إيران مع القوى الكبرى في 2015.',
      ),
    ).not.toContain('iran/iran-nuclear-deal/oppose');
  });

  it('nor is a defeat after فور the position of the speaker’s country', () => {
    expect(
      t(
        'يبدو أن الولايات المتحدة تفقد نفوذها هنا، خصوصاً بعد إعلان الرئيس ترامب المفاجئ قبل أيام بأن أمريكا ستخرج من سوريا فور هزيمة داعش.',
      ),
    ).not.toContain('usa/isis-as-target/support');
  });
});

describe('the taker of ground as a noun holds a dated expulsion (arleft17)', () => {
  it('"قبل أن تعلن قوات النظام سيطرتها عليها … إثر إخراج …"', () => {
    expect(
      t('قبل أن تعلن قوات النظام سيطرتها عليها بالكامل السبت إثر إخراج آخر مقاتلي جيش الإسلام منها.'),
    ).toContain('syrian-government/jaish-as-target/oppose');
  });

  it('"أعلن الجيش السوري سيطرته … إثر طرد …"', () => {
    expect(t('وأعلن الجيش السوري سيطرته بالكامل على المنطقة إثر طرد تنظيم داعش منها.')).toContain(
      'syrian-government/isis-as-target/oppose',
    );
  });

  it('not after losing control ("فقدت السيطرة … بعد طردها")', () => {
    expect(
      t(
        'وتدعم القوات الأميركية الحكومة في الصومال ضد جماعة الشباب، التي فقدت السيطرة على معظم المدن بعد طرد داعش.',
      ),
    ).not.toContain('usa/isis-as-target/oppose');
  });
});

describe('الزعيمان and the other duals for the pair just named (arleft17)', () => {
  it('"بين ترامب وماكرون … أدان الزعيمان …" gives both', () => {
    const got = t(
      'وجاء في بيان إثر محادثات عبر الهاتف بين ترامب وماكرون "لقد أدان الزعيمان بشدة الهجمات المروعة بالأسلحة الكيميائية في سوريا واتفقا على وجوب محاسبة نظام الأسد على انتهاكاته".',
    );
    expect(got).toContain('trump/syrian-government-as-target/oppose');
    expect(got).toContain('macron/syrian-government-as-target/oppose');
  });

  it('الطرفان a sentence after a pair is not that pair', () => {
    const got = t(
      'وكانت الحرب الباردة في أوجها حيث دعمت الولايات المتحدة إسرائيل ودعم الاتحاد السوفيتي مصر وروسيا. وتقبل الطرفان فكرة وقف إطلاق النار وتحالفا مع تركيا.',
    );
    expect(got).not.toContain('russia/turkey-as-target/support');
  });
});

describe('a possessive noun after a directive verb and its object (arleft17)', () => {
  it('"طالبت الولايات المتحدة روسيا بوقف دعمها للنظام": the support is Russia’s', () => {
    const got = t(
      'طالبت الولايات المتحدة روسيا بوقف دعمها المطلق للنظام السوري بشكل فوري، والتعاون مع المجتمع الدولي لمنع وقوع المزيد من الهجمات الوحشية بالأسلحة الكيماوية.',
    );
    expect(got).toContain('russia/syrian-government-as-target/support');
    expect(got).toContain('usa/syrian-government-as-target/oppose');
    expect(got).not.toContain('usa/syrian-government-as-target/support');
  });
});

describe('Hezbollah is a group, not Lebanon (arleft17)', () => {
  it('"قدمت ميليشيات حزب الله اللبناني دعما للحوثيين"', () => {
    const got = t(
      'وقبل الحشد الشعبي، قدمت ميليشيات حزب الله اللبناني دعما للحوثيين، مما يثبت مجددا أن ميليشيات إيران الطائفية تعمل على زعزعة الاستقرار في المنطقة.',
    );
    expect(got).not.toContain('lebanon/houthis-as-target/support');
  });
});

describe('الأخير / الأخيرة as a subject (arleft17)', () => {
  it('"بين بغداد وأنقرة، بعد أن قالت الأخيرة إنها تسعى …" is Turkey', () => {
    const got = t(
      'وتصاعدت حدة التوتر خلال الأيام الأخيرة بين بغداد وأنقرة، بعد أن قالت الأخيرة إنها تسعى إلى إطلاق عملية عسكرية في شمال العراق.',
    );
    expect(got).toContain('turkey/turkish-operations-iraq/support');
    expect(got).not.toContain('iraq/turkish-operations-iraq/support');
  });
});

describe('coordinating with a side (arleft17)', () => {
  it('"نسقت الولايات المتحدة مع الحكومة السعودية" is mutual', () => {
    const got = t(
      'وأكدت السلطات الأمريكية أن الولايات المتحدة نسقت مع الحكومة السعودية للتأكد من أن سجن الدربي سيجري وفقا لمعايير الأمن المطلوبة.',
    );
    expect(got).toContain('usa/saudi-arabia-as-target/support');
    expect(got).toContain('saudi-arabia/usa-as-target/support');
  });

  it('"بالتنسيق مع" names no partner of an act whose agent is elsewhere', () => {
    expect(
      t(
        'وأوضح متحدث باسم الجيش العراقي أن الضربات الجوية التي نفذها العراق على مواقع داعش في سوريا نفذت بالتنسيق مع الحكومة السورية.',
      ),
    ).not.toContain('isis/syrian-government-as-target/support');
  });
});

describe('names of one group (arleft17)', () => {
  it('"تنظيم الدولة" is the actor named "تنظيم الدولة الإسلامية"', () => {
    expect(t('وأعلن العراق هزيمة تنظيم الدولة في ديسمبر/كانون الأول الماضي.')).toContain(
      'iraq/isis-as-target/oppose',
    );
  });

  it('the group’s fighters after a preposition are not the subject of the next verb', () => {
    expect(
      t(
        'واعتقلت وحدات حماية الشعب المئات من مسلحي تنظيم الدولة الأجانب عندما استعادت مساحات شاسعة من التنظيم شمالي سوريا وغربها.',
      ),
    ).toContain('ypg/isis-as-target/oppose');
  });
});

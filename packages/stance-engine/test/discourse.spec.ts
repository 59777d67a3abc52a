// Holders across clauses and sentences: "المصدر" standing for the body of an earlier "مصدر مسؤول
// في <body>"; the official of a body we do not track, as a sentence's subject, taking the words
// from the previous sentence's holder; the impersonal "ويعتقد أن" carrying no holder; and English
// cues of dismay ("appalled by", "outrage at"), with capitalised cue words inside names read as
// names. Sentences from corpus/news-ar.jsonl and corpus/news-en.jsonl (a few contrasts built of
// their phrases).
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'discourse-unit-tests',
  actors: [
    ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('hezbollah', 'armed-group', ['حزب الله']),
    ar('syrian-government', 'government', ['النظام السوري']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('sdf', 'armed-group', ['قوات سوريا الديمقراطية']),
    ar('germany', 'country', ['ألمانيا', 'برلين']),
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('trump', 'person', ['دونالد ترامب', 'ترامب'], { memberOf: ['usa'] }),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('assad', 'person', ['بشار الأسد', 'الأسد'], { memberOf: ['syrian-government'] }),
    en('un', 'organization', ['United Nations', 'UN']),
    en('ban', 'person', ['Ban Ki-moon'], { memberOf: ['un'] }),
    en('unsc', 'organization', ['UN Security Council', 'Security Council'], { memberOf: ['un'] }),
    en('iran-en', 'country', ['Iran']),
    en('houthis', 'armed-group', ['Houthis']),
  ],
  topics: [
    {
      id: 'syrian-government-as-target',
      actor: 'syrian-government',
      label: { ar: 'النظام السوري' },
      pro: {},
      anti: {},
    },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    { id: 'hezbollah-as-target', actor: 'hezbollah', label: { ar: 'حزب الله' }, pro: {}, anti: {} },
    { id: 'assad-as-target', actor: 'assad', label: { ar: 'بشار الأسد' }, pro: {}, anti: {} },
    { id: 'strikes', label: { ar: 'الضربات على سوريا' }, pro: { ar: ['الضربات'] }, anti: {} },
    { id: 'houthis-as-target', actor: 'houthis', label: { en: 'Houthis' }, pro: {}, anti: {} },
    {
      id: 'turkish-presence',
      label: { ar: 'الوجود العسكري التركي في سوريا' },
      pro: { ar: ['وجود عسكري تركي'] },
      anti: {},
    },
    {
      id: 'aleppo-offensive',
      label: { en: 'the Aleppo offensive' },
      pro: { en: ['military escalation'] },
      anti: {},
    },
    {
      id: 'attacks-on-civilians',
      label: { en: 'attacks on civilians' },
      pro: { en: ['attacks in Syria targeting civilians', 'nerve gas attack'] },
      anti: {},
    },
  ],
};
const triplesAr = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });
const triplesEn = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-10-01' });

describe('"المصدر" after "مصدر مسؤول في <body>" is the body', () => {
  const announced =
    'أعلن مصدر مسؤول بوزارة الخارجية السعودية، تأييد المملكة للعمليات العسكرية التي قامت بها الولايات المتحدة وبريطانيا وفرنسا، على أهداف عسكرية في سوريا، فجر السبت.\n';
  const blamed =
    'وحمل المصدر النظام السوري مسؤولية تعرض سوريا لهذه العمليات العسكرية "في ظل تقاعس المجتمع الدولي عن اتخاذ الإجراءات الصارمة ضد النظام السوري".';

  it('"وحمل المصدر النظام السوري مسؤولية …" after the ministry\'s source: Saudi Arabia', () => {
    expect(triplesAr(announced + blamed)).toContain('saudi-arabia/syrian-government-as-target/oppose');
  });

  it('"وأضاف المصدر، أن حكومة المملكة تدين …" and "واتهم المصدر حزب الله …" two sentences on', () => {
    expect(
      triplesAr(
        'أكد مصدر مسؤول بوزارة الخارجية السعودية اليوم الثلاثاء، وقوف المملكة إلى جانب المملكة المغربية، في كل ما يهدد أمنها واستقرارها، ووحدة أراضيها.\n' +
          'وأضاف المصدر، أن حكومة المملكة تدين بشدة التدخلات الإيرانية في شؤون المغرب الداخلية، من خلال أداتها ميليشيا حزب الله الإرهابية.',
      ),
    ).toContain('saudi-arabia/iran-as-target/oppose');
    expect(
      triplesAr(
        'صرح مصدر مسؤول في وزارة الخارجية السعودية أن ما ذكره الرئيس الفرنسي في مقابلة تلفزيونية غير صحيح.\n' +
          'وذكر المصدر، وفقا لوكالة الأنباء السعودية، أن المملكة العربية السعودية كانت ولا تزال تدعم استقرار وأمن لبنان.\n' +
          'واتهم المصدر حزب الله اللبناني بتورطه في اغتيال رئيس وزراء لبنان الأسبق رفيق الحريري، وقتل مواطنين فرنسيين في لبنان.',
      ),
    ).toContain('saudi-arabia/hezbollah-as-target/oppose');
  });

  it('an anonymous "مصدر أمني" speaks for no one, also when it follows an official source', () => {
    const security = 'وقال مصدر أمني إن قوات الجيش تصدت للهجوم الذي نفذه أربعة مسلحين على مقر الكتيبة.\n';
    expect(triplesAr(security + blamed)).toEqual([]);
    expect(triplesAr(announced + security + blamed)).not.toContain(
      'saudi-arabia/syrian-government-as-target/oppose',
    );
  });

  it('"مصدر قلق" (a cause of concern) introduces no source', () => {
    expect(triplesAr('وأضاف أن هذا الأمر مصدر قلق لنا.\n' + blamed)).toEqual([]);
  });
});

describe('the official of a body we do not track does not speak for the previous holder', () => {
  it('"وقال المتحدث الرسمي لمجلس منبج العسكري …: "لن نقبل بوجود عسكري تركي"": not Turkey', () => {
    const got = triplesAr(
      'وأضاف: "تركيا حليفة في الناتو وهي شريك في التحالف لهزيمة الدولة ولا نزال نعمل عن كثب مع قوات سوريا الديمقراطية".\n' +
        'وقال المتحدث الرسمي لمجلس منبج العسكري المتحالف مع قوات سوريا الديمقراطية، شيرفان درويش: "إننا في مجلس منبج العسكري، لن نقبل بوجود عسكري تركي في المدينة".',
    );
    expect(got).not.toContain('turkey/turkish-presence/oppose');
  });

  it('a bare "المتحدث باسم الجيش" is the holder\'s own office; a body named in full is another', () => {
    const tell = (body: string): string[] =>
      triplesAr(`أيدت روسيا النظام السوري. وقال المتحدث باسم ${body} إنه يدين الضربات.`);
    expect(tell('الجيش')).toContain('russia/strikes/oppose');
    expect(tell('الجامعة العربية')).not.toContain('russia/strikes/oppose');
    expect(tell('فيلق الرحمن')).not.toContain('russia/strikes/oppose');
  });
});

describe('the impersonal "ويعتقد أن" carries no holder', () => {
  it('"ويُعتقد أن قوى غربية تستعد لضربات عسكرية ضد قوات الرئيس بشار الأسد" after Trump: not Trump', () => {
    const got = triplesAr(
      'وأبلغ ترامب صحفيين أنه وفريقه ينظرون "بجدية بالغة" إلى الوضع، في أعقاب هجوم كيميائي مزعوم على بلدة دوما.\n' +
        'ويُعتقد أن قوى غربية تستعد لضربات عسكرية ضد قوات الرئيس بشار الأسد، لكن روسيا حليفة دمشق تعارض مثل هذا الإجراء.',
    );
    expect(got).not.toContain('trump/assad-as-target/oppose');
  });

  it('a holder named in the clause keeps the statement, and "وتعتقد" (feminine) is an active verb', () => {
    const before = 'أعلنت تركيا دعمها للعملية.\n';
    expect(triplesAr(before + 'ويعتقد أن السعودية تدين تدخلات حزب الله.')).toContain(
      'saudi-arabia/hezbollah-as-target/oppose',
    );
    expect(triplesAr(before + 'وتعتقد أن تدخلات حزب الله خطيرة وتدينها.')).toContain(
      'turkey/hezbollah-as-target/oppose',
    );
  });
});

describe('English cues of dismay', () => {
  it('"appalled by", "expressed its outrage at": oppose', () => {
    expect(
      triplesEn(
        'United Nations Secretary-General Ban Ki-moon is "appalled by the chilling military escalation" in the Syrian city of Aleppo his spokesman said on Saturday.',
      ),
    ).toContain('ban/aleppo-offensive/oppose');
    expect(
      triplesEn(
        'On May 14 the UN Security Council expressed its outrage at attacks in Syria targeting civilians and medical facilities stressing that these attacks may amount to war crimes.',
      ),
    ).toContain('unsc/attacks-on-civilians/oppose');
  });

  it('"amid international outrage at" is nobody\'s', () => {
    expect(
      triplesEn(
        'Iran said it would hand over its stockpile of chemical weapons amid international outrage at a nerve gas attack on the outskirts of Damascus.',
      ),
    ).not.toContain('iran-en/attacks-on-civilians/oppose');
  });

  it('a capitalised cue word inside a name is no cue ("Operation Decisive Storm"), in a headline run it is', () => {
    expect(triplesEn('Iran said the Houthis Support Group met in Geneva on Monday.')).toEqual([]);
    expect(triplesEn('Iran Backs Houthis In Yemen War')).toContain('iran-en/houthis-as-target/support');
  });
});

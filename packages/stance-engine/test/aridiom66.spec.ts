// Arabic stance idioms and predicates the cue lexicon lacked (round "aridiom66"): استهجن
// (disapproved), امتعض (was displeased with), تنصل من (disowned), تطاول على (insulted), انحاز إلى /
// لـ (sided with), آزر (backed), اصطف إلى جانب / مع (lined up with), and أعطى / منح الضوء الأخضر لـ
// (gave the green light to). Sentences are those of corpus/news-ar.jsonl or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const IDS = [
  'saudi',
  'canada',
  'qatar',
  'amnesty',
  'iran',
  'israel',
  'us',
  'russia',
  'turkey',
  'coalition',
  'sdf',
  'hezbollah',
  'nasrallah',
  'kurds',
  'egypt',
];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'aridiom66-ar',
  actors: [
    ar('saudi', 'country', ['السعودية', 'الرياض', 'الخارجية السعودية', 'وزارة الخارجية السعودية']),
    ar('canada', 'country', ['كندا', 'وزيرة الخارجية الكندية']),
    ar('qatar', 'country', ['قطر', 'النظام القطري', 'نظام الحمدين']),
    ar('amnesty', 'organization', ['منظمة العفو الدولية']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('israel', 'country', ['إسرائيل']),
    ar('us', 'government', ['الولايات المتحدة', 'أمريكا', 'واشنطن', 'الخارجية الأميركية']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('coalition', 'organization', ['التحالف الدولي لمحاربة داعش']),
    ar('sdf', 'armed-group', ['قسد', 'قوات سوريا الديمقراطية']),
    ar('hezbollah', 'party', ['حزب الله']),
    ar('nasrallah', 'person', ['حسن نصرالله']),
    ar('kurds', 'armed-group', ['وحدات حماية الشعب الكردية']),
    ar('egypt', 'country', ['مصر']),
  ],
  topics: targetTopics(IDS, ['ar']),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('disapproval and displeasure: استهجن، امتعض', () => {
  it('"واستهجنت الخارجية السعودية مطالبة كندا" opposes the one who demands', () => {
    expect(t('واستهجنت الخارجية السعودية مطالبة كندا "بالإفراج الفوري" عن الموقوفين.')).toContain(
      'saudi/canada-as-target/oppose',
    );
  });

  it('"واستهجنت السعودية موقف إيران": the verb with a direct object', () => {
    expect(t('واستهجنت السعودية موقف إيران من الأزمة.')).toContain('saudi/iran-as-target/oppose');
  });

  it('"عبرت عن امتعاضها من قطر": displeasure at X opposes X', () => {
    expect(t('وكانت منظمة العفو الدولية قد عبرت في بيان لها عن امتعاضها من قطر.')).toContain(
      'amnesty/qatar-as-target/oppose',
    );
  });
});

describe('disowning and insulting: تنصل من، تطاول على', () => {
  it('"تنصلت X من تصريحات Y" opposes Y', () => {
    expect(t('وتنصلت الخارجية الأميركية من تصريحات حسن نصرالله.')).toContain('us/nasrallah-as-target/oppose');
  });

  it('"خطاب حسن نصرالله بكل ما يحمله من تطاول على السعودية": the speech\'s owner insults Saudi Arabia', () => {
    expect(
      t(
        'وقال قرقاش: "خطاب حسن نصرالله اليوم بكل ما يحمله من تطاول على السعودية وعمالة لإيران مثال جديد لفشل سياسة النأي بالنفس".',
      ),
    ).toContain('nasrallah/saudi-as-target/oppose');
  });
});

describe('siding and backing: انحاز، آزر، اصطف', () => {
  it('"النظام القطري اختار الانحياز إلى صف إيران" supports Iran', () => {
    expect(
      t('وأكد الشيخ سلطان بن سحيم أن النظام القطري اختار الانحياز إلى إيران ضد جيرانه وعمقه العربي.'),
    ).toContain('qatar/iran-as-target/support');
  });

  it('"وانحازت روسيا لإيران": the verb with لـ', () => {
    expect(t('وانحازت روسيا لإيران في مجلس الأمن.')).toContain('russia/iran-as-target/support');
  });

  it('bias against someone ("بالانحياز ضد إسرائيل") sides with nobody', () => {
    expect(
      t('وقال: "أمريكا تستعمل الڤيتو في مجلس الأمن، وفي نفس الوقت تتهم الأمم المتحدة بالانحياز ضد إسرائيل".'),
    ).not.toContain('us/israel-as-target/oppose');
  });

  it('"التحالف الدولي لمحاربة داعش آزر قسد" supports the SDF', () => {
    expect(t('ولفت إلى أن التحالف الدولي لمحاربة داعش آزر "قسد" في مناطق دون أخرى.')).toContain(
      'coalition/sdf-as-target/support',
    );
  });

  it('"يفتح حزب الله جبهة واسعة لمؤازرة إيران": the verbal noun', () => {
    expect(
      t('ويعيش الجنوب اللبناني على صفيح ساخن مع احتمال أن يفتح حزب الله جبهة واسعة لمؤازرة إيران.'),
    ).toContain('hezbollah/iran-as-target/support');
  });

  it('"اصطفت X إلى جانب Y" supports Y', () => {
    expect(t('واصطفت السعودية إلى جانب الولايات المتحدة في تمويل عمليات إعادة الاستقرار.')).toContain(
      'saudi/us-as-target/support',
    );
  });

  it('"اصطفاف نظام الحمدين مع إيران": the verbal noun with مع', () => {
    expect(
      t('وقال بن سحيم: "اصطفاف نظام الحمدين مع إيران عقب الانسحاب الأمريكي من الاتفاق النووي خيانة".'),
    ).toContain('qatar/iran-as-target/support');
  });

  it('lining up in a queue takes no side', () => {
    expect(t('واصطف مقاتلو وحدات حماية الشعب الكردية في طوابير أمام مراكز الاقتراع في تركيا.')).toEqual([]);
  });
});

describe('the green light: أعطى / منح الضوء الأخضر لـ', () => {
  it('"أعطت الضوء الأخضر لتركيا لشن عملية عسكرية" supports Turkey', () => {
    expect(t('وكانت روسيا قد أعطت "الضوء الاخضر" لتركيا لشن عملية عسكرية في منطقة عفرين.')).toContain(
      'russia/turkey-as-target/support',
    );
  });

  it('"ومنحت موسكو الضوء الأخضر لأنقرة"', () => {
    expect(t('ومنحت موسكو الضوء الأخضر لأنقرة لبدء العملية.')).toContain('russia/turkey-as-target/support');
  });

  it('"انتقد روسيا لإعطائها الضوء الاخضر لتركيا": the verbal noun after لـ', () => {
    expect(
      t(
        'من جهته، انتقد زعيم كردي سوري بارز روسيا لإعطائها "الضوء الاخضر" لتركيا لشن عملية عسكرية في منطقة عفرين.',
      ),
    ).toContain('russia/turkey-as-target/support');
  });

  it('"أول من قدم يد العون لمصر": a helping hand backs the one helped', () => {
    expect(
      t('وقال: "كانت روسيا دائما، شعبا وحكومةً، أول من قدم يد العون لمصر لاستعادة الأرض المحتلة".'),
    ).toContain('russia/egypt-as-target/support');
  });

  it('receiving the green light from someone is not giving it', () => {
    expect(t('ولو لم تحصل تركيا على الضوء الأخضر من روسيا ما كانت لتقوم بذلك.')).not.toContain(
      'turkey/russia-as-target/support',
    );
  });
});

describe('bias against', () => {
  it('"بانحياز كبير ضد إسرائيل": an adjective between the noun and ضد', () => {
    expect(
      t(
        'وقال: "أمريكا تستعمل الڤيتو في مجلس الأمن، وفي نفس الوقت تتهم الأمم المتحدة بانحياز كبير ضد إسرائيل".',
      ),
    ).not.toContain('us/israel-as-target/oppose');
  });
});

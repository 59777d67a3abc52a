// Mutual hostility named without "بين/between" (round "rival31"): a noun of a hostile relation
// followed by its two sides' nationality adjectives ("التوتر الروسي التركي", "الخلاف الأميركي
// الإيراني"), fighting the two exchange ("تبادل القصف الإسرائيلي الإيراني"), "the US-Iran standoff",
// and a hostile act named as mutual ("اتهامات متبادلة بين X وY", "mutual shelling between X and
// Y"): each side opposes the other, under the guards of a rivalry (denied, questioned). A war
// named by its sides is the war's name, joint fighting is no hostility between its agents, and
// the adjectives of a relation are no subject the next sentence carries. Sentences are shaped
// like those of corpus/news-ar.jsonl and news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'rival31-ar',
  actors: [
    ar('us', 'government', ['الولايات المتحدة', 'واشنطن']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('iraq', 'country', ['العراق', 'بغداد']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('saudi-arabia', 'country', ['السعودية', 'الرياض']),
    ar('qatar', 'country', ['قطر', 'الدوحة']),
    ar('israel', 'country', ['إسرائيل']),
    ar('jordan', 'country', ['الأردن']),
    ar('syrian-government', 'government', ['النظام السوري', 'دمشق']),
  ],
  topics: [
    ...targetTopics(
      [
        'us',
        'turkey',
        'iran',
        'iraq',
        'russia',
        'saudi-arabia',
        'qatar',
        'israel',
        'jordan',
        'syrian-government',
      ],
      ['ar', 'en'],
    ),
    { id: 'nuclear-deal', label: { ar: 'الاتفاق النووي' }, pro: { ar: ['الاتفاق النووي'] }, anti: {} },
  ],
};
const tAr = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'rival31-en',
  actors: [
    en('us', 'government', ['United States', 'US']),
    en('iran', 'country', ['Iran']),
    en('syria', 'government', ['Syrian government', 'regime forces']),
    en('isis', 'armed-group', ['ISIS', 'Islamic State']),
  ],
  topics: targetTopics(['us', 'iran', 'syria', 'isis'], ['ar', 'en']),
};
const tEn = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2017-01-01' });

const mutual = (a: string, b: string): string[] => [
  `${a}/${b}-as-target/oppose`,
  `${b}/${a}-as-target/oppose`,
];
const none = (got: string[], a: string, b: string): void => {
  expect(got).not.toContain(`${a}/${b}-as-target/oppose`);
  expect(got).not.toContain(`${b}/${a}-as-target/oppose`);
};

describe('a hostile relation named by its two sides: each opposes the other', () => {
  it('two nationality adjectives after a rivalry noun: "التوتر الروسي التركي"، "الخلاف الأميركي الإيراني"', () => {
    expect(tAr('ويبدو أن التوتر الروسي التركي لم ينته بعد إسقاط الطائرة فوق الحدود.')).toEqual(
      expect.arrayContaining(mutual('russia', 'turkey')),
    );
    expect(tAr('واستغلت أنقرة الخلاف الأميركي الإيراني بشأن الأوضاع في العراق.')).toEqual(
      expect.arrayContaining(mutual('us', 'iran')),
    );
    expect(tAr('كما أن التوتر السعودي الإيراني يتصاعد على امتداد المنطقة.')).toEqual(
      expect.arrayContaining(mutual('saudi-arabia', 'iran')),
    );
  });

  it('fighting both sides exchange: "تبادل القصف الإسرائيلي الإيراني"', () => {
    expect(tAr('وبعد ليلة تبادل القصف الإسرائيلي الإيراني تناثرت بقايا صواريخ في الجنوب.')).toEqual(
      expect.arrayContaining(mutual('israel', 'iran')),
    );
  });

  it('a hostile act named as mutual: "اتهامات متبادلة بين X وY"', () => {
    expect(tAr('وجاء ذلك وسط اتهامات متبادلة بين السعودية والدوحة حول منع الحجاج من السفر.')).toEqual(
      expect.arrayContaining(mutual('saudi-arabia', 'qatar')),
    );
  });

  it('English: "mutual shelling between X and Y", "the US-Iran standoff"', () => {
    expect(
      tEn(
        'Activists said dozens of people were killed in mutual shelling between regime forces and ISIS militants.',
      ),
    ).toEqual(expect.arrayContaining(mutual('syria', 'isis')));
    expect(tEn('Oil prices rose as the US-Iran standoff deepened in the Gulf.')).toEqual(
      expect.arrayContaining(mutual('us', 'iran')),
    );
  });
});

describe('no hostility: a war name, joint fighting, sponsors, or a relation that does not hold', () => {
  it('a war named by its sides is the war\'s name: "الحرب العراقية الإيرانية"', () => {
    none(tAr('وشارك القائد في الحرب العراقية الإيرانية قبل أن يتولى المنصب.'), 'iraq', 'iran');
  });

  it('fighting named by two agents is their joint act: "القصف السوري الروسي"', () => {
    none(
      tAr('وتتعرض البلدات منذ أيام للقصف السوري الروسي الذي يعيق خروج المدنيين.'),
      'syrian-government',
      'russia',
    );
  });

  it('adjectives that do not follow the noun name someone else: "خفض التوتر" برعاية أمريكية أردنية', () => {
    none(
      tAr('وشهدت المنطقة هدوءا بعد توقيع اتفاق "خفض التوتر" برعاية أمريكية أردنية العام الماضي.'),
      'us',
      'jordan',
    );
  });

  it('a denied or questioned rivalry', () => {
    none(tAr('ونفت أنقرة وجود التوتر الروسي التركي في الملف السوري.'), 'russia', 'turkey');
    none(tAr('هل انتهى الخلاف الأميركي الإيراني في العراق؟'), 'us', 'iran');
  });

  it('accusations that are not mutual stay with their accuser', () => {
    none(tAr('ووجهت الرياض اتهامات للمسؤولين بين الحين والآخر.'), 'saudi-arabia', 'qatar');
  });

  it('the sides of a relation are no subject the next sentence carries', () => {
    const got = tAr(
      'كما أن التوتر السعودي الإيراني قد يتحول إلى عامل مؤثر في مآلات ما بعد الاتفاق النووي.\nكما حذر ولي العهد من أن الاتفاق النووي يؤخر حصولها على القنبلة لكنه لا يمنعها من امتلاكها.',
    );
    expect(got).toEqual(expect.arrayContaining(mutual('saudi-arabia', 'iran')));
    expect(got).not.toContain('iran/nuclear-deal/support');
    expect(got).not.toContain('saudi-arabia/nuclear-deal/support');
  });
});

// Mutual support named by one noun of a cooperative relation (round "coop29"), the mirror of a
// rivalry between two sides (mutual21): "التعاون/التنسيق/الاتفاق/الشراكة/التقارب بين X وY",
// "تعزيز العلاقات بين", "العلاقات الوثيقة بين", "the agreement brokered between X and Y", and two
// sides named as a compound ("الاتفاق الروسي-التركي", "the US-Russia agreement"). The rivalry
// guards hold (denied, feared, questioned, future or possible); a truce or evacuation
// deal, or a pact between a state and an armed group (a settlement), is no support; nor are
// talks between two sides. Sentences are shaped like those of corpus/news-ar.jsonl and news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'coop29-ar',
  actors: [
    ar('us', 'government', ['الولايات المتحدة', 'واشنطن']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('egypt', 'country', ['مصر']),
    ar('saudi-arabia', 'country', ['السعودية', 'الرياض']),
    ar('france', 'country', ['فرنسا']),
    ar('israel', 'country', ['إسرائيل']),
    ar('syrian-government', 'government', ['النظام السوري', 'دمشق']),
    ar('hamas', 'party', ['حركة حماس', 'حماس']),
    ar('factions', 'armed-group', ['الفصائل المسلحة']),
  ],
  topics: targetTopics(
    [
      'us',
      'turkey',
      'iran',
      'russia',
      'egypt',
      'saudi-arabia',
      'france',
      'israel',
      'syrian-government',
      'hamas',
    ],
    ['ar', 'en'],
  ),
};
const tAr = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'coop29-en',
  actors: [
    en('us', 'government', ['United States', 'US']),
    en('russia', 'country', ['Russia']),
    en('turkey', 'country', ['Turkey']),
    en('syria', 'government', ['Syrian government', 'Syrian regime', 'regime']),
    en('rebels', 'armed-group', ['rebels', 'armed opposition']),
  ],
  topics: targetTopics(['us', 'russia', 'turkey', 'syria', 'rebels'], ['ar', 'en']),
};
const tEn = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2017-01-01' });

const mutual = (a: string, b: string): string[] => [
  `${a}/${b}-as-target/support`,
  `${b}/${a}-as-target/support`,
];
const none = (got: string[], a: string, b: string): void => {
  expect(got).not.toContain(`${a}/${b}-as-target/support`);
  expect(got).not.toContain(`${b}/${a}-as-target/support`);
};

describe('a cooperative relation between two sides: each supports the other', () => {
  it('cooperation and coordination: "تعزيز التعاون بين تركيا وروسيا"', () => {
    expect(
      tAr('والهجوم التركي في سوريا ساهم في تعزيز التعاون بين تركيا وروسيا حول ملف سوريا، حسب مراقبين.'),
    ).toEqual(expect.arrayContaining(mutual('turkey', 'russia')));
    expect(tAr('وقالت الوزارة إن التنسيق العسكري بين إسرائيل وروسيا مستمر في الأجواء السورية.')).toEqual(
      expect.arrayContaining(mutual('israel', 'russia')),
    );
  });

  it('a signed agreement: "الاتفاقية الأمنية الموقعة بين طهران ودمشق"', () => {
    expect(
      tAr('وبموجب الاتفاقية الأمنية الموقعة بين طهران ودمشق، ستساعد إيران في إعادة بناء الصناعات العسكرية.'),
    ).toEqual(expect.arrayContaining(mutual('iran', 'syrian-government')));
  });

  it('warm relations: "العلاقات الوثيقة بين"، "تعزيز العلاقات بين"', () => {
    expect(tAr('وتحدث الرئيس مطولا في كلمته عن العلاقات الوثيقة بين الولايات المتحدة وفرنسا.')).toEqual(
      expect.arrayContaining(mutual('us', 'france')),
    );
    expect(tAr('وستبحث القمة سبل تعزيز العلاقات الثنائية بين مصر وروسيا على كافة الأصعدة.')).toEqual(
      expect.arrayContaining(mutual('egypt', 'russia')),
    );
  });

  it('two nationality adjectives after the noun: "الاتفاق الروسي- التركي"، "التنسيق الأميركي الإسرائيلي"', () => {
    expect(tAr('وبناء على الاتفاق الروسي- التركي، يتعين على الفصائل سحب السلاح الثقيل من المنطقة.')).toEqual(
      expect.arrayContaining(mutual('russia', 'turkey')),
    );
    expect(tAr('وتأتي الخطوة في ظل التنسيق الأميركي الإسرائيلي لاستهداف المواقع في سوريا.')).toEqual(
      expect.arrayContaining(mutual('us', 'israel')),
    );
  });

  it('three parties: "الاتفاق بين تركيا وإيران وروسيا" (no grouping against a third, as in a rivalry)', () => {
    expect(
      tAr('وقالت إن محادثات أستانا تم خلالها الاتفاق بين تركيا وإيران وروسيا على إنشاء مناطق لخفض التوتر.'),
    ).toEqual(expect.arrayContaining(mutual('turkey', 'iran')));
  });

  it('English: "the agreement brokered between US and Russia", "the US-Russia agreement"', () => {
    expect(
      tEn(
        'State news agency SANA reported that the government approved the agreement brokered between US and Russia.',
      ),
    ).toEqual(expect.arrayContaining(mutual('us', 'russia')));
    expect(
      tEn('The strikes were carried out in accordance with the US-Russia agreement, officials said.'),
    ).toEqual(expect.arrayContaining(mutual('us', 'russia')));
  });
});

describe('no support: a truce, a settlement, talks, or a relation that does not hold', () => {
  it('a truce deal: "اتفاق التهدئة بين إسرائيل وحماس", "an evacuation deal between"', () => {
    none(
      tAr('وبدأ سريان اتفاق التهدئة بين إسرائيل وحركة حماس بوساطة مصرية لإنهاء التصعيد.'),
      'israel',
      'hamas',
    );
    none(
      tEn('Thousands were stranded after an evacuation deal between Russia and Turkey stalled.'),
      'russia',
      'turkey',
    );
  });

  it('a pact between a state and an armed group settles a fight', () => {
    none(
      tAr(
        'وأفاد الإعلام الرسمي أنه تم التوصل إلى اتفاق بين النظام السوري والفصائل المسلحة يقضي بتسليم السلاح.',
      ),
      'syrian-government',
      'factions',
    );
    none(
      tEn('Residents were moved out under a deal between the Syrian regime and armed opposition.'),
      'syria',
      'rebels',
    );
  });

  it('talks between two sides are no alliance', () => {
    none(tAr('وتستمر المحادثات بين واشنطن وطهران في جنيف دون تقدم.'), 'us', 'iran');
    none(tEn('Talks between Russia and Turkey resumed on Monday.'), 'russia', 'turkey');
  });

  it('denied, questioned or possible cooperation', () => {
    none(tAr('ونفت أنقرة وجود أي تنسيق بين تركيا وروسيا في المنطقة.'), 'turkey', 'russia');
    none(tAr('هل هناك تحالف بين روسيا وإيران في سوريا؟'), 'russia', 'iran');
    none(tAr('ويرى مراقبون أن أي اتفاق محتمل بين مصر وتركيا سيغير المعادلة.'), 'egypt', 'turkey');
    none(
      tEn('Officials said a possible deal between Russia and Turkey could be reached next week.'),
      'russia',
      'turkey',
    );
  });

  it('a relation that is not warm: "العلاقات بين" alone', () => {
    none(tAr('وناقش الوزيران العلاقات بين مصر وفرنسا والتطورات الإقليمية.'), 'egypt', 'france');
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Acts of force against an asset a nationality adjective assigns to a state ("struck Iranian
// targets", "قصفت أهدافا إيرانية", "أسقطت إسرائيل الطائرة الإيرانية"), "shot down", أسقط and
// "fired a missile at X". Sentences are copied from the corpus (corpus/news-ar.jsonl,
// news-en.jsonl) unless marked as the task's examples.
const arActor = actorsNamedIn('ar');
const enActor = actorsNamedIn('en');

const AR: Codebook = {
  version: 1,
  name: 'unit-tests-force-obj22-ar',
  actors: [
    arActor('iran', 'country', ['إيران', 'طهران']),
    arActor('israel', 'country', ['إسرائيل', 'الجيش الإسرائيلي']),
    arActor('syria', 'government', ['الحكومة السورية', 'النظام السوري', 'دمشق']),
    arActor('saudi', 'country', ['السعودية']),
    arActor('russia', 'country', ['روسيا', 'موسكو']),
    arActor('turkey', 'country', ['تركيا', 'أنقرة']),
    arActor('uae', 'country', ['الإمارات', 'الإمارات العربية المتحدة']),
    arActor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    arActor('uk', 'country', ['بريطانيا']),
    arActor('houthis', 'armed-group', ['الحوثي', 'الحوثيين', 'الحوثيون', 'ميليشيات الحوثي']),
    arActor('erdogan', 'person', ['اردوغان', 'أردوغان']),
    arActor('coalition', 'armed-group', ['التحالف العربي']),
    arActor('assad', 'person', ['بشار الأسد']),
  ],
  topics: targetTopics(['iran', 'israel', 'syria', 'saudi', 'russia', 'turkey', 'uae', 'usa', 'uk', 'assad']),
};

const EN: Codebook = {
  version: 1,
  name: 'unit-tests-force-obj22-en',
  actors: [
    enActor('iran', 'country', ['Iran', 'Tehran']),
    enActor('israel', 'country', ['Israel']),
    enActor('syria', 'government', ['Syrian government', 'regime', 'Damascus']),
    enActor('saudi', 'country', ['Saudi Arabia', 'Riyadh']),
    enActor('russia', 'country', ['Russia', 'Moscow']),
    enActor('turkey', 'country', ['Turkey', 'Ankara']),
    enActor('usa', 'country', ['United States', 'US']),
    enActor('uk', 'country', ['Britain', 'United Kingdom']),
    enActor('houthis', 'armed-group', ['Houthi rebels', 'Houthis']),
    enActor('isis', 'armed-group', ['Islamic State', 'IS']),
  ],
  topics: targetTopics(['iran', 'israel', 'syria', 'saudi', 'russia', 'turkey', 'usa', 'uk']),
};

const ar = triplesWith(AR, { lang: 'ar', published_at: '2018-05-10' });
const en = triplesWith(EN, { lang: 'en', published_at: '2018-05-10' });

describe('Arabic: an act of force against an asset a nationality adjective names', () => {
  it('an indefinite asset noun before the adjective: أهدافا إيرانية', () => {
    expect(
      ar('وتشعر إسرائيل بالقلق أيضا من ترسيخ إيران لوجودها العسكري في سوريا وقصفت أهدافا إيرانية هناك.'),
    ).toContain('israel/iran-as-target/oppose');
    // The task's example.
    expect(ar('قصفت إسرائيل أهدافا إيرانية في سوريا.')).toEqual(['israel/iran-as-target/oppose']);
  });

  it('a definite asset, past a quantity word and a qualifier', () => {
    expect(
      ar(
        'وحذرت إسرائيل من أنها لن تقبل بوجود عسكري إيراني دائم في سوريا، وقصفت إسرائيل عددا من الأهداف الإيرانية هناك في وقت سابق من الشهر الجاري.',
      ),
    ).toContain('israel/iran-as-target/oppose');
    expect(
      ar('أعلن الجيش الإسرائيلي، الجمعة، قصف موقع عسكري سوري بعد سقوط قذيفة هاون في المنطقة العازلة.'),
    ).toEqual(['israel/syria-as-target/oppose']);
  });

  it('an act noun completing a light verb or a reply', () => {
    expect(
      ar(
        'ففي نفس الليلة التي أمضاها نتنياهو في موسكو، قامت القوات الإسرائيلية بمهاجمة قواعد إيرانية في سوريا.',
      ),
    ).toContain('israel/iran-as-target/oppose');
  });

  it('targeting a ship or tanker', () => {
    expect(
      ar('وكان التحالف الذي تقوده السعودية قد أكد أن الحوثيين استهدفوا ناقلة نفط سعودية في البحر الأحمر.'),
    ).toContain('houthis/saudi-as-target/oppose');
    expect(
      ar(
        'كانت قوات الحوثيين، التي يتزعمها عبد الملك الحوثي، قد استهدفت سفينة إماراتية في الأول من أكتوبر/تشرين الأول 2016.',
      ),
    ).toContain('houthis/uae-as-target/oppose');
  });

  it('bringing down an aircraft (أسقط), as a verb and as a noun with its agent', () => {
    expect(ar('وقع الحادث في 10 فبراير. وأسقطت إسرائيل الطائرة الإيرانية، ثم شنت هجوما.')).toContain(
      'israel/iran-as-target/oppose',
    );
    expect(
      ar(
        'حذر مبعوث الأمم المتحدة من تصاعد المواجهات. وجاءت تحذيرات، نيكولاي ملادينوف، بعد إسقاط إسرائيل لطائرة سورية فوق مرتفعات الجولان المحتلة.',
      ),
    ).toContain('israel/syria-as-target/oppose');
    // The task's example.
    expect(ar('أسقطت تركيا طائرة روسية قرب الحدود السورية.')).toEqual(['turkey/russia-as-target/oppose']);
  });

  it('the indefinite accusative of a nationality adjective (قياديا إيرانيا)', () => {
    // The task's example.
    expect(ar('استهدفت غارة أمريكية قياديا إيرانيا في بغداد.')).toEqual(['usa/iran-as-target/oppose']);
  });

  it('calling for the fall of a government (إسقاط) opposes it', () => {
    expect(
      ar(
        'وحينها قيل إن سوريا فرقت بين الصديقين، مع إصرار اردوغان وقتها على ضرورة إسقاط حكومة الرئيس السوري بشار الأسد.',
      ),
    ).toContain('erdogan/syria-as-target/oppose');
  });

  it('not: a downing whose agent the clause does not name, or a missile downed over a country', () => {
    expect(
      ar(
        'وفد إسرائيلي في موسكو لتوضيح ملابسات إسقاط الطائرة الروسية بوتين و نتنياهو يسعيان لنزع فتيل التوتر',
      ),
    ).toEqual([]);
    expect(
      ar(
        'تثير الضربة العسكرية الأميركية المرتقبة مخاوف اندلاع مواجهة، لاسيما أن روسيا تعهدت بإسقاط أي صاروخ على سوريا.',
      ),
    ).not.toContain('russia/syria-as-target/oppose');
  });

  it('not: missiles fired from a country, or a charge of firing them', () => {
    expect(
      ar(
        'اتهمت إسرائيل فيلق القدس الإيراني، وعلى رأسه قائده الجنرال قاسم سليماني، بإطلاق صواريخ من سوريا على مواقع إسرائيلية في الجولان.',
      ),
    ).not.toContain('syria/israel-as-target/oppose');
  });

  it('not: an attack the subject foiled, or a downing by fire named after it', () => {
    expect(
      ar(
        'أفشل التحالف العربي هجوما لميليشيات الحوثي الإيرانية استهدف ناقلة نفط سعودية قرب ميناء الحديدة، ظهر الثلاثاء.',
      ),
    ).not.toContain('coalition/saudi-as-target/oppose');
    expect(
      ar(
        'وجاء الاستهداف الأخير للملاحة في البحر الأحمر، عندما شنت ميليشيات الحوثي الإيرانية هجوما استهدف ناقلة نفط سعودية قرب ميناء الحديدة.',
      ),
    ).toContain('houthis/saudi-as-target/oppose');
    expect(
      ar(
        'وأدلى نتانياهو بهذه التصريحات خلال اجتماع للحكومة، الذي يأتي وسط توتر بين البلدين على خلفية إسقاط الطائرة بنيران القوات السورية.',
      ),
    ).toEqual([]);
  });

  it('not: civilians of a country, a place, or words rather than force', () => {
    expect(ar('قصفت إسرائيل مدنيين سوريين')).toEqual([]);
    expect(ar('انتقدت إسرائيل طائرة روسية')).toEqual([]);
  });
});

describe('English: an act of force against an asset a nationality adjective names', () => {
  it('struck Iranian targets (the task example)', () => {
    expect(en('Israel struck Iranian targets in Syria.')).toEqual(['israel/iran-as-target/oppose']);
    expect(en('Israeli jets hit Iranian positions.')).toEqual(['israel/iran-as-target/oppose']);
  });

  it('shot down a regime warplane', () => {
    expect(
      en(
        'IS has been trying to take the entire province where part of the capital and the military airport are still under the control of government forces. On Thursday the jihadist group said it had shot down a regime MiG warplane south of the provincial capital killing its pilot.',
      ),
    ).toContain('isis/syria-as-target/oppose');
    expect(en('Turkey shot down a Russian jet near the Syrian border.')).toEqual([
      'turkey/russia-as-target/oppose',
    ]);
  });

  it('seized a British tanker (the task example)', () => {
    expect(en('Iran seized a British tanker.')).toEqual(['iran/uk-as-target/oppose']);
  });

  it('fired a missile at X', () => {
    expect(en('Houthi rebels fired a missile at Saudi Arabia.')).toEqual(['houthis/saudi-as-target/oppose']);
    expect(en('Houthi rebels fired a ballistic missile at Saudi Arabia.')).toEqual([
      'houthis/saudi-as-target/oppose',
    ]);
  });

  it('not: shot down over a country, civilians, the attacker own jets', () => {
    expect(
      en(
        'All five people on board a Russian military helicopter that was shot down over Syria on Monday are believed to have died the Kremlin said.',
      ),
    ).toEqual([]);
    expect(en('Turkish jets struck Syrian civilians.')).toEqual([]);
    // A title before the name of the one who speaks.
    expect(
      en(
        'They later intervened "in support of the Syrian army by targeting IS" Russian General Vladimir Savchenko said.',
      ),
    ).not.toContain('isis/russia-as-target/oppose');
    expect(en('Iran did not attack Russian jets.')).toEqual([]);
  });
});

// Officials, bodies and arms named by a generic word and a nationality adjective speak and act
// for their state (aragents): "الوزير الإيراني", "القنصل التركي", "الكونغرس الأمريكي", "القادة
// الإيرانيون", "النظام الإيراني" (right before the adjective only), two-word councils and arms
// ("مجلس النواب الأمريكي", "سلاح الجو الإسرائيلي"), and in English "Russian pilots"; an act on a
// side's casualties ("إخراج جرحى النظام الإيراني") is no act on the side. Sentences from the
// news corpus.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const arActor = actorsNamedIn('ar');
const enActor = actorsNamedIn('en');
const IDS = ['iran', 'us', 'israel', 'turkey', 'syria', 'saudi-arabia', 'isis', 'houthis', 'hezbollah'];

const CODEBOOK: Codebook = {
  version: 1,
  name: 'aragents-unit-tests',
  actors: [
    arActor('iran', 'country', ['إيران', 'طهران']),
    arActor('us', 'country', ['الولايات المتحدة', 'واشنطن', 'أمريكا']),
    arActor('israel', 'country', ['إسرائيل', 'تل أبيب']),
    arActor('turkey', 'country', ['تركيا', 'أنقرة']),
    arActor('syria', 'country', ['سوريا', 'دمشق']),
    arActor('iraq', 'country', ['العراق', 'بغداد']),
    arActor('saudi-arabia', 'country', ['السعودية', 'الرياض']),
    arActor('isis', 'armed-group', ['داعش']),
    arActor('houthis', 'armed-group', ['الحوثيين', 'الحوثي']),
    arActor('hezbollah', 'armed-group', ['حزب الله']),
  ],
  topics: [
    ...targetTopics(IDS, ['ar']),
    {
      id: 'foreign-troops-leave',
      label: { ar: 'مغادرة القوات الأجنبية' },
      pro: { ar: ['مغادرة القوات الأجنبية', 'انسحاب القوات الأجنبية'] },
      anti: {},
    },
    {
      id: 'embassy-move',
      label: { ar: 'نقل السفارة إلى القدس' },
      pro: { ar: ['نقل السفارة الأمريكية إلى القدس'] },
      anti: {},
    },
  ],
};

const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'aragents-unit-tests-en',
  actors: [
    enActor('russia', 'country', ['Russia', 'Moscow']),
    enActor('isis', 'armed-group', ['DAESH', 'ISIS']),
  ],
  topics: targetTopics(['russia', 'isis']),
};

const ar = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-15T00:00:00Z' });
const en = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2016-03-01T00:00:00Z' });

describe('generic office words with a nationality adjective speak for the state', () => {
  it('"الوزير" with the adjective is an official of that state', () => {
    expect(
      ar(
        'وأكد الوزير الإيراني أن التهديدات الاميركية، شأنها شأن الغارة الجوية التي استهدفت مطارا عسكريا في سوريا هذا الاسبوع ونسبتها دمشق وطهران وموسكو إلى إسرائيل، هدفها الحد من المكاسب الميدانية التي أحرزها النظام السوري أخيرا.',
      ),
    ).toContain('iran/us-as-target/oppose');
  });

  it('a consul with the adjective is a target as the state', () => {
    expect(
      ar(
        'تأتي هذه التصريحات بعد أن أعلنت تركيا طرد السفير الإسرائيلي في أنقرة، وسط أنباء عن نية إسرائيل طرد القنصل التركي في تل أبيب كرد على ذلك.',
      ),
    ).toContain('israel/turkey-as-target/oppose');
  });

  it('a legislature with the adjective acts for the state', () => {
    expect(
      ar(
        'وفي عام 1995، تقدم الكونغرس الأمريكي بمشروع قرار يدعو لنقل السفارة الأمريكية إلى القدس، لتبحث إدارة الرئيس الأمريكي آنذاك، بيل كلينتون، عن مخرج، سمح لها في النهاية بتأخير قرار النقل ستة أشهر في كل مرة.',
      ),
    ).toEqual(['us/embassy-move/support']);
  });

  it('leaders with the adjective right after them speak for the state', () => {
    expect(
      ar(
        'منذ انتصار الثورة الاسلامية في إيران عام 1979 دأب القادة الايرانيون على التأكيد على مناهضة إسرائيل والدعوة إلى ازالتها من الوجود لأنها "كيان غير شرعي يحتل أرضا اسلامية" حسب الخطاب الايراني المعهود.',
      ),
    ).toContain('iran/israel-as-target/oppose');
  });

  it('"النظام" right before the adjective is the state', () => {
    expect(
      ar(
        'قال وزير الخارجية الأميركي مايك بومبيو إن النظام الإيراني يشكل تهديداً خطيراً على استقرار الشرق الأوسط، وبالتالي على الأمن القومي الأميركي، مشدداً على عزم واشنطن مواجهة العبث الإيراني في المنطقة بمشاركة حلفائها في المنطقة.',
      ),
    ).toContain('us/iran-as-target/oppose');
  });
});

describe('councils and arms named by two words', () => {
  it('"سلاح الجو" with the adjective is the air force of that state', () => {
    expect(
      ar(
        'ونفذ سلاح الجو العراقي ضربات جوية عدة ضد داعش في سوريا منذ العام الماضي بموافقة النظام السوري والتحالف بقيادة الولايات المتحدة، الذي يحارب التنظيم المتشدد.',
      ),
    ).toContain('iraq/isis-as-target/oppose');
  });

  it('"مجلس النواب" with the adjective is the state\'s legislature', () => {
    expect(
      ar(
        'أقر مجلس النواب العراقي، الخميس، قرارا يدعو الحكومة إلى وضع جدول زمني لمغادرة القوات الأجنبية من العراق في إشارة إلى التحالف الدولي الذي قدم الإسناد خلال المعارك ضد داعش.',
      ),
    ).toContain('iraq/foreign-troops-leave/support');
  });
});

describe("an act on a side's casualties is not one on the side", () => {
  it('evacuating the wounded of a regime opposes neither it nor its ally', () => {
    expect(
      ar(
        'قال محمد آل جابر، سفير المملكة العربية السعودية في اليمن، إن جماعة الحوثي لا يرفضون السلام، لافتا على اشتراطهم إخراج جرحى النظام الإيراني وحزب الله اللبناني.',
      ),
    ).toEqual([]);
  });
});

describe('English: pilots with a nationality act for their state', () => {
  it('"Russian pilots" attacking a group', () => {
    expect(
      en(
        'The Russian pilots were attacking DAESH in the Homs region on Friday on the request of the Syrian government.',
      ),
    ).toEqual(['russia/isis-as-target/oppose']);
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Arabic hostility between actors ("arconflict"). Battles or confrontations with someone
// ("بعد معارك عنيفة مع ميليشيات الحوثي") are a clash whose مع names the other side, but not in a
// casualty report ("قتل … في معارك مع"); besieging someone (حاصر) is an act against them;
// classifying someone as a terrorist group (صنف) describes them as describing verbs do, and
// a negated classification takes no side. Sentences are from corpus/news-ar.jsonl.
const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-arconflict',
  actors: [
    actor('yemeni-government', 'government', ['الجيش اليمني', 'قوات الشرعية اليمنية', 'الحكومة اليمنية']),
    actor('houthis', 'movement', ['ميليشيات الحوثي', 'ميليشيا الحوثي', 'الحوثيين', 'الحوثيون']),
    actor('hamas', 'movement', ['حركة حماس', 'حماس']),
    actor('israel', 'government', ['إسرائيل']),
    actor('israeli-army', 'government', ['الجيش الإسرائيلي', 'القوات الإسرائيلية']),
    actor('abbas', 'person', ['محمود عباس']),
    actor('turkey', 'government', ['تركيا', 'أنقرة']),
    actor('ypg', 'movement', ['وحدات حماية الشعب']),
    actor('usa', 'government', ['الولايات المتحدة', 'واشنطن']),
    actor('iran', 'government', ['إيران']),
    actor('un-security-council', 'organization', ['مجلس الأمن']),
    actor('syrian-government', 'government', ['القوات السورية', 'الحكومة السورية']),
  ],
  topics: [
    ...targetTopics(['houthis', 'israel', 'ypg', 'iran', 'yemeni-government'], ['ar']),
    { id: 'syria-ceasefire', label: { ar: 'الهدنة في سوريا' }, pro: { ar: ['وقف إطلاق النار'] }, anti: {} },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-08-16' });

describe('battles with someone', () => {
  it('"بعد معارك عنيفة مع ميليشيات الحوثي": the army that took ground opposes the Houthis', () => {
    expect(
      t(
        'وحررت قوات الجيش اليمني بدعم من التحالف مركز مديرية باقم في محافظة صعدة، بعد معارك عنيفة مع ميليشيات الحوثي.',
      ),
    ).toContain('yemeni-government/houthis-as-target/oppose');
  });

  it('"خاضت حركة حماس ثلاث معارك مع إسرائيل"', () => {
    expect(t('وخاضت حركة حماس ثلاث معارك مع إسرائيل وأطلقت آلاف الصواريخ والقنابل ضدها.')).toContain(
      'hamas/israel-as-target/oppose',
    );
  });

  it('killed "في معارك مع": a casualty report holds no side', () => {
    expect(
      t('وقتل أكثر من 65 من عناصر ميليشيا الحوثي الإيرانية في معارك مع الجيش اليمني في جبهة الحديدة.'),
    ).not.toContain('houthis/yemeni-government-as-target/oppose');
  });

  it('mourning those killed "في المواجهات مع الجيش الإسرائيلي" is no deed of the mourner', () => {
    expect(
      t(
        'أعلن رئيس السلطة الفلسطينية محمود عباس تنكيس الأعلام لمدة ثلاثة أيام حدادا على القتلى في المواجهات مع الجيش الإسرائيلي.',
      ),
    ).not.toContain('abbas/israel-as-target/oppose');
  });

  it('battles "إلى جانب" an army are no clash with it', () => {
    expect(t('كما يخوض آلاف المقاتلين الذين تمولهم إيران معارك إلى جانب القوات السورية.')).toEqual([]);
  });
});

describe('besieging and classifying', () => {
  it('"لمحاصرة النفوذ الإيراني": containing Iran opposes it', () => {
    expect(t('ومع انحسار التنظيم، غيرت واشنطن أهدافها لمحاصرة النفوذ الإيراني في سوريا.')).toContain(
      'usa/iran-as-target/oppose',
    );
  });

  it('"تحاصرها القوات السورية": the besieged place in a pronoun is no earlier topic', () => {
    expect(
      t(
        'ويشمل القرار وقف إطلاق النار في الغوطة. وتحاصرها القوات السورية منذ عام 2013 بدعم من حلفائها الروس والإيرانيين.',
      ),
    ).not.toContain('syrian-government/syria-ceasefire/oppose');
  });

  it('"تصنف أنقرة وحدات حماية الشعب الكردية منظمة إرهابية"', () => {
    expect(
      t(
        'تصنف أنقرة وحدات حماية الشعب الكردية منظمة إرهابية، وتقول إنها امتداد لحزب العمال الكردستاني في تركيا.',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
  });

  it('"ولا يصنف مجلس الأمن وحدات حماية الشعب جماعة إرهابية" takes no side', () => {
    expect(t('ولا يصنف مجلس الأمن وحدات حماية الشعب جماعة إرهابية.')).toEqual([]);
  });
});

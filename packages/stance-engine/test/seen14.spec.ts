import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Misreadings seen in session 14. Holding someone to account (حاسب، محاسبة) acts against the one
// held; a country's name spelt like its feminine nisba (روسية، سورية) after an indefinite noun is
// the adjective ("غارة روسية"), not the country; a verbal noun of reaction whose attached pronoun
// is the subject of the verb stating it ("أعربت X عن ترحيبها بقرار Y"), or a pure verbal noun with
// its genitive holder ("ترحيب X بقرار Y"), reacts to Y's decision. Sentences are from
// corpus/news-ar.jsonl.
const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-seen14',
  actors: [
    actor('russia', 'government', ['روسيا', 'موسكو']),
    actor('syria', 'government', ['سوريا', 'دمشق']),
    actor('iran', 'government', ['إيران', 'طهران']),
    actor('turkey', 'government', ['تركيا', 'أنقرة']),
    actor('saudi-arabia', 'government', ['السعودية', 'المملكة العربية السعودية']),
    actor('bahrain', 'government', ['البحرين']),
    actor('usa', 'government', ['الولايات المتحدة', 'واشنطن']),
    actor('pompeo', 'person', ['بومبيو', 'مايك بومبيو']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], {
      roles: [{ title: { ar: ['الرئيس الأمريكي', 'الرئيس الأميركي'] }, from: '2017-01-20' }],
    }),
    actor('sadr', 'person', ['الصدر', 'مقتدى الصدر']),
  ],
  topics: [
    ...targetTopics(['russia', 'syria', 'iran', 'turkey', 'saudi-arabia', 'usa', 'trump'], ['ar']),
    {
      id: 'anti-corruption',
      label: { ar: 'مكافحة الفساد' },
      pro: { ar: ['مكافحة الفساد', 'محاسبة الفاسدين'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-28' });

describe('holding to account is acting against the one held', () => {
  it("a demand to hold Iran's leader to account opposes Iran", () => {
    const got = t(
      'كما طالب بومبيو في تغريدة على حسابه على موقع تويتر، بضرورة محاسبة المرشد الإيراني علي خامنئي على زعزعة استقرار أمن الخليج.',
    );
    expect(got).toContain('pompeo/iran-as-target/oppose');
    expect(got).not.toContain('pompeo/iran-as-target/support');
  });

  it('obstructing efforts to hold Syria to account sides with Syria', () => {
    expect(
      t(
        'وعرقلت روسيا مرارا الجهود الرامية لمحاسبة سوريا سواء في الأمم المتحدة أو منظمة حظر الأسلحة الكيميائية.',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it('near miss: holding the corrupt to account, a pro phrase, stays support of its topic', () => {
    expect(t('وطالب الصدر بمحاسبة الفاسدين.')).toEqual(['sadr/anti-corruption/support']);
  });
});

describe('a country name spelt as its feminine nisba after an indefinite noun', () => {
  it('"في غارة روسية" is a Russian raid, not the country as a target', () => {
    expect(
      t(
        'أكدت الاستخبارات العراقية في بيان الأربعاء مقتل نجل زعيم تنظيم داعش أبو بكر البغدادي بوسط سوريا، في غارة روسية في الثاني من يوليو الحالي.',
      ),
    ).toEqual([]);
  });

  it('"غارات سورية وروسية": a second nisba joined by و is an adjective too', () => {
    expect(
      t(
        'وأفاد المرصد السوري لحقوق الإنسان عن "غارات سورية وروسية تستهدف أحياء سيطرة الفصائل في المدينة في هذه الأثناء، تزامنا مع إلقاء قوات النظام للبراميل المتفجرة".',
      ),
    ).not.toContain('syria/russia-as-target/oppose');
  });

  it('"مقاتلات تركية نفذت غارات": the nationality adjective is the agent of the raids', () => {
    expect(
      t(
        'ذكرت وكالة أنباء الأناضول التركية، الجمعة، أن مقاتلات تركية نفذت غارات جوية على معاقل المسلحين في شمال العراق.',
      ),
    ).toEqual([]);
  });

  it('near misses: the definite السعودية after a noun, and the name after a verb, stay the country', () => {
    expect(t('وانتقدت إيران سياسات السعودية في المنطقة.')).toEqual(['iran/saudi-arabia-as-target/oppose']);
    expect(t('وأعلنت روسية أنها ستدعم دمشق.')).toContain('russia/syria-as-target/support');
  });
});

describe("a reaction noun owned by the stating verb's subject reacts to a decision", () => {
  it('"أعلنت السعودية تأييدها وترحيبها بالخطوات التي أعلنها الرئيس الأميركي دونالد ترامب"', () => {
    expect(
      t(
        'أعلنت المملكة العربية السعودية، الثلاثاء، تأييدها وترحيبها بالخطوات التي أعلنها الرئيس الأميركي دونالد ترامب بشأن انسحاب بلاده من الاتفاق النووي.',
        { published_at: '2018-05-08' },
      ),
    ).toContain('saudi-arabia/trump-as-target/support');
  });

  it('"عبرت السعودية عن ترحيبها بموافقة أنقرة" and "ترحيب السعودية بقرار واشنطن"', () => {
    expect(
      t(
        'وعبرت السعودية عن ترحيبها بموافقة أنقرة على تشكيل فريق تحقيق مشترك لمعرفة أسباب وملابسات اختفاء الإعلامي السعودي.',
      ),
    ).toContain('saudi-arabia/turkey-as-target/support');
    // A pure verbal noun with its genitive holder.
    expect(t('وجاء ترحيب السعودية بقرار واشنطن بعد أيام.')).toContain('saudi-arabia/usa-as-target/support');
  });

  it('near miss: after "بعد" the pronoun is not the speaker\'s ("بعد رفضها الاقتراح الروسي")', () => {
    expect(
      t(
        'وأوضح المرصد: "يحول الطيران السوري والروسي هذه المناطق إلى جحيم" لافتا الى "قصف هستيري على ريف درعا في محاولة لإخضاع الفصائل بعد رفضها الاقتراح الروسي لوقف المعارك".',
      ),
    ).not.toContain('syria/russia-as-target/oppose');
  });
});

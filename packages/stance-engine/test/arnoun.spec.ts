// Arabic stances carried by a verbal noun whose agent is its genitive (round "arnoun"): "موافقة
// X على Y" (a complement after على makes the genitive the agent), "إدانة X لاستهداف … من قبل Y"
// (an act noun after ل, whose agent the reaction opposes), and an act named by a topic phrase
// with its agent after "من قبل". Negatives: nouns whose genitive is the one urged, helped or
// charged, a verbal noun under a denial, and one reported as someone else's claim. Sentences
// are from the Arabic development sets and corpus/news-ar.jsonl, some shortened.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arnoun-unit-tests',
  actors: [
    actor('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('israel', 'country', ['إسرائيل', 'اسرائيل']),
    actor('israeli-army', 'armed-group', ['الجيش الإسرائيلي', 'قوات الاحتلال الإسرائيلي'], {
      memberOf: ['israel'],
    }),
    actor('iran', 'country', ['إيران']),
    actor('iraq', 'country', ['العراق']),
    actor('krg', 'government', ['حكومة إقليم كردستان', 'حكومة الإقليم']),
    actor('houthis', 'armed-group', ['الحوثيون', 'الحوثيين']),
    actor('turkey', 'country', ['تركيا', 'أنقرة']),
    actor('usa', 'country', ['الولايات المتحدة']),
    actor('mbs', 'person', ['محمد بن سلمان'], { memberOf: ['saudi-arabia'] }),
  ],
  topics: [
    {
      id: 'federal-authority',
      label: { ar: 'سلطة الحكومة الاتحادية' },
      pro: { ar: ['سلطة الحكومة الاتحادية', 'إخضاعهما لسلطة الحكومة الاتحادية'] },
      anti: {},
    },
    {
      id: 'protection-of-palestinians',
      label: { ar: 'حماية المدنيين الفلسطينيين' },
      pro: { ar: ['حماية الشعب الفلسطيني'] },
      anti: { ar: ['استهداف المدنيين الفلسطينيين'] },
    },
    {
      id: 'peace-talks',
      label: { ar: 'محادثات السلام' },
      pro: { ar: ['محادثات السلام'] },
      anti: {},
    },
    ...targetTopics(['saudi-arabia', 'israel', 'iran', 'krg', 'houthis', 'turkey', 'usa'], ['ar']),
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('a verbal noun with its agent in the genitive and its object after على (arnoun)', () => {
  it('"بعد موافقة حكومة الإقليم على إخضاعهما لسلطة الحكومة الاتحادية" is the KRG supporting it', () => {
    const got = t(
      'وكان رئيس الوزراء العراقي قد قرر الثلاثاء الماضي إعادة فتح مطاري أربيل والسليمانية أمام الرحلات الدولية، بعد ستة أشهر من الحظر، وبعد موافقة حكومة الإقليم على إخضاعهما لسلطة الحكومة الاتحادية.',
    );
    expect(got).toContain('krg/federal-authority/support');
  });

  it('a noun of helping has the one helped in its genitive, no agent', () => {
    expect(t('وقال المبعوث إن مساعدة الحوثيين على محادثات السلام ضرورية.')).not.toContain(
      'houthis/peace-talks/support',
    );
  });

  it('"حرص المملكة على العلاقات مع الولايات المتحدة" supports the US', () => {
    expect(
      t('من جانبه، أكد ولي العهد السعودي حرص المملكة العربية السعودية على العلاقات مع الولايات المتحدة.'),
    ).toContain('saudi-arabia/usa-as-target/support');
  });

  it("welcoming another's agreement still supports the one who agreed", () => {
    expect(
      t('وكانت السعودية قد اقترحت إنشاء فريق تحقيق مشترك مع تركيا، ورحبت بموافقة أنقرة على هذا الاقتراح.'),
    ).toContain('saudi-arabia/turkey-as-target/support');
  });

  it('a noun of holding to account has the one held in its genitive: على is the reason', () => {
    expect(t('وطالبت الولايات المتحدة بمحاسبة إيران على دعم الحوثيين.')).toContain(
      'usa/iran-as-target/oppose',
    );
  });

  it('a denied agreement is no support', () => {
    expect(t('ونفى مسؤول عراقي موافقة حكومة الإقليم على إخضاعهما لسلطة الحكومة الاتحادية.')).not.toContain(
      'krg/federal-authority/support',
    );
  });
});

describe('a reaction noun with its genitive agent toward the agent of the act it judges (arnoun)', () => {
  it('"إدانة المملكة لاستهداف المدنيين الفلسطينيين … من قبل قوات الاحتلال الإسرائيلي" opposes Israel', () => {
    const got = t(
      'وأعرب مجلس الوزراء السعودي عن "إدانة المملكة لاستهداف المدنيين الفلسطينيين العزل من قبل قوات الاحتلال الإسرائيلي"، مشددا على ضرورة اضطلاع المجتمع الدولي بمسؤولياته.',
    );
    expect(got).toContain('saudi-arabia/israel-as-target/oppose');
    expect(got).toContain('saudi-arabia/protection-of-palestinians/support');
  });

  it('the same act after a finite verb of condemnation', () => {
    expect(t('وأدانت السعودية استهداف المدنيين الفلسطينيين من قبل قوات الاحتلال الإسرائيلي.')).toContain(
      'saudi-arabia/israel-as-target/oppose',
    );
  });

  it("an escalation of attacks with its genitive agent is that agent's deed", () => {
    expect(t('واعتبر ولي العهد السعودي أن تصعيد الحوثيين للهجمات على السعودية "علامة ضعف".')).toContain(
      'houthis/saudi-arabia-as-target/oppose',
    );
  });

  it('an act with no agent named opposes nobody', () => {
    expect(t('وأدانت السعودية استهداف المدنيين الفلسطينيين في غزة.')).not.toContain(
      'saudi-arabia/israel-as-target/oppose',
    );
  });
});

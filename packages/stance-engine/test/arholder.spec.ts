// Arabic holders named outside the statement's clause: "البيان" standing for whoever issued the
// statement; an official placed in a tracked body ("مسؤول في الإدارة الأميركية") speaking for
// it; a quotation paragraph keeping its speaker; a clause with a subject of its own (a law)
// taking no holder from the sentence before. Sentences from corpus/news-ar.jsonl, a few
// contrasts and the short stories built of their phrases.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arholder-unit-tests',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('us-government', 'government', ['البيت الأبيض', 'الإدارة الأميركية', 'أميركا']),
    ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('mbs', 'person', ['محمد بن سلمان'], { memberOf: ['saudi-arabia'] }),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('iraq', 'country', ['العراق', 'بغداد']),
    ar('yemen-government', 'government', ['الحكومة اليمنية']),
    ar('houthis', 'armed-group', ['جماعة الحوثي', 'الحوثيين']),
    ar('iraqi-parliament', 'organization', ['البرلمان العراقي', 'البرلمان']),
    ar('abadi', 'person', ['حيدر العبادي', 'العبادي']),
    ar('gabriel', 'person', ['سيغمار غابرييل', 'غابرييل']),
  ],
  topics: [
    ...targetTopics(['iran', 'houthis'], ['ar']),
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
    {
      id: 'judges-supervise-count',
      label: { ar: 'إشراف القضاة على العد' },
      pro: { ar: ['تجميد عمل المفوضية'] },
      anti: {},
    },
  ],
};
const triplesAr = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });

describe('"البيان" as a later subject is whoever issued the statement', () => {
  const issued =
    'وأفاد بيان للبيت الأبيض أن ترامب تحدث مع محمد بن زايد، الجمعة، لمناقشة التطورات الإقليمية وفرص زيادة التعاون في عدة ملفات أمنية واقتصادية.\n';
  const added =
    'وأضاف البيان أن "ترامب شكر محمد بن زايد على الشراكة الاستراتيجية الوثيقة وقيادته القوية بتسليط الضوء على الطرق الأفضل لدول مجلس التعاون الخليجي لمواجهة أنشطة إيران المزعزعة للاستقرار".';

  it('"بيان للبيت الأبيض … وأضاف البيان أن … لمواجهة أنشطة إيران": the White House', () => {
    expect(triplesAr(issued + added)).toContain('us-government/iran-as-target/oppose');
  });

  it('"قالت X في بيان … وأدان البيان …": the sentence\'s subject issued it', () => {
    expect(
      triplesAr(
        'وقالت السعودية في بيان إنها تتابع الوضع في لبنان.\nوأدان البيان التدخلات الإيرانية في شؤون المنطقة.',
      ),
    ).toContain('saudi-arabia/iran-as-target/oppose');
  });

  it('"جاء ذلك في بيان للخارجية السعودية … وذكر البيان: "ندين …"": the issuer past its office words', () => {
    expect(
      triplesAr(
        'جاء ذلك في بيان للخارجية السعودية.\nوذكر البيان: "ندين التدخلات الإيرانية في شؤون المنطقة".',
      ),
    ).toContain('saudi-arabia/iran-as-target/oppose');
  });

  it('a statement of someone we do not track ends the chain', () => {
    const got = triplesAr(
      'وقالت السعودية في بيان إنها تتابع الوضع في لبنان.\nوقالت منظمة حقوقية في بيان إنها قلقة.\nوأدان البيان التدخلات الإيرانية في شؤون المنطقة.',
    );
    expect(got).not.toContain('saudi-arabia/iran-as-target/oppose');
  });
});

describe('an official placed in a tracked body speaks for it', () => {
  it('"وهذا ما أكده مسؤول في الإدارة الأميركية الذي كشف أن "نشاطات إيران الخبيثة" …": not the Saudi prince', () => {
    const got = triplesAr(
      'تنتظر زيارة ولي العهد السعودي، الأمير محمد بن سلمان، إلى الولايات المتحدة ملفات ساخنة، على رأسها الانتهاكات الإيرانية والاتفاق النووي، وهذا ما أكده مسؤول في الإدارة الأميركية الذي كشف أن "نشاطات إيران الخبيثة" ستكون على طاولة البحث.',
    );
    expect(got).toContain('us-government/iran-as-target/oppose');
    expect(got).not.toContain('mbs/iran-as-target/oppose');
  });

  it('"وأكد عبد الرقيب فتح، وزير الإدارة المحلية في الحكومة اليمنية …، أن مسلحي جماعة الحوثي الإرهابية …"', () => {
    expect(
      triplesAr(
        'وأكد عبد الرقيب فتح، وزير الإدارة المحلية في الحكومة اليمنية رئيس اللجنة العليا للإغاثة، أن مسلحي جماعة الحوثي الإرهابية استخدمت المساعدات الإغاثية في دعم عملياتهم التخريبية.',
      ),
    ).toContain('yemen-government/houthis-as-target/oppose');
  });

  it('an official "in" a state is posted there, and no one\'s voice by it', () => {
    expect(triplesAr('وقال مسؤول في العراق: "ندين التدخلات الإيرانية في شؤون المنطقة".')).toEqual([]);
  });
});

describe('a quotation paragraph keeps the speaker before it', () => {
  it('"قال العبادي … "…". وأضاف أن …": the quoted sentence does not end his turn', () => {
    expect(
      triplesAr(
        'وقال العبادي إن الحكومة ستواصل الإصلاحات.\n"نحن ملتزمون بالإصلاح ومحاربة الفساد".\nوأضاف أن الحكومة تدين التدخلات الإيرانية في شؤون المنطقة.',
      ),
    ).toContain('abadi/iran-as-target/oppose');
  });

  it("a name inside the quotation is not the next sentence's subject", () => {
    const got = triplesAr(
      'ذكر سيغمار غابرييل أن الدبلوماسية المتعددة الأطراف تمكنت من حل أزمات مستعصية. "وقد حال الاتفاق النووي دون تزود إيران بالسلاح النووي". دعا الولايات المتحدة إلى الحفاظ على الاتفاق النووي.',
    );
    expect(got).toContain('gabriel/nuclear-deal/support');
    expect(got).not.toContain('iran/nuclear-deal/support');
  });
});

describe('a clause with a subject of its own takes no holder from the sentence before', () => {
  const decided =
    'وعقد البرلمان العراقي جلسة الأربعاء قرر خلالها تجميد عمل المفوضية وإحالة ملفها على القضاء.\n';

  it('"وقانون المفوضية القديم لا يسمح بهذا الإجراء": the law, not the parliament, refuses', () => {
    const got = triplesAr(decided + 'وقانون المفوضية القديم لا يسمح بهذا الإجراء.');
    expect(got).toContain('iraqi-parliament/judges-supervise-count/support');
    expect(got).not.toContain('iraqi-parliament/judges-supervise-count/oppose');
  });

  it('"والقانون لا يسمح بهذا الإجراء": a negation between the subject and its verb', () => {
    expect(triplesAr(decided + 'والقانون لا يسمح بهذا الإجراء.')).not.toContain(
      'iraqi-parliament/judges-supervise-count/oppose',
    );
  });
});

// Arabic round 12: withdrawals and other deeds named by a verbal noun under a verb that reacts to
// them. Sentences from corpus/news-ar.jsonl (one spelling slip mended: "النوي" → "النووي").
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'ar-round12-unit-tests',
  actors: [
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن', 'أمريكا', 'أميركا']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], {
      memberOf: ['usa'],
      roles: [
        {
          title: { ar: ['الرئيس الأمريكي', 'الرئيس الأميركي'] },
          from: '2017-01-20',
          to: '2021-01-20',
        },
      ],
    }),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('zarif', 'person', ['ظريف'], { memberOf: ['iran'] }),
    actor('france', 'country', ['فرنسا']),
    actor('macron', 'person', ['إيمانويل ماكرون', 'ماكرون'], { memberOf: ['france'] }),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('iraq', 'country', ['العراق', 'وزارة الخارجية العراقية']),
    actor('turkey', 'country', ['تركيا']),
    actor('syrian-government', 'government', ['النظام السوري']),
    actor('israel', 'country', ['إسرائيل']),
    actor('assad', 'person', ['بشار الأسد'], { memberOf: ['syrian-government'] }),
    actor('rouhani', 'person', ['حسن روحاني', 'روحاني'], { memberOf: ['iran'] }),
    actor('russia', 'country', ['روسيا']),
    actor('colombia', 'government', ['حكومة كولومبيا']),
    actor('tishreen', 'movement', ['متظاهرون غاضبون', 'المتظاهرون']),
  ],
  topics: [
    { id: 'deal', label: { ar: 'الاتفاق النووي الإيراني' }, pro: { ar: ['الاتفاق النووي'] }, anti: {} },
    { id: 'syria-as-target', actor: 'syrian-government', label: { ar: 'النظام السوري' }, pro: {}, anti: {} },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    { id: 'ceasefire', label: { ar: 'وقف إطلاق النار' }, pro: { ar: ['وقف إطلاق النار'] }, anti: {} },
    {
      id: 'sanctions',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['فرض العقوبات', 'العقوبات على إيران'] },
      anti: {},
    },
    {
      id: 'palestine-recognition',
      label: { ar: 'الاعتراف بفلسطين' },
      pro: { ar: ['الاعتراف بفلسطين', 'اعتراف الرئيس السابق خوان مانويل سانتوس بفلسطين'] },
      anti: {},
    },
    { id: 'russia-as-target', actor: 'russia', label: { ar: 'روسيا' }, pro: {}, anti: {} },
    { id: 'usa-as-target', actor: 'usa', label: { ar: 'الولايات المتحدة' }, pro: {}, anti: {} },
    {
      id: 'turkish-ops',
      label: { ar: 'العمليات التركية في العراق' },
      pro: { ar: ['الاعتداءات والتجاوزات على الحدود العراقية'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-10T00:00:00Z' });

describe('a deed noun under a reacting verb composes with the verb once', () => {
  it('condemning the continuation of attacks opposes them', () => {
    const got = triples(
      'وكانت وزارة الخارجية العراقية دانت مساء الخميس استمرار الاعتداءات والتجاوزات على الحدود العراقية من قبل القوات التركية.',
    );
    expect(got).toContain('iraq/turkish-ops/oppose');
    expect(got).not.toContain('iraq/turkish-ops/support');
  });

  it('criticising a withdrawal from the deal supports the deal', () => {
    const got = triples('وانتقدت إيران انسحاب ترامب من الاتفاق النووي.');
    expect(got).toContain('iran/deal/support');
    expect(got).not.toContain('iran/deal/oppose');
  });

  it('endorsing the withdrawal still opposes the deal (near miss: a verb of support)', () => {
    const got = triples(
      'وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إنه "يؤيد بشكل كامل انسحاب ترامب من الاتفاق النووي".',
    );
    expect(got).toContain('israel/deal/oppose');
    expect(got).not.toContain('israel/deal/support');
  });
});

describe('the actor named after a withdrawal noun is who withdraws', () => {
  it('a one-word name after the noun leaves what follows من', () => {
    const got = triples('وكان ترامب أعلن، الثلاثاء، انسحاب واشنطن من الاتفاق النووي الموقع عام 2015.');
    expect(got).toContain('usa/deal/oppose');
  });

  it('a nationality adjective after the noun names who withdraws', () => {
    const got = triples(
      'ذكرت وكالة "تسنيم" للأنباء شبه الرسمية أن مشرّعين إيرانيين أشعلوا النار في مستند خطة العمل الشاملة المشتركة، الأربعاء، احتجاجاً على الانسحاب الأمريكي من الاتفاق النووي.',
    );
    expect(got).toContain('usa/deal/oppose');
  });

  it('the announcer holds the withdrawal it announces, even in reported words when it is dated', () => {
    const got = triples(
      'قال سفير الولايات المتحدة الجديد لدى ألمانيا ريتشارد غرينيل على حسابه على تويتر إن على الشركات الألمانية التي تعمل في إيران أن توقف أنشطتها هناك على الفور بعد إعلان الرئيس الأميركي دونالد ترامب انسحاب بلاده من الاتفاق النووي المبرم مع طهران.',
    );
    expect(got).toContain('trump/deal/oppose');
  });

  it('one who describes another’s withdrawal does not hold it (near miss)', () => {
    const got = triples(
      'وفي تصريح جديد الأربعاء، وصف الرئيس الفرنسي إيمانويل ماكرون، انسحاب ترامب من الاتفاق النووي بأنه "خطأ".',
    );
    expect(got).toContain('trump/deal/oppose');
    expect(got).not.toContain('macron/deal/oppose');
    expect(got).not.toContain('france/deal/oppose');
  });

  it('a speaker reporting the withdrawal as his clause’s subject holds nothing (near miss)', () => {
    const got = triples(
      'وقال ظريف إن انسحاب واشنطن من الاتفاق النووي وضع مسؤولية أكبر على عاتق الدول الأوروبية.',
    );
    expect(got).not.toContain('zarif/deal/oppose');
    expect(got).not.toContain('iran/deal/oppose');
  });
});

describe('لوّح بـ brandishes a threat, as هدد does', () => {
  it('brandishing a military response opposes its target', () => {
    const got = triples(
      'ولوح الرئيس الأمريكي دونالد ترامب برد عسكري على النظام السوري بعد التقارير عن هذا الهجوم الكيميائي.',
      { published_at: '2018-04-10T00:00:00Z' },
    );
    expect(got).toContain('trump/syria-as-target/oppose');
  });

  it('waving a thing takes no side with what it is said to be (near miss)', () => {
    const got = triples(
      'ولوح نتانياهو بقطعة معدنية مستطيلة أوضح أنها "قطعة من تلك الطائرة دون طيار إيرانية".',
      { published_at: '2018-02-18T00:00:00Z' },
    );
    expect(got.filter((t) => t.includes('iran-as-target'))).toEqual([]);
  });
});

describe('a need (حاجة، بحاجة) for something supports it', () => {
  it('stressing the need for Russian forces supports Russia', () => {
    const got = triples(
      'قال الرئيس السوري بشار الأسد، الخميس، إن محافظة إدلب، الخاضعة لسيطرة فصائل مسلحة، ستكون الأولوية المقبلة لقوات النظام، مؤكدا كذلك "الحاجة" لوجود القوات المسلحة الروسية في المدى الطويل في سوريا.',
      { published_at: '2018-07-26T00:00:00Z' },
    );
    expect(got).toContain('assad/russia-as-target/support');
  });

  it('no need for US forces opposes them (near miss: negated)', () => {
    const got = triples(
      'ونقلت وكالة الأنباء الإيرانية الرسمية على لسان روحاني قوله: "انت (ترامب) تاجر وتبني الابراج، كيف تريد الحكم علي القضايا العالمية،" لافتا على ان "أميركا تسعي إلى تهديد الشعب الايراني، وأن مشكلتنا الرئيسية هي المواجهة مع صانعي السياسات الذين لا يفهمون أبعاد خطابهم وقرارهم." وأضاف: "عندما تعلن صراحة ’أعطونا المال لتبقى قواتنا المسلحة في سوريا‘ إنها علامة علي أنك مرتزق،" لافتا على أنه "لا حاجة لتواجد القوات الامريكية في دول المنطقة، شعوب المنطقة قادرة علي حماية أمنها واننا مستعدون لحمايتها."',
      { published_at: '2018-04-25T00:00:00Z' },
    );
    expect(got).toContain('rouhani/usa-as-target/oppose');
    expect(got).not.toContain('rouhani/usa-as-target/support');
  });
});

describe('أعاد + a course of action redoes it, like استأنف', () => {
  it('reimposing sanctions supports them', () => {
    const got = triples(
      'وكانت الولايات المتحدة قد أعادت فرض العقوبات على طهران بعد قرار الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي الإيراني الذي وقع عام 2015.',
      { published_at: '2018-10-14T00:00:00Z' },
    );
    expect(got).toContain('usa/sanctions/support');
  });

  it('a coordinated reimposition keeps the side of its verb', () => {
    const got = triples(
      'وزادت التوترات بين إيران والولايات المتحدة بعد أن انسحب الرئيس دونالد ترامب من الاتفاق النووي مع طهران في مايو، وأعاد فرض العقوبات على طهران الشهر الماضي.',
      { published_at: '2018-09-11T00:00:00Z' },
    );
    expect(got).toContain('trump/sanctions/support');
    expect(got).not.toContain('trump/sanctions/oppose');
  });

  it('to reconsider (أعاد النظر في) is not to redo (near miss)', () => {
    const got = triples(
      'أعلنت حكومة كولومبيا الجديدة أنها ستعيد النظر في اعتراف الرئيس السابق خوان مانويل سانتوس بفلسطين، وذلك بعد ساعات على الإعلان، الأربعاء، عن القرار.',
      { published_at: '2018-08-09T00:00:00Z' },
    );
    expect(got).not.toContain('colombia/palestine-recognition/support');
  });
});

describe('a verb with فيه/فيها (the occasion) takes the subject named after the pronoun', () => {
  it('a verb with its own subject after فيها', () => {
    const got = triples(
      'وهي المرة الأولى، التي تتهم فيها إسرائيل إيران باستهدافها من سوريا منذ بدء النزاع في هذا البلد قبل ثماني سنوات.',
    );
    expect(got).toContain('israel/iran-as-target/oppose');
  });

  it('coordinated subjects after فيها', () => {
    const got = triples(
      'وتأتي هذه الغارات بعد يوم من قمة ثلاثية، التي رفضت فيها روسيا وإيران وقف إطلاق النار، قائلة إنها حريصة على دحر "الإرهابيين" في آخر معاقلهم في سوريا.',
      { published_at: '2018-09-08T00:00:00Z' },
    );
    expect(got).toContain('russia/ceasefire/oppose');
    expect(got).toContain('iran/ceasefire/oppose');
  });

  it('setting fire in a place (أضرموا فيها النيران) keeps the protest its own (near miss)', () => {
    const got = triples(
      'طلبت السفارة الإيرانية لدى بغداد، مساء الجمعة، من رعاياها في البصرة، جنوبي العراق، مغادرة المحافظة المنتفضة "فورا"، وذلك بعدما اقتحم متظاهرون غاضبون مقر قنصليتها وأضرموا فيها النيران، احتجاجا على تدخل طهران في شؤون بلادهم.',
      { published_at: '2018-09-07T00:00:00Z' },
    );
    expect(got).toContain('tishreen/iran-as-target/oppose');
  });
});

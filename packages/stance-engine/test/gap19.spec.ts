// Topic phrases without displacing the actor a cue reads: the taking of ground named as
// a topic still opposes the actor it is taken from, "لا يمكن … دون" requires what follows it,
// and an act joined by و after another act's complement is that act's fellow.
// Sentences are real ones from corpus/news-ar.jsonl and the regional development set; where one
// names a topic with a word inside the codebook's phrase ("تحرير مدينة الحديدة"), that word is left
// out here, since topic phrases are matched as written (the gapped matcher was left out).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const freshAr = triplesWith(
  YAML.parse(
    fs.readFileSync(path.resolve(process.cwd(), '../..', 'eval/fresh-ar/codebook.yaml'), 'utf8'),
  ) as Codebook,
  { lang: 'ar' },
);

const CODEBOOK: Codebook = {
  version: 1,
  name: 'gap19-unit-tests',
  actors: [
    {
      id: 'hadi',
      kind: 'person',
      names: { ar: ['عبد ربه منصور هادي', 'عبدربه منصور هادي', 'هادي'] },
      roles: [{ title: { ar: ['الرئيس اليمني'] } }],
      memberOf: [],
    },
    {
      id: 'houthis',
      kind: 'armed-group',
      names: { ar: ['الحوثيين', 'الحوثي', 'ميليشيات الحوثي', 'المليشيات الحوثية', 'الميليشيات الحوثية'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'saudi-led-coalition',
      kind: 'armed-group',
      names: { ar: ['تحالف دعم الشرعية', 'التحالف العربي'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'usa',
      kind: 'country',
      names: { ar: ['الولايات المتحدة', 'أمريكا', 'واشنطن'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'trump',
      kind: 'person',
      names: { ar: ['دونالد ترامب', 'دونالدو ترامب', 'ترامب'] },
      roles: [{ title: { ar: ['الرئيس الأمريكي'] } }],
      memberOf: ['usa'],
    },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
  ],
  topics: [
    {
      id: 'houthi-withdrawal-hodeidah',
      label: { ar: 'انسحاب الحوثيين من الحديدة' },
      pro: { ar: ['مغادرة المليشيات الحوثية', 'تحرير الحديدة', 'الانسحاب من الحديدة'] },
      anti: {},
    },
    { id: 'houthis-as-target', actor: 'houthis', label: { ar: 'الحوثيون' } },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' } },
    {
      id: 'iran-nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
    {
      id: 'sanctions-on-iran',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['فرض عقوبات على إيران', 'العقوبات على إيران'] },
      anti: { ar: ['تخفيف العقوبات'] },
    },
  ],
} as Codebook;
const ar = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-13T00:00:00Z' });

describe('the taking of ground named as a topic, and the actor it is taken from', () => {
  it('must keep: the actor after "من" is opposed beside the topic (the displacement case)', () => {
    const text =
      'دعا الرئيس اليمني، عبد ربه منصور هادي، الأربعاء، الجيش والمقاومة إلى الحسم العسكري لتحرير الحديدة من ميليشيات الحوثي الإيرانية.';
    const got = ar(text);
    expect(got).toContain('hadi/houthi-withdrawal-hodeidah/support');
    expect(got).toContain('hadi/houthis-as-target/oppose');
  });

  it('after "من قبضة" too', () => {
    const text =
      'وكانت قوات التحالف العربي والمقاومة اليمنية المشتركة بدأت عملية عسكرية كبرى، لتحرير الحديدة من قبضة ميليشيات الحوثي، بعد رفضهم القبول بالحلول السلمية.';
    const got = ar(text);
    expect(got).toContain('saudi-led-coalition/houthi-withdrawal-hodeidah/support');
    expect(got).toContain('saudi-led-coalition/houthis-as-target/oppose');
  });

  it('not without "من": the place liberated is no actor taken from', () => {
    const text = 'أطلق تحالف دعم الشرعية في اليمن عملية عسكرية وإنسانية لتحرير ميناء الحديدة غرب اليمن.';
    expect(ar(text)).not.toContain('saudi-led-coalition/houthis-as-target/oppose');
  });
});

describe('"لا يمكن … دون": what nothing can be without is required', () => {
  const hadi = 'أكد الرئيس اليمني عبدربه منصور هادي، رفضه أي وجود مسلح في المدينة.\n';
  it('a without-phrase after an impossibility supports what it names', () => {
    const text =
      hadi +
      'وأضاف هادي أنه "لا يمكن تصور إدارة الميناء وتوفير الأمن فيه بمعزل عن مدينة الحديدة، بل لا يمكن تحقيق الأمن والاستقرار في منطقة الساحل الغربي وحماية الملاحة الدولية دون مغادرة المليشيات الحوثية للمحافظة كاملة".';
    const got = ar(text);
    expect(got).toContain('hadi/houthi-withdrawal-hodeidah/support');
    expect(got).not.toContain('hadi/houthi-withdrawal-hodeidah/oppose');
  });

  it('must not fire: a plain "without" still negates', () => {
    const text = hadi + 'وأضاف هادي أن المطلوب حماية الملاحة الدولية دون مغادرة المليشيات الحوثية للمحافظة.';
    expect(ar(text)).not.toContain('hadi/houthi-withdrawal-hodeidah/support');
  });
});

describe('an act joined by و after another act noun and its complement', () => {
  it("is not the first act noun's object", () => {
    const text =
      'وتأتي هذه التطورات بعد ساعات قليلة على إعلان الرئيس الأمريكي، دونالدو ترامب، انسحاب أمريكا من الاتفاق النووي الإيراني وفرض عقوبات اقتصادية على إيران.';
    const got = freshAr(text, { published_at: '2018-05-08T00:00:00Z' });
    expect(got).toContain('usa/iran-nuclear-deal/oppose');
    expect(got.filter((t) => t.endsWith('/sanctions-on-iran/oppose'))).toEqual([]);
  });

  it('must keep: an owner alone before "و" leaves the act the noun\'s object (CNN, May 2018)', () => {
    const text =
      'دبي، الإمارات العربية المتحدة (CNN)— انتقد الشيخ القطري المعارض، سلطان بن سحيم آل ثاني، موقف قطر من قرار الرئيس الأمريكي، دونالد ترامب والانسحاب من الاتفاق النووي الإيراني، واصفا هذه الخطوة بأنها ضد "الجيران والعمق العربي.';
    expect(freshAr(text, { published_at: '2018-05-10T00:00:00Z' })).toContain(
      'trump/iran-nuclear-deal/oppose',
    );
  });
});

describe('a hostile word inside a topic phrase still governs the actor named after it', () => {
  it('must keep: "تنوي فرض عقوبات جديدة على إيران" (a word inside the phrase) opposes Iran (Sky News Arabia, July 2018)', () => {
    const text =
      'وبما أن إدارة الرئيس الأميركي دونالد ترامب تنوي فرض عقوبات جديدة على إيران بعد الانسحاب من الاتفاق النووي فيما لوحت طهران بإرباك نشاط النفط ردا على واشنطن.';
    const got = freshAr(text, { published_at: '2018-07-16T00:00:00Z' });
    expect(got).toContain('trump/iran-as-target/oppose');
    // The sanctions govern Iran, not the deal after it.
    expect(got).not.toContain('trump/iran-nuclear-deal/support');
  });

  it('must keep: the phrase as written ("فرض عقوبات على إيران") too', () => {
    const text =
      'وبما أن إدارة الرئيس الأميركي دونالد ترامب تنوي فرض عقوبات على إيران بعد الانسحاب من الاتفاق النووي.';
    expect(freshAr(text, { published_at: '2018-07-16T00:00:00Z' })).toContain('trump/iran-as-target/oppose');
  });

  it('must keep: a phrase that ends right before "على طهران" ("وأعاد فرض العقوبات على طهران")', () => {
    const text =
      'وزادت التوترات بين إيران والولايات المتحدة بعد أن انسحب الرئيس دونالد ترامب من الاتفاق النووي مع طهران في مايو، وأعاد فرض العقوبات على طهران الشهر الماضي.';
    expect(freshAr(text, { published_at: '2018-09-11T00:00:00Z' })).toContain('trump/iran-as-target/oppose');
  });

  it("a topic after the phrase takes the inner act's polarity: sanctions over the missile programme oppose it (CNN, April 2018)", () => {
    const text =
      'قال عادل الجبير، وزير الخارجية السعودي، الأحد، إن بلاده تؤيد سياسة الرئيس الأمريكي، دونالد ترامب، تجاه الملف الإيراني، لافتا إلى دعم السعودية لفرض عقوبات على إيران بشأن ملف البرنامج الصاروخي لها.';
    const got = freshAr(text, { published_at: '2018-04-29T00:00:00Z' });
    expect(got).toContain('saudi-arabia/iran-as-target/oppose');
    expect(got).toContain('saudi-arabia/iran-missile-program/oppose');
    expect(got).not.toContain('saudi-arabia/iran-missile-program/support');
  });

  it('must not fire: a phrase headed by the definite noun names the sanctions, not an act of the subject', () => {
    const text =
      'في وقت أدانت فيه دمشق وموسكو بشدة العقوبات الأمريكية على إيران، التي دخلت حيز التنفيذ الثلاثاء، قال رئيس الوزراء العراقي حيدر العبادي إنه "مضطر" للالتزام بها.';
    const got = freshAr(text, { published_at: '2018-08-07T00:00:00Z' });
    expect(got).not.toContain('russia/iran-as-target/oppose');
    expect(got).not.toContain('syrian-government/iran-as-target/oppose');
  });

  it('must not fire: "قضية العقوبات على إيران" is no act against Iran', () => {
    const text =
      'وكانت السفيرة الأميركية لدى الأمم المتحدة نيكي هايلي قد اتهمت الاتحاد الأوروبي بممارسة ألاعيب سياسية في قضية العقوبات على إيران هذا الأسبوع.';
    const got = freshAr(text, { published_at: '2018-08-10T00:00:00Z' });
    expect(got.filter((t) => t.includes('/iran-as-target/'))).toEqual([]);
  });
});

describe('a verb after a draft resolution has the draft as its subject', () => {
  it('must not fire: who vetoed the draft does not hold what it demands (Sky News Arabia, June 2018)', () => {
    const text =
      'سقط في مجلس الأمن مشروع قرار أميركي يدين الفصائل الفلسطينية، وذلك بعدما استخدمت الولايات المتحدة حق النقض الفيتو ضد مشروع قرار عربي يطالب بتوفير حماية الفلسطينيين.';
    expect(freshAr(text, { published_at: '2018-06-01T00:00:00Z' })).not.toContain(
      'usa/protection-of-palestinians/support',
    );
  });

  it('must not fire: nor across a relative clause naming who tabled it (CNN, June 2018)', () => {
    const text =
      'أسقطت الولايات المتحدة الأمريكية مشروع قرار تقدمت به الكويت يطالب بتوفير حماية الفلسطينيين، بعد استخدامها حق النقض الفيتو في جلسة لمجلس الأمن الجمعة.';
    expect(freshAr(text, { published_at: '2018-06-02T00:00:00Z' })).not.toContain(
      'usa/protection-of-palestinians/support',
    );
  });

  it("must keep: the actor as the verb's own subject still holds it", () => {
    const text = 'وطالبت الولايات المتحدة بتوفير حماية الفلسطينيين.';
    expect(freshAr(text, { published_at: '2018-06-02T00:00:00Z' })).toContain(
      'usa/protection-of-palestinians/support',
    );
  });
});

describe('an act lifted or eased inside a topic phrase is not done to the actor after it', () => {
  it('must not fire: "مدد ترامب قرار تخفيف العقوبات على إيران" does not oppose Iran (BBC Arabic, March 2018)', () => {
    const text =
      'في يناير/ كانون ثاني، مدد ترامب قرار تخفيف العقوبات على إيران بسبب ما قال إنه سيكون آخر مرة.';
    expect(ar(text, { published_at: '2018-03-16T00:00:00Z' })).not.toContain('trump/iran-as-target/oppose');
  });
});

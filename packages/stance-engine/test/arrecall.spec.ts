// Arabic recall (round arrecall): a titled VSO subject whose untracked personal name stands
// between it and the verb's object; an office in a body named after ل as the verb's subject; a
// former spokesman of a body; a relative clause set off by commas between a verb and its object.
// Sentences from corpus/news-ar.jsonl unless marked.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arrecall-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('syria', 'government', ['الحكومة السورية', 'النظام السوري']),
    actor('hamas', 'movement', ['حركة حماس', 'حماس']),
    actor('israel', 'country', ['إسرائيل']),
    actor('un', 'organization', ['الأمم المتحدة']),
    actor('coalition', 'organization', ['تحالف دعم الشرعية في اليمن']),
    actor('sistani', 'person', ['السيستاني']),
    actor('abadi', 'person', ['حيدر العبادي']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب']),
  ],
  topics: [
    { id: 'us-as-target', label: { ar: 'الولايات المتحدة' }, actor: 'us', pro: {}, anti: {} },
    { id: 'iran-as-target', label: { ar: 'إيران' }, actor: 'iran', pro: {}, anti: {} },
    { id: 'syria-as-target', label: { ar: 'الحكومة السورية' }, actor: 'syria', pro: {}, anti: {} },
    { id: 'israel-as-target', label: { ar: 'إسرائيل' }, actor: 'israel', pro: {}, anti: {} },
    {
      id: 'inquiry',
      label: { ar: 'تحقيق مستقل' },
      pro: { ar: ['تحقيق مستقل', 'تحقيق شامل'] },
      anti: {},
    },
    { id: 'protest-demands', label: { ar: 'مطالب المحتجين' }, pro: { ar: ['مطالب المحتجين'] }, anti: {} },
    { id: 'nuclear-deal', label: { ar: 'الاتفاق النووي' }, pro: { ar: ['الاتفاق النووي'] }, anti: {} },
    {
      id: 'knesset-law',
      label: { ar: 'التصويت على المقترح' },
      pro: { ar: ['التصويت على المقترح'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-20T00:00:00Z' });

describe('Arabic VSO: a titled subject named before the object', () => {
  it('the name after the nationality title is the subject\'s, not a construct ("حذر الرئيس الإيراني حسن روحاني الولايات المتحدة")', () => {
    const found = triples(
      'حذر الرئيس الإيراني حسن روحاني الولايات المتحدة من مغبة الانسحاب من الاتفاق النووي الذي وقعته القوى العالمية مع طهران.',
    );
    expect(found).toContain('iran/us-as-target/oppose');
  });

  it('after a minister\'s title and name the object is read ("اتهم وزير الدفاع الأميركي جيم ماتيس إيران")', () => {
    const found = triples(
      'اتهم وزير الدفاع الأميركي جيم ماتيس إيران الخميس "بالتدخل" في الانتخابات البرلمانية العراقية التي تجرى في مايو.',
    );
    expect(found).toContain('us/iran-as-target/oppose');
  });

  it("a body named after باسم, then the spokesman's name (dev-regional codebook wording, adapted)", () => {
    const found = triples('وأدان المتحدث باسم حركة حماس فوزي برهوم إسرائيل.');
    expect(found).toContain('hamas/israel-as-target/oppose');
  });

  it('not when the verb has its subject before it and the "title" is its object ("ترامب سيسحب القوات الأمريكية خارج سوريا")', () => {
    const found = triples(
      'وقال مخلوف في المقابلة إنهم ليسوا خائفين من العمل العسكري، ولكنهم سعداء بأن ترامب سيسحب القوات الأمريكية خارج الحكومة السورية.',
    );
    expect(found).not.toContain('us/syria-as-target/oppose');
  });
});

describe('Arabic: an office in a body named after ل is the subject', () => {
  it('the body of "الأمين العام لـ" holds when its holder is not tracked ("ودعا الأمين العام للأمم المتحدة إلى …")', () => {
    expect(triples('ودعا الأمين العام للأمم المتحدة إلى إجراء تحقيق مستقل يوم الخميس.')).toContain(
      'un/inquiry/support',
    );
  });

  it("a member of a part of the body, then his name (the brief's example wording)", () => {
    const found = triples('وأدان عضو المكتب السياسي لحركة حماس موسى أبو مرزوق إسرائيل.');
    expect(found).toContain('hamas/israel-as-target/oppose');
  });

  it('a former official speaks for the body no longer ("المتحدث باسم حركة حماس السابق", adapted)', () => {
    expect(triples('وأدان المتحدث باسم حركة حماس السابق فوزي برهوم إسرائيل.')).not.toContain(
      'hamas/israel-as-target/oppose',
    );
    expect(triples('وأدان عضو المكتب السياسي لحركة حماس السابق إسرائيل.')).not.toContain(
      'hamas/israel-as-target/oppose',
    );
  });
});

describe('Arabic: a relative clause set off by commas between a verb and its object', () => {
  it('after the occasion of the words ("وطالب السيستاني في الخطبة، التي ألقاها ممثل عنه …، حكومة … إلى")', () => {
    const found = triples(
      'وطالب السيستاني في الخطبة، التي ألقاها ممثل عنه في مدينة كربلاء، حكومة رئيس الوزراء حيدر العبادي المنتهية ولايتها، إلى الاستجابة لمطالب المحتجين بتوفير وظائف وتحسين الخدمات الأساسية.',
    );
    expect(found).toContain('sistani/protest-demands/support');
  });

  it('after the addressee of a call ("دعت الولايات المتحدة … التحالف، الذي تقود قواته السعودية، إلى")', () => {
    const found = triples(
      'دعت الولايات المتحدة الأمريكية "تحالف دعم الشرعية في اليمن"، الذي تقود قواته السعودية، إلى "تحقيق شامل" في الهجوم الذي ضرب مدينة صعدة اليمنية، الخميس.',
    );
    expect(found).toContain('us/inquiry/support');
  });

  it('not when another clause opens after it ("…، الذي يتزعمه وزير الدفاع أفيغدور ليبرمان، وسيتم التصويت")', () => {
    const found = triples(
      'وبحسب مراسل "سكاي نيوز"، فإن مشروع القانون من اقتراح حزب "إسرائيل بيتنا" المتطرف، الذي يتزعمه وزير الدفاع أفيغدور ليبرمان، وسيتم التصويت على المقترح في اللجنة الوزارية لشؤون التشريع قبل طرحه في الكنيست (البرلمان) تمهيدا لتمريره.',
    );
    expect(found.filter((t) => t.includes('knesset-law'))).toEqual([]);
  });

  it('not over a clause holding a cue of its own ("منذ قرار الرئيس الأمريكي، دونالد ترامب، الخروج من …")', () => {
    const found = triples(
      'وكان كانتي يتحدث من طهران الجمعة، التي بات أول مسؤول غربي رفيع يزورها منذ قرار الرئيس الأمريكي، دونالد ترامب، الخروج من الاتفاق النووي مع إيران وفرض عقوبات عليها.',
    );
    expect(found).toContain('trump/nuclear-deal/oppose');
  });
});

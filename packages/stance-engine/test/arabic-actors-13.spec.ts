// Arabic statements of one actor toward another that were missed (round 13): a verbal noun's
// genitive agent before its ل-object, the definite word with ل (لل) before a name, and an office
// word written with لل before a nationality. Sentences from corpus/news-ar.jsonl and eval/own.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arabic-actors-13-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('saudi', 'country', ['السعودية', 'الرياض']),
    actor('france', 'country', ['فرنسا']),
    actor('syria', 'government', ['النظام السوري', 'سوريا']),
    actor('israel', 'country', ['إسرائيل']),
    actor('yemen-government', 'government', ['الحكومة اليمنية']),
    actor('houthis', 'armed-group', ['الحوثيين', 'جماعة الحوثي']),
    actor('hezbollah', 'armed-group', ['حزب الله']),
    actor('pmf', 'armed-group', ['الحشد الشعبي']),
    actor('uae', 'country', ['الإمارات']),
    actor('isis', 'armed-group', ['داعش']),
    actor('pompeo', 'person', ['مايك بومبيو'], { memberOf: ['us'] }),
  ],
  topics: [
    { id: 'us-as-target', label: { ar: 'الولايات المتحدة' }, actor: 'us', pro: {}, anti: {} },
    { id: 'iran-as-target', label: { ar: 'إيران' }, actor: 'iran', pro: {}, anti: {} },
    { id: 'houthis-as-target', label: { ar: 'الحوثيون' }, actor: 'houthis', pro: {}, anti: {} },
    { id: 'hezbollah-as-target', label: { ar: 'حزب الله' }, actor: 'hezbollah', pro: {}, anti: {} },
    { id: 'syria-as-target', label: { ar: 'النظام السوري' }, actor: 'syria', pro: {}, anti: {} },
    { id: 'isis-as-target', label: { ar: 'داعش' }, actor: 'isis', pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-28T00:00:00Z' });

describe('Arabic actor targets: a verbal noun with its genitive agent and ل-object', () => {
  it('the genitive before the ل-object holds the noun ("دعم إيران للحوثيين")', () => {
    const found = triples(
      'قال وزير الخارجية الأميركي مايك بومبيو، إن دعم إيران للحوثيين في اليمن لا يسمح فقط بمهاجمة دول الجوار، بل يهدد بتفاقم الأزمة الإنسانية في اليمن.',
    );
    expect(found).toContain('iran/houthis-as-target/support');
    expect(found).not.toContain('pompeo/houthis-as-target/support');
  });

  it('also past a following verb of the sentence ("إدانة الحكومة اليمنية لممارسات ميليشيات حزب الله")', () => {
    const found = triples(
      'وشدد اليماني على إدانة الحكومة اليمنية لممارسات ميليشيات حزب الله وتصريحاته، مطالبا الحكومة اللبنانية كبح "السلوك العدواني" للميليشيات تماشيا مع سياسة النأي بالنفس.',
    );
    expect(found).toContain('yemen-government/hezbollah-as-target/oppose');
  });

  it('a genitive followed by ب is the one charged, not the accuser ("اتهام إيران بدعم الحوثيين")', () => {
    const found = triples('وجاء ذلك بعد اتهام إيران بدعم الحوثيين في اليمن.');
    expect(found).not.toContain('iran/houthis-as-target/support');
    expect(found.filter((t) => t.startsWith('iran/'))).toEqual([]);
  });
});

describe('Arabic actor targets: ل before the article', () => {
  it('a definite noun with لل before a name is no construct head ("الدعم الإيراني للمتمردين الحوثيين")', () => {
    const found = triples(
      'وقال وزير الخزانة الأميركية ستيفن منوتشين: "لن تتسامح الولايات المتحدة مع الدعم الإيراني للمتمردين الحوثيين الذين يهاجمون شريكنا المقرب، المملكة السعودية.',
    );
    expect(found).toContain('iran/houthis-as-target/support');
  });

  it('an indefinite noun with ل before a name still is ("دعما لحلفاء إيران")', () => {
    const found = triples('وأرسلت السعودية أسلحة دعما لحلفاء إيران في المنطقة.');
    expect(found).not.toContain('saudi/iran-as-target/support');
  });

  it('an office word with لل makes the nationality after it an official ("اتهام الحشد الشعبي للقوات الأميركية")', () => {
    const found = triples(
      'يأتي ذلك بعد اتهام الحشد الشعبي للقوات الأميركية يوم الاثنين بشن ضربة جوية أسفرت عن إصابة 12 شخصا آخرين من أفراد الحشد في بلدة البوكمال الحدودية السورية.',
    );
    expect(found).toContain('pmf/us-as-target/oppose');
  });

  it('"جمدت أموالاً تعود للمخابرات الإيرانية" is against Iran', () => {
    const found = triples(
      'أعلنت الحكومة الفرنسية أنها جمدت أموالاً تعود للمخابرات الإيرانية ومواطنين إيرانيين اثنين بتهمة التخطيط للهجوم على اجتماع لجماعة معارضة إيرانية في فرنسا.',
    );
    expect(found).toContain('france/iran-as-target/oppose');
  });

  it('air defence and interception systems defend nobody ("منظومات دفاع جوي تابعة للجيش السوري")', () => {
    const found = triples(
      'ودخل على خط المواجهة الجيش السوري، حيث أطلق 100 صاروخ باتجاه الطائرات الإسرائيلية، الأمر الذي استدعى تدمير منظومات دفاع جوي تابعة للجيش السوري، وفق المسؤول العسكري الإسرائيلي.',
    );
    expect(found).not.toContain('israel/syria-as-target/support');
  });
});

describe('Arabic actor targets: a threat noun', () => {
  it('its genitive threatens its ل-object ("تهديد إسرائيل لطهران")', () => {
    const found = triples(
      'يأتي تهديد إسرائيل لطهران، بتشكيل تحالف دولي عسكري ضدها إذا ما حاولت إغلاق مضيق باب المندب، ليلقي الضوء على أهمية هذا الممر المائي.',
    );
    expect(found).toContain('israel/iran-as-target/oppose');
  });

  it('its genitive threatens its object ("تهديد واشنطن دمشق")', () => {
    const found = triples(
      'ويأتي القصف بعد ساعات من تهديد واشنطن دمشق باتخاذ "اجراءات صارمة" ردا على أي "انتهاك" لاتفاق خفض التصعيد في جنوب البلاد.',
    );
    expect(found).toContain('us/syria-as-target/oppose');
    expect(found).not.toContain('syria/us-as-target/oppose');
  });

  it('a threat that another cue reacts to is the threatener\'s act ("في مواجهة تهديد القاعدة، وداعش")', () => {
    const found = triples(
      'ولقيت الجهود التي بذلها التحالف ترحيبا دوليا، خاصة من الولايات المتحدة الأميركية، التي ثمنت الدور الذي لعبته قوات التحالف وخاصة القوات المسلحة الإماراتية في مواجهة تهديد القاعدة، وداعش في اليمن.',
    );
    expect(found).not.toContain('uae/isis-as-target/support');
  });
});

describe('Arabic actor targets: a plural of accusation under another cue', () => {
  it('is the accusers\' act, not an accusation the holder makes ("اعتبرت إيران … الاتهامات الموجهة للنظام السوري بمثابة ذرائع")', () => {
    const found = triples(
      'ولقي عشرات الأشخاص مصرعهم، السبت، في هجوم كيماوي على الغوطة، وهو ما نفته دمشق ووصفته بالمسرحية، فيما اعتبرت إيران الحليفة للأسد الاتهامات الموجهة للنظام السوري بمثابة ذرائع لشن هجوم عسكري ضد سوريا.',
    );
    expect(found).not.toContain('iran/syria-as-target/oppose');
  });
});

// Arabic round 19: reacting to what an actor said, decided or proposed is a stance toward that
// actor. A verb (or verbal noun with its subject) of rejecting, denying, condemning, welcoming or
// praising whose object is a product noun (تصريحات، دعوة، وساطة، مقترح، اتهامات، خطوة …) takes
// that side toward the noun's author: its genitive, its nationality adjective, "الصادر عن X",
// "عرض من X", or a relative clause with a verb of issuing ("التي أطلقها X", "تقدمت به روسيا").
// Each first sentence is a real one from corpus/news-ar.jsonl; the near misses keep what the rule
// must not change.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const target = (id: string, a: string) => ({ id, actor: a, label: { ar: a }, pro: {}, anti: {} });
const CODEBOOK: Codebook = {
  version: 1,
  name: 'ar-react19-unit-tests',
  actors: [
    actor('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية', 'الرياض']),
    actor('turkey', 'country', ['تركيا', 'أنقرة']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('morocco', 'country', ['المغرب', 'الرباط']),
    actor('russia', 'country', ['روسيا', 'موسكو']),
    actor('israel', 'country', ['إسرائيل']),
    actor('us', 'government', ['الولايات المتحدة', 'واشنطن', 'الإدارة الأمريكية']),
    actor('hezbollah', 'armed-group', ['حزب الله']),
    actor('unsc', 'organization', ['مجلس الأمن']),
    actor('sadr', 'person', ['مقتدى الصدر', 'الصدر']),
    actor('maliki', 'person', ['نوري المالكي', 'المالكي']),
    actor('rouhani', 'person', ['حسن روحاني', 'روحاني'], {
      memberOf: ['iran'],
      roles: [{ title: { ar: ['الرئيس الإيراني'] }, from: '2013-08-03', to: '2021-08-03' }],
    }),
    actor('pompeo', 'person', ['مايك بومبيو', 'بومبيو'], {
      memberOf: ['us'],
      roles: [
        {
          title: { ar: ['وزير الخارجية الأمريكي', 'وزير الخارجية الأميركي'] },
          from: '2018-04-26',
          to: '2021-01-20',
        },
      ],
    }),
  ],
  topics: [
    target('saudi-arabia-as-target', 'saudi-arabia'),
    target('turkey-as-target', 'turkey'),
    target('iran-as-target', 'iran'),
    target('morocco-as-target', 'morocco'),
    target('russia-as-target', 'russia'),
    target('us-as-target', 'us'),
    target('hezbollah-as-target', 'hezbollah'),
    target('maliki-as-target', 'maliki'),
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01T00:00:00Z' });

describe('a reaction to an actor’s words, decision or proposal', () => {
  it('denying the accusations named by a nationality adjective opposes that state', () => {
    expect(triples('ونفت السعودية الاتهامات التركية بقتله وأكدت أنها لا تعرف مصير الصحفي خاشقجي.')).toContain(
      'saudi-arabia/turkey-as-target/oppose',
    );
  });

  it('rejecting a mediation named by its adjective opposes its author', () => {
    expect(triples('رفضت السعودية الوساطة التركية مع قطر.')).toEqual([
      'saudi-arabia/turkey-as-target/oppose',
    ]);
  });

  it('denying officials’ remarks opposes the state they serve', () => {
    expect(triples('نفت السعودية تصريحات المسؤولين الإيرانيين بشأن اليمن.')).toEqual([
      'saudi-arabia/iran-as-target/oppose',
    ]);
  });

  it('rejecting a call named by its genitive opposes the caller', () => {
    expect(triples('رفض الصدر دعوة المالكي إلى تشكيل الحكومة.')).toEqual(['sadr/maliki-as-target/oppose']);
  });

  it('a minister’s demands are his government’s: rejecting them opposes it', () => {
    expect(
      triples(
        'رفض الرئيس الإيراني حسن روحاني مطالب وزير الخارجية الأميركي مايك بومبيو، ونقلت وكالة العمال الإيرانية للأنباء عن الرئيس الإيراني قوله.',
        { published_at: '2018-05-21T00:00:00Z' },
      ),
    ).toContain('rouhani/us-as-target/oppose');
  });

  it('a subject named by office and nationality: the state reacts to the other state', () => {
    expect(
      triples(
        'انتقد الرئيس الإيراني بشدة تصريحات وزير الخارجية الأمريكي حول عزم واشنطن فرض عقوبات غير مسبوقة على طهران.',
        { published_at: '2022-05-22T00:00:00Z' },
      ),
    ).toContain('iran/us-as-target/oppose');
  });

  it('welcoming an announcement supports who made it', () => {
    expect(
      triples(
        'تشيد الولايات المتحدة بإعلان المملكة العربية السعودية اليوم عن تبرعها الكريم بـ100 مليون دولار لجهود إرساء الاستقرار.',
      ),
    ).toContain('us/saudi-arabia-as-target/support');
  });

  it('supporting a step named by its adjective supports its author', () => {
    expect(
      triples('وبالمقابل، قال مسؤول إسرائيلي لوكالة فرانس برس للأنباء إن "إسرائيل تدعم الخطوة الأمريكية".'),
    ).toContain('israel/us-as-target/support');
  });

  it('a verbal noun with its subject: the subject rejects the other’s conditions', () => {
    expect(
      triples(
        'ويتبع حكام قطر السياسة التي انتهجتها حليفتهم إيران عام 2016 حينما منع ملالي طهران الشعب الإيراني من أداء فريضة الحج، بعد رفض السلطات السعودية للشروط الإيرانية المطالبة بتسيس الحج.',
      ),
    ).toContain('saudi-arabia/iran-as-target/oppose');
  });

  it('an indefinite offer from a state, or by its adjective', () => {
    expect(
      triples(
        'وذكرت تقارير أخيرا، أن إسرائيل رفضت عرضا روسيا بإبقاء القوات الإيرانية على بعد 100 كيلومتر عن خط وقف إطلاق النار في الجولان المحتل.',
      ),
    ).toContain('israel/russia-as-target/oppose');
  });

  it('a relative clause with a verb of issuing names the author', () => {
    expect(
      triples(
        'ورفض مجلس الأمن مشروع قرار تقدمت به روسيا لإدانة الهجمات الاخيرة التي شنتها الولايات المتحدة على سوريا.',
      ),
    ).toContain('unsc/russia-as-target/oppose');
    expect(triples('نفت إيران اتهامات وجهها المغرب لها بدعم جبهة البوليساريو.')).toContain(
      'iran/morocco-as-target/oppose',
    );
  });

  it('the reactor’s own naming of it ("ما وصفه بـ") leaves the author the object', () => {
    expect(
      triples('أدان وزير الخارجية الأمريكي بشدة ما وصفه بجهود إيران لزعزعة الاستقرار في منطقة الشرق الأوسط.'),
    ).toEqual(['pompeo/iran-as-target/oppose', 'us/iran-as-target/oppose']);
  });

  it('condemning a president’s decision opposes the state he heads, welcoming it supports it', () => {
    expect(
      triples(
        'وقبل أشهر قليلة، أدانت السعودية قرار الرئيس الأمريكي دونالد ترامب بنقل السفارة الأمريكية في إسرائيل إلى القدس.',
      ),
    ).toContain('saudi-arabia/us-as-target/oppose');
    expect(
      triples(
        'وكانت السعودية قد رحبت بقرار الرئيس الأمريكي دونالد ترامب في مايو/آيار الماضي بشأن انسحاب الولايات المتحدة من الاتفاق النووي المبرم مع إيران.',
      ),
    ).toContain('saudi-arabia/us-as-target/support');
  });
});

describe('near misses: no reaction to the actor', () => {
  it('who rejects a plan in a relative clause is not its author', () => {
    expect(triples('رحبت السعودية بالخطة التي رفضتها إيران.')).not.toContain(
      'saudi-arabia/iran-as-target/support',
    );
  });

  it('the accused after a passive verb is not the author', () => {
    expect(triples('رفضت إسرائيل الاتهامات التي وجهت لإيران.')).not.toContain('israel/iran-as-target/oppose');
  });

  it('according to someone’s remarks is no reaction', () => {
    expect(triples('أكدت السعودية، وفقا لتصريحات المسؤولين الإيرانيين، أن المحادثات مستمرة.')).not.toContain(
      'saudi-arabia/iran-as-target/oppose',
    );
  });

  it('not rejecting is no welcome', () => {
    expect(triples('لم يرفض الصدر دعوة المالكي إلى تشكيل الحكومة.')).toEqual([]);
  });

  it('a verbal noun with a pronoun or without its subject has no named reactor', () => {
    expect(
      triples(
        'وأوضح المرصد أن قصفا استهدف ريف درعا في محاولة لإخضاع الفصائل بعد رفضها الاقتراح الروسي لوقف المعارك.',
      ),
    ).toEqual([]);
    expect(triples('وعلى المجتمع الدولي دعم جهود إيران، وعدم الانجرار إلى محاولات الحوثي.')).toEqual([]);
  });

  it('"we" of an untracked speaker is not the actor of an earlier sentence', () => {
    expect(
      triples(
        'وفي هذا السياق دعا الأمين الدول العربية إلى ما وصفه "بإظهار صوت الشيعة العرب" في المنطقة، ضمن الحاضنة العربية، وقال: "على العرب أن يظهروا صوت الشيعة العرب وإذا كانت إيران قادرة على إظهار صوت التطرف والولاء لها، فعلى العرب أن يظهروا صوت الاعتدال والولاء للوطن وهو موجود."\nوبين الأمين أنه منذ بداية مشاركة حزب الله في الحرب في سوريا، أكد عدم شرعية هذه المشاركة، وأضاف الأمين للموقع قائلا حول مستقبل لبنان السياسي والحرب في سوريا: "كنا نود أن يكون لبنان بعيدا عن التأثر بالحرب في سوريا، ورفضنا تدخل حزب الله في سوريا".',
      ),
    ).not.toContain('iran/hezbollah-as-target/oppose');
  });

  it('near miss: "we" of a speaker named in the sentence is his', () => {
    expect(triples('وقال الصدر: "رفضنا دعوة المالكي إلى تشكيل الحكومة".')).toContain(
      'sadr/maliki-as-target/oppose',
    );
  });

  it('a hypothetical reaction is none', () => {
    expect(triples('إذا رفضت السعودية الوساطة التركية فإن الأزمة ستطول.')).toEqual([]);
  });
});

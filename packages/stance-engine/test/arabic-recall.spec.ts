// Constructions of Arabic news behind missed statements (Arabic recall round, eval/fresh-ar,
// fresh-iq, tune and own misses), each counted and judged over corpus/news-ar.jsonl before it
// became a rule: a group named in the nominative of the sound masculine plural is named in the
// oblique case too (الحوثيون / مواقع الحوثيين); a named operation followed by a relative clause of
// launching or waging (التي يشنها، أطلقها، ينفذها X) is X's deed whatever the cue before it says;
// the backer of an act of force (بإسناد من X، بدعم من X) takes the act's side; after a verb of
// managing or aiming and its preposition (تمكن من، نجح في، يهدف إلى) a word spelled like a past verb
// is its verbal noun, whose object is the name after it (تمكنوا من طرد X); liberating or retaking
// ground (حرر، تحرير، استعاد) is an act against whom it is taken from, named after "من" or "من قبضة",
// and against nobody else. Sentences are real
// ones from the corpus unless marked; every rule has a near miss that must not fire.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const asTarget = (id: string) => ({ id: `${id}-as-target`, actor: id, label: { ar: id }, pro: {}, anti: {} });

const CODEBOOK: Codebook = {
  version: 1,
  name: 'arabic-recall-unit-tests',
  actors: [
    actor('houthis', 'armed-group', ['الحوثيون', 'ميليشيات الحوثي']),
    actor('coalition', 'organization', ['التحالف العربي']),
    actor('protesters', 'movement', ['المتظاهرون']),
    actor('saudi', 'country', ['السعودية']),
    actor('iran', 'country', ['إيران']),
    actor('syrian-government', 'government', ['النظام السوري', 'نظام الأسد']),
    actor('trump', 'person', ['دونالد ترامب']),
    actor('turkey', 'country', ['تركيا']),
    actor('ypg', 'armed-group', ['وحدات حماية الشعب الكردية']),
    actor('russia', 'country', ['روسيا']),
    actor('hadi', 'person', ['عبد ربه منصور هادي']),
    actor('yemen', 'country', ['اليمن']),
    actor('iraq', 'country', ['العراق']),
    actor('isis', 'armed-group', ['داعش', 'تنظيم داعش']),
    actor('israel', 'country', ['إسرائيل']),
    actor('lieberman', 'person', ['أفيغدور ليبرمان']),
    actor('obama', 'person', ['أوباما']),
    actor('assad', 'person', ['بشار الأسد'], {
      roles: [{ title: { ar: ['الرئيس السوري'] }, from: '2000-07-17' }],
    }),
  ],
  topics: [
    asTarget('houthis'),
    asTarget('protesters'),
    asTarget('saudi'),
    asTarget('ypg'),
    asTarget('yemen'),
    asTarget('isis'),
    asTarget('assad'),
    asTarget('syrian-government'),
    { id: 'offensives', label: { ar: 'حملات النظام' }, pro: { ar: ['حملة القصف'] }, anti: {} },
    { id: 'siege', label: { ar: 'الحصار' }, pro: { ar: ['الحصار'] }, anti: {} },
  ],
};

const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });

describe('Arabic recall: the oblique case of a plural name', () => {
  test('"مواقع الحوثيين" names the group the codebook lists as "الحوثيون"', () => {
    expect(
      t(
        'وشنت مقاتلات التحالف العربي نحو 18 غارة جوية على مواقع الحوثيين في حرض وعبس، موقعة عشرات القتلى والجرحى.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
  });
  test('near miss: a participle plural (المتظاهرين) names whoever protests, not the listed group', () => {
    expect(t('وأطلقت القوات الإسرائيلية الرصاص الحي على المتظاهرين.')).toEqual([]);
  });
});

describe('Arabic recall: an operation and who wages it', () => {
  test('"حملة القصف … التي يشنها النظام السوري": the regime holds its campaign; Trump condemns it', () => {
    expect(
      t(
        'أدان الرئيس الأميركي دونالد ترامب، الجمعة، حملة القصف الكثيفة التي يشنها النظام السوري على معارضيه في الغوطة الشرقية قرب دمشق.',
      ),
    ).toEqual(['syrian-government/offensives/support', 'trump/offensives/oppose']);
  });
  test('near miss: imposing (يفرضه) is no launching; only the speaker is read', () => {
    expect(
      t(
        'اعتبر الرئيس الأمريكي دونالد ترامب، الجمعة، أن ما يفعله النظام السوري "عار على الإنسانية"، في ظل تواصل القصف والحصار الذي يفرضه نظام الأسد على الغوطة الشرقية.',
      ),
    ).not.toContain('syrian-government/siege/support');
  });
});

describe('Arabic recall: the backer of an act of force', () => {
  test('"بإسناد من طائرات التحالف العربي": the coalition attacks the Houthis too', () => {
    expect(
      t(
        'وعلى صعيد آخر، شنت قوات الجيش الوطني اليمني، بإسناد من طائرات التحالف العربي هجوما عنيف على مواقع لميليشيات الحوثي، في مديرية خب الشغف بمحافظة الجوف.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
  });
  test('(edited) "بإسناد كبير من قوات التحالف": words between the backing noun and the backer', () => {
    expect(t('وبإسناد كبير من قوات التحالف العربي، هاجمت المقاومة اليمنية مواقع الحوثيين.')).toEqual([
      'coalition/houthis-as-target/oppose',
    ]);
  });
  test('near miss (edited): a label (المدعومة من إيران) on the target names no backer of the act', () => {
    expect(
      t(
        'وشنت قوات الجيش الوطني اليمني بإسناد من التحالف العربي هجوما على مواقع لميليشيات الحوثي المدعومة من إيران.',
      ),
    ).not.toContain('iran/houthis-as-target/oppose');
  });
});

describe('Arabic recall: a verbal noun after a verb of managing', () => {
  test('"وتمكنوا من طرد وحدات حماية الشعب": Turkey, the subject carried from the first clause, acts', () => {
    expect(
      t(
        'وشنت تركيا وحلفاؤها من الجيش السوري الحر العملية في يناير الماضي، وتمكنوا من طرد وحدات حماية الشعب الكردية السورية من منطقة عفرين، بعد عمليات قصف وغارات جوية أسفرت عن مقتل مئات المدنيين.',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
  });
  test('a directive too: "دعا إلى تنحي الرئيس السوري" is a call for him to step down', () => {
    expect(
      t(
        'وأوضح المحلل السياسي، ونيت روزنبلات، أن الاحتجاجات جاءت في توقيت سيء لبشار الأسد، لكن التدخل الأميركي وقتها لم يكن فعالا، فأوباما وقت دعا إلى تنحي الرئيس السوري دون أن يقدم أي دعم للسوريين لتحقيق "أهداف ثورتهم".',
        { published_at: '2018-09-12' },
      ),
    ).toContain('obama/assad-as-target/oppose');
  });
  test('near miss: failing to prevent (فشلها في منع) is no managing; Russia is not given the act', () => {
    expect(
      t(
        'وأكدت المتحدثة باسم البيت الأبيض أنه ليس فقط النظام السوري يتحمل مسؤولية الهجوم بالأسلحة الكيماوية على مدينة دوما، إنما أيضا روسيا تتحمل المسؤولية بسبب إخفاقها وفشلها في منع نظام الأسد من استخدام الأسلحة الكيماوية.',
        { published_at: '2018-04-10' },
      ),
    ).not.toContain('russia/syrian-government-as-target/oppose');
  });
});

describe('Arabic recall: ground taken from someone', () => {
  test('"لتحرير مدينة الحديدة من ميليشيات الحوثي": Hadi opposes the Houthis', () => {
    expect(
      t(
        'دعا الرئيس اليمني، عبد ربه منصور هادي، الأربعاء، الجيش والمقاومة إلى الحسم العسكري لتحرير مدينة الحديدة من ميليشيات الحوثي الإيرانية.',
      ),
    ).toEqual(['hadi/houthis-as-target/oppose']);
  });
  test('"أعلن العراق أنه حرر جميع أراضيه من تنظيم داعش": Iraq opposes ISIS', () => {
    expect(
      t(
        'وفي ديسمبر من العام الماضي، أعلن العراق أنه حرر جميع أراضيه من تنظيم "داعش"، بعد عمليات عسكرية كان أكبرها في مدينة الموصل.',
      ),
    ).toEqual(['iraq/isis-as-target/oppose']);
  });
  test('near miss: the ground freed is no side ("حتى تحرير اليمن بالكامل")', () => {
    expect(t('وأضاف الشحي إن العمليات العسكرية ستتواصل حتى تحرير اليمن بالكامل.')).toEqual([]);
  });
  test("near miss: welcoming the regime's retaking is still support for the regime", () => {
    expect(
      t(
        'رحب وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، باستعادة قوات النظام السوري السيطرة على الحدود مع هضبة الجولان التي تحتلها إسرائيل.',
        { published_at: '2018-08-02' },
      ),
    ).toContain('israel/syrian-government-as-target/support');
  });
});

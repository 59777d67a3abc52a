// Elided subjects after a speaker we do not track (round "holder20"). A sentence opened by a verb
// whose subject is a person or body the codebook does not track ("قال نعيم قاسم، …"، "وأعلن دويد …",
// "Rebel commander X said …") makes that person the elided subject of the sentences continuing it
// ("وأضاف: …", "وتابع قائلا …", "He added …"), who holds nothing; the tracked actor of an earlier
// sentence, or one the speaker's words name, is not carried there. A name repeated from an earlier
// sentence where an official's nationality or office stood beside it ("وزير الخارجية السعودي عادل
// الجبير … وأكد الجبير …") makes the continuing sentences that actor's. Sentences from
// corpus/news-ar.jsonl (or shaped like them).
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holder20',
  actors: [
    ar('syria', 'country', ['سوريا', 'دمشق']),
    ar('us', 'country', ['الولايات المتحدة', 'أمريكا', 'أميركا']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('saudi', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('qatar', 'country', ['قطر']),
    ar('houthis', 'armed-group', ['الحوثيين', 'الحوثيون']),
    ar('lavrov', 'person', ['لافروف']),
    ar('russia', 'country', ['روسيا']),
    en('russia-en', 'country', ['Russia']),
    en('syria-en', 'country', ['Syria', 'the Syrian government']),
  ],
  topics: targetTopics(
    ['us', 'iran', 'saudi', 'qatar', 'houthis', 'syria', 'syria-en', 'russia'],
    ['ar', 'en'],
  ),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-09-02' });
const tEn = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-09-02' });

const QASSEM =
  'قال نعيم قاسم، نائب الأمين العام لحزب الله اللبناني، إن المنتصر هو من يملي شروطه في سوريا، لافتا إلى أن الولايات المتحدة الأمريكية مهزومة هناك وشروطها لا معنى له.\n' +
  'وتابع قائلا: "الأمر يحتاج إلى صبر وان شاء الله في يوم من الأيام سيتغير هذا الواقع طالما أننا انتقلنا من مرحلة إعدام وجود سوريا المقاومة إلى مرحلة الانتصارات المتتالية لسوريا ومحورها".\n';

describe('an untracked speaker is the elided subject of the sentences continuing him', () => {
  it('"قال نعيم قاسم … وأضاف: أميركا تكذب": not the Syria of the words before', () => {
    const got = t(
      QASSEM +
        'وأضاف: "أن كل الجماعات الذين يراهنون على أميركا يجب أن يعيدوا النظر في هذه العلاقة، لأن أميركا تكذب، وهي الشيطان الأكبر".',
    );
    expect(got.filter((x) => x.endsWith('us-as-target/oppose'))).toEqual([]);
  });

  it('"Rebel commander X said … He added …": no earlier actor holds the added words', () => {
    const got = tEn(
      'Syria rejected the proposal on Monday. Rebel commander Abu Ali al-Hamwi said the offensive had stalled. He added that the attacks by the Syrian government must be condemned.',
    );
    expect(got).not.toContain('syria-en/syria-en-as-target/oppose');
  });
});

describe('a repeated official name continues the actor he speaks for', () => {
  it('"وزير الخارجية السعودي عادل الجبير … وأكد الجبير … وقال: … الحوثيين قوضوا": Saudi Arabia, not Iran', () => {
    const got = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-02-23' })(
      'وصف وزير الخارجية السعودي عادل الجبير، الجمعة، دولة قطر والأزمة معها بأنها "صغيرة جدا".\n' +
        'وكرر الجبير اتهاماته لإيران بأنها تهدد استقرار المنطقة. وأكد الجبير أن اليمن "قضية معقدة". وقال: "لم نسعى للحرب فيها"، مضيفا أن "الحوثيين قوضوا أكثر من مرة جهود الحل في اليمن".',
    );
    expect(got).not.toContain('iran/houthis-as-target/oppose');
    expect(got).toContain('saudi/houthis-as-target/oppose');
  });
});

describe('an office held at a body is not that body’s voice', () => {
  it('"مندوب الكويت الدائم لدى الأمم المتحدة منصور العتيبي … وقال العتيبي … وأعرب عن التقدير لتعاون العراق": not the UN', () => {
    const cb: Codebook = {
      ...CODEBOOK,
      actors: [
        ...CODEBOOK.actors,
        ar('un', 'organization', ['الأمم المتحدة']),
        ar('iraq', 'country', ['العراق']),
      ],
      topics: targetTopics(['iraq'], ['ar']),
    };
    const got = triplesWith(cb, { lang: 'ar', published_at: '2018-08-09' })(
      'ووفقا لوكالة "كونا"، كان مندوب الكويت الدائم لدى الأمم المتحدة منصور العتيبي قد أكد أن مسألة الأسرى والمفقودين الكويتيين تبقى كالجرح المفتوح. وقال العتيبي في كلمة الكويت في جلسة مجلس الأمن إن الملف إنساني. وأعرب عن التقدير لتعاون العراق والجهود الذي يبذلها في هذا المجال.',
    );
    expect(got.filter((x) => x.startsWith('un/'))).toEqual([]);
  });
});

describe('what stays the previous holder', () => {
  it('"وقال لافروف … وأضاف أن …": a tracked speaker goes on holding', () => {
    const got = t(
      'وقال لافروف إن موسكو تدعم الحوار. وأضاف أن "الولايات المتحدة تكذب وتهدد استقرار المنطقة".',
    );
    expect(got).toContain('lavrov/us-as-target/oppose');
  });

  it('"وقال سيرجي لافروف، وزير خارجية روسيا، …": a tracked actor in the speaker phrase is no untracked speaker', () => {
    const got = t(
      'وقال سيرجي لافروف، وزير خارجية روسيا، إن موسكو تدعم الحوار. وأضاف أن "الولايات المتحدة تكذب وتهدد استقرار المنطقة".',
    );
    expect(got.some((x) => x.endsWith('us-as-target/oppose'))).toBe(true);
  });
});

describe('the one persuaded is no holder', () => {
  const cb: Codebook = {
    version: 1,
    name: 'holder20-persuade',
    actors: [
      ar('us', 'country', ['واشنطن', 'الولايات المتحدة']),
      ar('trump', 'person', ['ترامب']),
      ar('france', 'country', ['فرنسا']),
    ],
    topics: [{ id: 'iran-deal', label: { ar: 'الاتفاق النووي' }, pro: { ar: ['الاتفاق النووي'] }, anti: {} }],
  };
  const tp = triplesWith(cb, { lang: 'ar', published_at: '2018-04-24' });

  it('"في محاولة فرنسية لإقناع واشنطن بالبقاء ضمن الاتفاق النووي": not Washington’s position', () => {
    const got = tp(
      'يذكر أن ماكرون يقوم بزيارة رسمية إلى أمريكا من المقرر أن تستمر لثلاثة أيام، في محاولة فرنسية لإقناع واشنطن بالبقاء ضمن الاتفاق النووي مع إيران.',
    );
    expect(got.filter((x) => x.startsWith('us/'))).toEqual([]);
  });

  it('"تجري مساع حثيثة لإقناع ترامب للاستمرار في الاتفاق النووي": not Trump’s', () => {
    const got = tp(
      'حيث أن الأطراف الأوروبية تجري مساع حثيثة لإقناع ترامب للاستمرار في الاتفاق النووي، إلا أن هذه المساعي لم تصل إلى نتيجة.',
    );
    expect(got.filter((x) => x.startsWith('trump/'))).toEqual([]);
  });

  it('"قال ترامب إنه سيبقى في الاتفاق النووي": a subject still holds', () => {
    const got = tp('وقال ترامب إنه يدعم الاتفاق النووي.');
    expect(got).toContain('trump/iran-deal/support');
  });
});

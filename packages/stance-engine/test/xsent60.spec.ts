// Statements across sentences (round "xsent60"). A sentence opened by the impersonal "يذكر أن"
// ("it is mentioned that") gives the outlet's background: its reporting word has no speaker, so
// the previous sentence's holder does not speak there, and a circumstantial participle ("، متهما
// طهران …") belongs to the clause's own subject. Sentences are those of corpus/news-ar.jsonl or
// shaped like them. A name repeated from an earlier sentence is the previous holder's official
// only when an office or title named it there ("الرئيس الأميركي دونالد ترامب", "الناطق باسم
// التحالف، العقيد تركي المالكي"), not a people's adjective ("الصحفي السعودي جمال خاشقجي"); and
// a name or plain noun after an opening "وكان" is its subject ("وكان خاشقجي … قد اختفى"), unless
// it is an act or a statement, which may be the previous holder's.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'xsent60-ar',
  actors: [
    ar('king-salman', 'person', ['الملك سلمان']),
    ar('un', 'organization', ['الأمم المتحدة']),
    ar('morocco', 'country', ['المغرب']),
    ar('saudi', 'country', ['السعودية', 'الرياض']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('houthis', 'armed-group', ['الحوثيين', 'الحوثيون']),
    ar('uk', 'country', ['بريطانيا']),
    ar('us', 'country', ['الولايات المتحدة']),
    ar('coalition', 'organization', ['تحالف دعم الشرعية في اليمن']),
    ar('guterres', 'person', ['غوتيريش']),
    ar('turkey', 'country', ['تركيا']),
    ar('isis', 'armed-group', ['تنظيم الدولة الإسلامية']),
  ],
  topics: targetTopics(['iran', 'houthis', 'saudi', 'isis'], ['ar', 'en']),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-03' });

describe('background formulas open no one’s words', () => {
  it('"يذكر أن X قطع …، متهما طهران": X accuses, not the previous holder', () => {
    const got = t(
      'وأكد الملك سلمان والعاهل المغربي على ضرورة توحيد المواقف وتنسيق الجهود. يذكر أن المغرب قطع، الثلاثاء، علاقاته الدبلوماسية مع إيران، متهما طهران وحليفها اللبناني ميليشيا حزب الله بدعم جبهة البوليساريو.',
    );
    expect(got).not.toContain('king-salman/iran-as-target/oppose');
    expect(got).toContain('morocco/iran-as-target/oppose');
  });

  it('"ويذكر أن" after a statement quoting a body', () => {
    const got = t(
      'وأشار المصدر إلى أهمية احترام سيادة الدول، وهي المبادئ التي يؤكدها ميثاق الأمم المتحدة. ويذكر أن المغرب قطع علاقاته الدبلوماسية مع إيران، متهما طهران بدعم جبهة البوليساريو.',
    );
    expect(got).not.toContain('un/iran-as-target/oppose');
  });

  it('near miss: a past "وذكر أن" with an elided subject still continues the speaker', () => {
    const got = t(
      'وأكد الملك سلمان على ضرورة توحيد المواقف. وذكر أن الرياض ستواصل دعم الحكومة اليمنية، متهما طهران بدعم الحوثيين.',
    );
    expect(got).toContain('king-salman/iran-as-target/oppose');
  });

  it('near miss: "ويذكر التقرير أن" has its own subject and keeps its reading', () => {
    const got = t(
      'وأكد الملك سلمان على ضرورة توحيد المواقف. ويذكر التقرير أن الحوثيين يتلقون دعما من إيران.',
    );
    expect(got).not.toContain('king-salman/iran-as-target/support');
  });
});

describe('a name repeated from an earlier sentence', () => {
  it('after a people’s adjective it is a new speaker, not the previous holder', () => {
    const got = t(
      'علمت بي بي سي أن بريطانيا والولايات المتحدة تدرسان مقاطعة مؤتمر دولي مهم في السعودية، وذلك في أعقاب اختفاء الصحفي السعودي جمال خاشقجي. واختفى خاشقجي، المنتقد لسياسات الحكومة السعودية، في الثاني من أكتوبر بعدما زار قنصلية بلاده في مدينة إسطنبول التركية.',
    );
    expect(got).not.toContain('uk/saudi-as-target/oppose');
    expect(got).not.toContain('us/saudi-as-target/oppose');
  });

  it('near miss: after a title in an office phrase naming the body it is that body’s official', () => {
    const got = t(
      'أعلن الناطق الرسمي باسم تحالف دعم الشرعية في اليمن، العقيد تركي المالكي، الاثنين، أن التحالف يواصل إدخال المساعدات عبر مدينة الحديدة. وأكد المالكي استمرار منح التصاريح البحرية والجوية لإدخال المساعدات الإنسانية إلى اليمن. وأضاف أنه يدين هجمات الحوثيين على السفن التجارية.',
    );
    expect(got).toContain('coalition/houthis-as-target/oppose');
  });
});

describe('an opening "وكان" and its own subject', () => {
  it('"وكان خاشقجي، الذي عرف بانتقاد …": the name is the subject, not the previous speaker', () => {
    const got = t(
      'وقال غوتيريش لبي بي سي إنه يخشى من تكرار هذا النمط من الاختفاء. وكان خاشقجي، الذي عرف بانتقاد سياسة الحكومة السعودية، قد اختفى في الثاني من أكتوبر.',
    );
    expect(got).not.toContain('guterres/saudi-as-target/oppose');
  });

  it('"وكان الصحفي …": a plain definite noun is the subject', () => {
    const got = t(
      'وقال غوتيريش لبي بي سي إنه يخشى من تكرار هذا النمط من الاختفاء. وكان الصحفي، الذي عرف بانتقاد سياسة الحكومة السعودية، قد اختفى في الثاني من أكتوبر.',
    );
    expect(got).not.toContain('guterres/saudi-as-target/oppose');
  });

  it('near miss: "وكانت العملية …" is the previous holder’s act', () => {
    const got = t(
      'وشنت تركيا في العامين الماضيين عمليتين عسكريتين عبر الحدود بالاشتراك مع قوات سورية معارضة. وكانت العملية الأولى المسماة بعملية "درع الفرات" تهدف إلى طرد مسلحي تنظيم الدولة الإسلامية المتشدد من المناطق الحدودية.',
    );
    expect(got).toContain('turkey/isis-as-target/oppose');
  });
});

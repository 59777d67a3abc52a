// Mutual hostility named by one noun between two sides (round "mutual21"): a rivalry noun with
// "بين/between" ("التوتر بين X وY", "الخلاف بين", "توترت العلاقات بين", "the rift/dispute between")
// makes each side oppose the other, as a clash noun does; neither a clash nor a rivalry counts
// when denied, feared, questioned, dated, or when the sides are grouped ("X وY من جهة وZ من جهة
// أخرى", "X وY مع Z"). Each sentence is a real one from corpus/news-ar.jsonl or news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'mutual21-ar',
  actors: [
    ar('us', 'government', ['الولايات المتحدة', 'واشنطن', 'البيت الأبيض']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('iraq', 'country', ['العراق']),
    ar('russia', 'country', ['روسيا']),
    ar('saudi-arabia', 'country', ['السعودية', 'الرياض']),
    ar('uae', 'country', ['الإمارات']),
    ar('qatar', 'country', ['قطر', 'الدوحة']),
    ar('syrian-government', 'government', ['قوات النظام', 'النظام السوري']),
    ar('hezbollah', 'armed-group', ['حزب الله']),
  ],
  topics: targetTopics(
    [
      'us',
      'turkey',
      'iran',
      'iraq',
      'russia',
      'saudi-arabia',
      'uae',
      'qatar',
      'syrian-government',
      'hezbollah',
    ],
    ['ar', 'en'],
  ),
};
const tAr = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'mutual21-en',
  actors: [
    en('isis', 'armed-group', ['ISIS', 'Islamic State']),
    en('ypg', 'armed-group', ['Kurdish forces', 'YPG']),
    en('syria', 'government', ['Syrian government', 'Syria']),
    en('lebanon', 'country', ['Lebanon']),
  ],
  topics: targetTopics(['isis', 'ypg', 'syria', 'lebanon'], ['ar', 'en']),
};
const tEn = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2016-01-01' });

describe('a rivalry between two sides: each opposes the other', () => {
  it('soured relations: "وتوترت العلاقات بين أنقرة وواشنطن"', () => {
    const got = tAr(
      'وتوترت العلاقات بين أنقرة وواشنطن بسبب ملفات عدة، أبرزها تسليح واشنطن للمسلحين الأكراد الذين تعتبرهم الأخيرة أهم قوة على الأرض في محاربة داعش، وذكر الجانبان أن العلاقات وصلت إلى "مرحلة حرجة".',
    );
    expect(got).toEqual(expect.arrayContaining(['turkey/us-as-target/oppose', 'us/turkey-as-target/oppose']));
  });

  it('rising tension: "وتصاعدت حدة التوتر بين الرياض وطهران"', () => {
    const got = tAr(
      'يذكر أن السعودية تسعى لمواجهة النفوذ الإيراني في المنطقة، وتصاعدت حدة التوتر بين الرياض وطهران في السنوات الأخيرة، مع استعار الحرب في كل من سوريا واليمن.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['iran/saudi-arabia-as-target/oppose', 'saudi-arabia/iran-as-target/oppose']),
    );
  });

  it('disputes and a crisis: "الخلافات بين واشنطن وأنقرة", "الأزمة بين أنقرة وواشنطن"', () => {
    expect(
      tAr(
        'وجاء لقاء الوزيرين بينما تتصاعد حدة الخلافات بين واشنطن وأنقرة بسبب محاكمة قس أمريكي في تركيا بتهمة الارتباط بجماعة إرهابية.',
      ),
    ).toEqual(expect.arrayContaining(['turkey/us-as-target/oppose', 'us/turkey-as-target/oppose']));
    expect(
      tAr('وكانت الأزمة بين أنقرة وواشنطن قد أدت إلى تدني سعر صرف الليرة إلى مستويات غير مسبوقة.'),
    ).toEqual(['turkey/us-as-target/oppose', 'us/turkey-as-target/oppose']);
  });

  it('English: "major confrontations between ISIS and Kurdish forces"', () => {
    expect(
      tEn(
        'The frontline south and west of Kirkuk has experienced major confrontations between ISIS and Kurdish forces in the last two years.',
      ),
    ).toEqual(['isis/ypg-as-target/oppose', 'ypg/isis-as-target/oppose']);
  });
});

describe('a rivalry or clash that does not hold, or sides grouped against a third', () => {
  it('sides grouped with "من جهة … من جهة أخرى" or "مع": the first two are no opponents', () => {
    expect(
      tAr(
        'ولم يتأخر الوقت حتى نشبت الأزمة بين السعودية والإمارات والبحرين ومصر من جهة وقطر من جهة أخرى وهي الأزمة التي أدت في النهاية إلى تقوية العلاقات بين قطر وايران تركيا.',
      ),
    ).not.toEqual(expect.arrayContaining(['saudi-arabia/uae-as-target/oppose']));
    expect(
      tAr(
        'وجاءت تحذيرات غوتيريش، بعد خلاف بين إيران وروسيا مع تركيا، في اجتماع في طهران الأسبوع الماضي، حول العملية العسكرية للسيطرة على أخر معاقل المعارضة المسلحة.',
      ),
    ).not.toEqual(expect.arrayContaining(['iran/russia-as-target/oppose']));
    // A clash too: the army and Hezbollah fought ISIS together.
    expect(
      tAr(
        'وحسب المرصد، تزامن قرب تنفيذ الصفقة بين الأطراف الثلاثة، مع توقف القتال بين قوات النظام وميليشيات حزب الله من جهة، ومسلحي داعش من جهة أخرى، في منطقة تلول الصفا المحاذية لبادية السويداء.',
      ),
    ).not.toEqual(expect.arrayContaining(['hezbollah/syrian-government-as-target/oppose']));
  });

  it('a question, a feared crisis, a risked war', () => {
    expect(tAr('ما أسباب توتر العلاقات بين الولايات المتحدة وإيران ؟')).toEqual([]);
    expect(
      tAr(
        'وأضافت الشبكة أن المسؤولين القطريين الذين لم تكشف عن هوياتهم تراجعوا عن القرار في اللحظة الأخيرة خشية أن تتسبب الخطوة في إحداث أزمة بالعلاقات بين الدوحة والبيت الأبيض.',
      ),
    ).not.toEqual(expect.arrayContaining(['qatar/us-as-target/oppose']));
    expect(tAr('لكن نتانياهو يخاطر بإشعال حرب بين الولايات المتحدة وإيران.')).toEqual([]);
  });

  it('a dated war: "الحرب بين إيران والعراق بين عامي 1980 و1988"', () => {
    expect(
      tAr(
        'وظهرت صور للوحة المثيرة للجدل، التي نُصبت لإحياء ذكرى الحرب بين إيران والعراق بين عامي 1980 و1988، لأول مرة على شبكة الإنترنت يوم الأربعاء.',
      ),
    ).toEqual([]);
  });

  it('English: a clash between two allied forces and a third', () => {
    expect(
      tEn(
        'Al-Zobdani is now the scene of fierce clashes between the Syrian and Lebanese forces and militants of Jeish al-Fath terrorist group.',
      ),
    ).not.toEqual(expect.arrayContaining(['lebanon/syria-as-target/oppose']));
  });

  it('not hostility: talks, mediation, a border between two states', () => {
    expect(tAr('توسط العراق بين إيران والسعودية.')).toEqual([]);
    expect(tAr('المحادثات بين إيران والسعودية استؤنفت في بغداد.')).toEqual([]);
    expect(tAr('الحدود بين العراق وإيران أعيد فتحها.')).toEqual([]);
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Arabic precision round "arprec71". A relation noun and its possessor before a name ("حليف
// روسيا، الرئيس السوري") are that name's title, a label, not the possessor's position; a verb
// over the title keeps its own holder, and a predicated relation ("وتعد روسيا أقوى حليف لـ")
// is still one. A country the codebook does not track is still a conjunct of a list of names
// ("وقطعت السعودية والإمارات والبحرين ومصر"): the names after it are subjects too, not objects.
// Sentences are from corpus/news-ar.jsonl.
const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-arprec71',
  actors: [
    actor('russia', 'government', ['روسيا', 'موسكو']),
    actor('iran', 'government', ['إيران', 'طهران']),
    actor('israel', 'government', ['إسرائيل']),
    actor('usa', 'government', ['الولايات المتحدة', 'واشنطن']),
    actor('hamas', 'movement', ['حماس', 'حركة حماس']),
    actor('assad', 'person', ['بشار الأسد', 'الرئيس السوري', 'الأسد']),
    actor('netanyahu', 'person', ['نتنياهو', 'رئيس الوزراء الإسرائيلي']),
    actor('saudi-arabia', 'government', ['السعودية', 'المملكة العربية السعودية']),
    actor('egypt', 'government', ['مصر']),
    actor('germany', 'government', ['ألمانيا']),
    actor('france', 'government', ['فرنسا']),
    actor('uk', 'government', ['بريطانيا']),
  ],
  topics: targetTopics(['russia', 'iran', 'israel', 'usa', 'assad', 'egypt'], ['ar']),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-07-11' });

describe('a relation noun with its possessor as the title of a name', () => {
  it('"بحليف روسيا، الرئيس السوري" is no position of Russia', () => {
    expect(
      t(
        'وكان رئيس الوزراء الاسرائيلي لروسيا قد قال إن بلاده لا تسعى للإطاحة بحليف روسيا، الرئيس السوري بشار الأسد، ولكن يتوجب على سوريا تشجيع إيران على مغادرة روسيا.',
      ),
    ).not.toContain('russia/assad-as-target/support');
  });

  it('"حليف إسرائيل الرئيسي، الولايات المتحدة" is no position of Israel', () => {
    expect(
      t('شجب العديد من الدول ما جرى بشدة، بيد أن حليف إسرائيل الرئيسي، الولايات المتحدة، ظلت على دعمها لها.'),
    ).not.toContain('israel/usa-as-target/support');
  });

  it('the verb over the title keeps its holder: Hamas refusing support to Assad', () => {
    const got = t(
      'وقد اختلف الجانبان بعد رفض حماس تقديم الدعم لحليف إيران، الرئيس السوري بشار الأسد، في الحرب الأهلية الدائرة في سوريا، لكنهما عادا إلى المصالحة بعد ذلك.',
    );
    expect(got).toContain('hamas/assad-as-target/oppose');
    expect(got).not.toContain('iran/assad-as-target/support');
  });

  it('a predicated relation is still a position: "وتعد روسيا أقوى حليف للرئيس السوري"', () => {
    expect(t('وتعد روسيا أقوى حليف للرئيس السوري بشار الأسد.')).toContain('russia/assad-as-target/support');
  });
});

describe('an untracked country inside a list of names', () => {
  it('"وقطعت السعودية والإمارات والبحرين ومصر": Egypt is a subject, not the object', () => {
    expect(
      t(
        'وقطعت السعودية والإمارات والبحرين ومصر روابط السفر والتجارة مع قطر في يونيو /حزيران 2017 متهمين إياها بمساندة غريمتهم إيران ودعم الإرهاب.',
      ),
    ).not.toContain('saudi-arabia/egypt-as-target/oppose');
  });

  it('the list goes on past "والصين": Britain, too, backs Iran’s right', () => {
    const got = t(
      'أكدت الدول الداعمة للاتفاق النووي الإيراني وهي روسيا والصين وألمانيا وفرنسا وبريطانيا الجمعة أنها تؤيد حق إيران في "مواصلة" تصدير النفط والغاز.',
    );
    expect(got).toContain('russia/iran-as-target/support');
    expect(got).toContain('uk/iran-as-target/support');
  });
});

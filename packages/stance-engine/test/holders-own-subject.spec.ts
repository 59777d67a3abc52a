// An elided holder is not carried into a sentence that names its own subject, one we do not
// track (round 11): an opening verb and a personal name ("وركز غالاواي …"), or an opening
// definite noun with the cue verb after it ("المحكمة العليا في العراق تصادق …"). A name written
// before after a nationality (an official of a state we track) and "نقلت … عن X" still carry.
// Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-own-subject-unit-tests',
  actors: [
    actor('ypg', 'armed-group', ['وحدات حماية الشعب']),
    actor('isis', 'armed-group', ['تنظيم الدولة الإسلامية', 'داعش']),
    actor('iraqi-parliament', 'government', ['البرلمان', 'مجلس النواب']),
    actor('israel', 'country', ['إسرائيل', 'الإسرائيلي']),
    actor('us', 'country', ['الولايات المتحدة']),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('iran', 'country', ['إيران']),
  ],
  topics: [
    { id: 'isis-as-target', actor: 'isis', label: { ar: 'داعش' }, pro: {}, anti: {} },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    {
      id: 'election-results',
      label: { ar: 'نتائج الانتخابات' },
      pro: { ar: ['نتائج الانتخابات'] },
      anti: {},
    },
    { id: 'embassy', label: { ar: 'القدس' }, pro: { ar: ['نقل السفارة الأمريكية إلى القدس'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-07T00:00:00Z' });

describe('a sentence naming its own subject does not take the previous holder', () => {
  it('an opening verb and a personal name', () => {
    const got = triples(
      'وأصدر مجلس منبج العسكري بياناً جاء فيه "نشكر وحدات حماية الشعب على تضحياتها". وركز غالاواي في حديثه على أهمية توحيد جميع اللاعبين في المنطقة على هزيمة تنظيم الدولة الإسلامية.',
    );
    expect(got).not.toContain('ypg/isis-as-target/oppose');
  });

  it('an opening definite noun before the verb', () => {
    const got = triples(
      'وأكد البرلمان أن الكتلة الأكبر هي صاحبة الكلمة في تسمية أي شخص لرئاسة البرلمان.\nالمحكمة العليا في العراق تصادق على نتائج الانتخابات',
    );
    expect(got.filter((t) => t.startsWith('iraqi-parliament/election-results'))).toEqual([]);
  });
});

describe('what still carries', () => {
  it('a name written before after a nationality', () => {
    const got = triples(
      'بالنسبة لرئيس الوزراء الإسرائيلي بنيامين نتنياهو فإن مؤتمر أيباك بواشنطن يتعلق بموضوعين. بدأ نتنياهو خطابه بشكر الرئيس ترامب لاعترافه بالقدس عاصمة لإسرائيل، ونقل السفارة الأمريكية إلى القدس.',
    );
    expect(got).toContain('israel/embassy/support');
  });

  it('words passed on from a speaker named after عن', () => {
    const got = triples(
      'وقالت السعودية إن قطر منصة للإرهاب. ونقلت وسائل إعلام مصرية في شهر مارس الماضي عن محمد بن سلمان قوله: "ثالوث الشر في المنطقة يضم تركيا وإيران والجماعات الإرهابية".',
    );
    expect(got).toContain('saudi-arabia/iran-as-target/oppose');
  });
});

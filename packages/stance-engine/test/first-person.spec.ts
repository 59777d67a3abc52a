// Quoted speech in the first person plural (Arabic): "قال X: نرفض Y" — the verb's subject is
// "we", the speaker, so the name after it is its object, not its subject; a sentence that opens
// with such a verb (a quotation running on) continues the previous sentence's speaker.
// Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');

const CODEBOOK: Codebook = {
  version: 1,
  name: 'first-person-unit-tests',
  actors: [
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('ypg', 'armed-group', ['وحدات حماية الشعب']),
    {
      ...actor('trump', 'person', ['دونالد ترامب', 'ترامب']),
      roles: [{ title: { ar: ['الرئيس الأمريكي'] }, from: '2017-01-20' }],
      memberOf: ['usa'],
    },
    actor('kerry', 'person', ['جون كيري', 'كيري']),
    actor('rouhani', 'person', ['حسن روحاني', 'روحاني']),
  ],
  topics: ['usa', 'iran', 'saudi-arabia', 'ypg'].map((id) => ({
    id: `${id}-as-target`,
    actor: id,
    label: { ar: id },
    pro: {},
    anti: {},
  })),
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-10-03T00:00:00Z' });

describe('Arabic quoted speech in the first person plural', () => {
  it('the name after a "we" verb is its object, and the speaker holds the position', () => {
    expect(
      triples(
        'وأوضح كيري في مقابلة مع الزميلة كريستيان امانبور لCNN: "الرئيس أوباما وأنا والإدارة السابقة كنا في غاية الوضوح، نحن نرفض دورهم (إيران) في اليمن".',
      ),
    ).toEqual(['kerry/iran-as-target/oppose']);
  });

  it('a sentence opening with a "we" verb continues the previous speaker', () => {
    expect(
      triples(
        'قال الرئيس الأمريكي دونالد ترامب إنه حذر الملك السعودي سلمان بن عبد العزيز أنه لن يبقى في السلطة "أسبوعين" دون الدعم العسكري للولايات المتحدة.\nونقلت وكالة رويترز عن ترامب قوله أمام حشد في ساوثهافن في مسيسيبي "نحن نحمي السعودية. يمكننا القول إنهم أثرياء."',
      ),
    ).toContain('trump/saudi-arabia-as-target/support');
  });

  it('near misses: a root ن, a quotation of a body we do not track, a negated verb', () => {
    // "وندد ترامب": ن is the root's, and Trump is the subject.
    expect(triples('وندد ترامب بإيران.')).toEqual(['trump/iran-as-target/oppose']);
    // The Manbij council speaks, not the speaker of the sentence before.
    expect(
      triples(
        'وقال ترامب إن المباحثات مستمرة. وأصدر مجلس منبج العسكري بيانا جاء فيه "نشكر وحدات حماية الشعب على تضحياتها".',
      ),
    ).toEqual([]);
    // "لا نخشى": not fearing someone is no support for them.
    expect(
      triples('وأضاف روحاني: "لا نخشى الولايات المتحدة ولا المشاكل الاقتصادية، وسنتجاوز هذه المشاكل"'),
    ).not.toContain('rouhani/usa-as-target/support');
  });
});

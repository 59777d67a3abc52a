// The one who judges is not the one judged (rules-1.6 precision round): an Arabic actor right
// after a verb that carries its object as a pronoun, or that opens a relative clause, is the
// verb's subject ("وتصنفه واشنطن … تنظيما إرهابيا"), so the evaluation after it is not about it;
// an evaluation that is the actor's own epithet ("ميليشيات الحوثي الإرهابية") still is.
// Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const country = actorsNamedIn('ar');
const actor = (id: string, ar: string[]) => country(id, 'country', ar);
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-judge-unit-tests',
  actors: [
    actor('turkey', ['تركيا', 'أنقرة']),
    actor('usa', ['الولايات المتحدة', 'واشنطن']),
    { ...actor('houthis', ['ميليشيات الحوثي', 'الحوثيين']), kind: 'armed-group' },
    { ...actor('coalition', ['التحالف العربي']), kind: 'organization' },
  ],
  topics: ['turkey', 'usa', 'houthis'].map((id) => ({
    id: `${id}-as-target`,
    actor: id,
    label: { ar: id },
    pro: {},
    anti: {},
  })),
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-03-28T00:00:00Z' });

describe('Arabic subjects of judging verbs are not the judged', () => {
  it('the actor after a verb with an object pronoun classifies, it is not classified', () => {
    expect(
      triples(
        'وتعتبر تركيا تلك الوحدات فرعا لحزب العمال الكردستاني الذي تحظره تركيا لشنه قتالا داخل أراضيها وتصنفه واشنطن وأنقرة على أنه تنظيم "ارهابي".',
      ),
    ).not.toContain('turkey/usa-as-target/oppose');
  });

  it("an evaluation that is the actor's own epithet still judges it", () => {
    expect(
      triples(
        'كما أعلن التحالف العربي ارتفاع عدد الشهداء المدنيين إلى ثلاثة من جراء، المقذوف الذي أطلقته ميليشيات الحوثي الإرهابية على منطقة جازان.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
  });
});

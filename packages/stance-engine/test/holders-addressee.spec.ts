// Wrong holders in Arabic (rules-1.6 precision round): after a verb of warning, directing or
// charging, a name we do not track is the subject and the actor after it the addressee, also
// past the subject's apposition ("حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من …");
// the doer of a course someone wishes for ("أتمنى أن … وألا ينسحب") does not hold it. Neither
// is read again by the proximity fallback. Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-addressee-unit-tests',
  actors: [
    {
      id: 'trump',
      kind: 'person',
      names: { ar: ['دونالد ترامب', 'ترامب'] },
      roles: [{ title: { ar: ['الرئيس الأمريكي'] }, from: '2017-01-20' }],
      memberOf: [],
    },
    { id: 'rouhani', kind: 'person', names: { ar: ['حسن روحاني', 'روحاني'] }, roles: [], memberOf: [] },
  ],
  topics: [
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي', 'البقاء في الاتفاق'] },
      anti: { ar: ['الانسحاب من الاتفاق'] },
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-30T00:00:00Z' });

describe('Arabic addressees and wished-for doers are not holders', () => {
  it('the actor after an untracked speaker of a warning is its addressee', () => {
    expect(triples('وحذر صالحي ترامب من الانسحاب من الاتفاق قائلا "إيران لاتناور".')).toEqual([]);
  });

  it('a warning whose subject is the actor itself stays its own', () => {
    expect(triples('وحذر ترامب من الانسحاب من الاتفاق قائلا "إيران لاتناور".')).toEqual([
      'trump/nuclear-deal/support',
    ]);
  });

  it('an adverb between a tracked speaker and the addressee keeps the speaker', () => {
    expect(triples('ودعا روحاني مجددا ترامب إلى البقاء في الاتفاق النووي.')).toEqual([
      'rouhani/nuclear-deal/support',
    ]);
  });

  it('the actor after an untracked subject and its apposition is the addressee', () => {
    expect(
      triples(
        'وناشد قادة أوروبيون، من بريطانيا وفرنسا وألمانيا، الرئيس الأمريكي للحفاظ على الاتفاق النووي، ويقولون إنه يؤدي العمل المطلوب منه.',
      ),
    ).not.toContain('trump/nuclear-deal/support');
  });

  it('a tracked subject before its apposition holds the directive, not the addressee', () => {
    expect(triples('وناشد روحاني، الرئيس الإيراني، ترامب للحفاظ على الاتفاق النووي.')).toEqual([
      'rouhani/nuclear-deal/support',
    ]);
  });

  it('the doer of a wished course coordinated into the wish does not hold it', () => {
    expect(triples('أتمنى أن يعود ترامب إلى صوابه وألا ينسحب من الاتفاق.')).toEqual([]);
  });

  it('a course stated after the wish, in a clause of its own, is the speaker’s', () => {
    expect(triples('وقال ترامب إنه يأمل أن يحصل على اتفاق أفضل، وإنه سينسحب من الاتفاق النووي.')).toEqual([
      'trump/nuclear-deal/oppose',
    ]);
  });
});

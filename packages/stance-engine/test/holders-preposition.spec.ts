// An actor after a preposition written as its own word (بشأن، تجاه، إزاء، أمام …) is what the
// sentence is about, not its subject: neither the proximity fallback nor the next sentence's
// elided subject takes it (rules-1.6 precision round). The first sentence is a real one from
// corpus/news-ar.jsonl; the near miss names the country as the subject.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-preposition-unit-tests',
  actors: [
    { id: 'syria', kind: 'country', names: { ar: ['سوريا', 'النظام السوري'] }, roles: [], memberOf: [] },
    { id: 'russia', kind: 'country', names: { ar: ['روسيا'] }, roles: [], memberOf: [] },
  ],
  topics: [{ id: 'russia-as-target', actor: 'russia', label: { ar: 'روسيا' }, pro: {}, anti: {} }],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-10T00:00:00Z' });

describe('Arabic actors after a preposition hold nothing', () => {
  it('a country after "بشأن" is the topic of the talk, not who blames', () => {
    expect(
      triples(
        'وكان ماتيس أكد أنه لا يستبعد "أي شيء" بشأن سوريا، ملقيا باللوم على روسيا لأنها لم تف بالتزاماتها لضمان تخلي النظام السوري عن أسلحته الكيماوية.',
      ),
    ).toEqual([]);
  });

  it('the same country as the subject still blames', () => {
    expect(triples('وكانت سوريا أكدت أنها لا تستبعد "أي شيء"، ملقية باللوم على روسيا.')).toEqual([
      'syria/russia-as-target/oppose',
    ]);
  });
});

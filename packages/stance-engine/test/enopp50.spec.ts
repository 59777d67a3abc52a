// English opposition, second round ("enopp50"): a gerund after "aimed at" states an act's purpose
// ("offensives aimed at ousting Daesh"); it is the act's, never the words of the one who reports
// it. Sentences from corpus/news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enopp50',
  actors: [
    en('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
    en('isis', 'armed-group', ['Islamic State', 'Daesh', 'IS']),
    en('syria', 'government', ['Syrian government', 'Syrian regime', 'regime forces']),
  ],
  topics: targetTopics(['sohr', 'turkey', 'isis', 'syria']),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2017-11-17' });

describe('a purpose after "aimed at" is not the reporter\'s stance', () => {
  it('"the Observatory said … two separate offensives aimed at ousting Daesh"', () => {
    expect(
      t(
        'The Britain-based Observatory said 12 children were among the victims of the attack on a gathering at a checkpoint run by U.S.-backed fighters where the terrorists are losing ground to two separate offensives aimed at ousting Daesh from Syria.',
      ),
    ).not.toContain('sohr/isis-as-target/oppose');
  });

  it('a gerund elsewhere keeps its holder: "Ankara said it is targeting IS"', () => {
    expect(
      t(
        'Ankara said it is targeting IS but also the Kurdish Peoples Protection Units (YPG) which Turkey considers to be a "terrorist" group despite their common opposition to IS.',
      ),
    ).toContain('turkey/isis-as-target/oppose');
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// English round 13, issue topics: an act named by a bare issue phrase ("siege", "onslaught",
// "barrel bomb attacks") followed by "by X" is X's own act. Sentences are copied from the corpus
// (corpus/news-en.jsonl, FA-KES: no apostrophes, commas often dropped) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-13',
  actors: [
    actor('syria', 'government', ['Syrian regime', 'regime', 'Assad regime', 'Syrian regime forces']),
    actor('russia', 'country', ['Russia', 'Moscow', 'Russian forces']),
    actor('isis', 'armed-group', ['ISIS', 'Daesh']),
    actor('nusra', 'armed-group', ['Al-Nusra Front', 'Nusra Front']),
    actor('opposition', 'movement', ['Syrian Coalition', 'Coalition']),
  ],
  topics: [
    {
      id: 'access',
      label: { en: 'Humanitarian access' },
      pro: { en: ['humanitarian aid'] },
      anti: { en: ['siege'] },
    },
    {
      id: 'offensives',
      label: { en: "The government's offensives" },
      pro: { en: ['onslaught', 'offensive', 'barrel bomb attacks', 'barrel bomb attack'] },
      anti: { en: ['halt to the military operations'] },
    },
    { id: 'syria-as-target', actor: 'syria', label: { en: 'Syrian government' }, pro: {}, anti: {} },
    { id: 'russia-as-target', actor: 'russia', label: { en: 'Russia' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('an issue act followed by its agent', () => {
  it('"under siege by X": the siege is X’s, so X takes the side of the siege', () => {
    expect(
      triples(
        'Eastern Ghouta has been under siege by Syrian regime forces since 2013 and no food aid convoys have entered the town of Douma since wheat flour rations in August.',
      ),
    ).toContain('syria/access/oppose');
  });

  it('"a siege by the regime" as the object of "subject to"', () => {
    expect(
      triples(
        'Hama city was briefly in rebel hands at the start of Syrias revolution but was subject to a siege by the regime who later recaptured the city.',
      ),
    ).toContain('syria/access/oppose');
  });

  it('every agent coordinated after "by" shares the act', () => {
    expect(
      triples(
        'Aleppo and its countryside have been subjected to ferocious onslaught by the Assad regime and Russian forces since November 15.',
      ),
    ).toEqual(expect.arrayContaining(['syria/offensives/support', 'russia/offensives/support']));
  });

  it('near miss: after a halt the agent owns the operations, not the halt', () => {
    const got = triples(
      'The Coalition criticized the lack of serious UN action to force an immediate halt to the military operations by the Assad regime and Russian forces.',
    );
    expect(got).not.toContain('syria/offensives/oppose');
    expect(got).not.toContain('russia/offensives/oppose');
  });

  it('near miss: the second half of a compound is another word ("counter-offensive")', () => {
    expect(
      triples(
        'The Syrian army withdrew from the farms of Al-Maleh as they faced a rebel counter-offensive led by the Al-Nusra Front.',
      ),
    ).not.toContain('nusra/offensives/support');
  });

  it('near miss: an act that only counts the dead is a casualty report', () => {
    expect(
      triples(
        'Three more civilians were killed and around 15 others were injured on Friday evening in a barrel bomb attack by the Assad regime.',
      ),
    ).not.toContain('syria/offensives/support');
  });
});

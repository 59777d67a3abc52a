import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// English round 11: help named after a deed ("with support of X"); "tighten" a siege. Sentences are copied from the
// corpus (corpus/news-en.jsonl, FA-KES: no apostrophes, commas often dropped) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-11',
  actors: [
    actor('syria', 'government', [
      'Syria',
      'Syrian government',
      'Syrian regime',
      'regime',
      'Syrian forces',
      'Syrian government forces',
    ]),
    actor('rebels', 'armed-group', ['rebels']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'IS', 'Daesh']),
    actor('russia', 'country', ['Russia', 'Moscow', 'Russian Aerospace Defense Forces']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
  ],
  topics: [
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires' },
      pro: { en: ['ceasefire', 'truce'] },
      anti: {},
    },
    {
      id: 'access',
      label: { en: 'Humanitarian access' },
      pro: { en: ['aid deliveries'] },
      anti: { en: ['siege'] },
    },
    { id: 'syria-as-target', actor: 'syria', label: { en: 'Syrian government' }, pro: {}, anti: {} },
    { id: 'isis-as-target', actor: 'isis', label: { en: 'Islamic State' }, pro: {}, anti: {} },
    { id: 'rebels-as-target', actor: 'rebels', label: { en: 'rebels' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('help named after a deed', () => {
  it('"with support of X" after a finite deed: X sides with the deed’s subject', () => {
    expect(
      triples(
        'The Syrian forces freed Palmyra from IS gangs on March 27 with support of Russian Aerospace Defense Forces.',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it('near miss: without a deed the help noun names nobody’s side', () => {
    expect(
      triples('The Syrian forces in Palmyra with support of Russian Aerospace Defense Forces.'),
    ).not.toContain('russia/syria-as-target/support');
  });
});

describe('tightening a siege', () => {
  it('"tighten" is a verb of pressing on with an act: the siege is the subject’s', () => {
    expect(
      triples(
        'Dozens of civilians have starved to death since ISIS tightened the siege on Deir Ezzor in early 2014.',
      ),
    ).toContain('isis/access/oppose');
  });

  it('a participle clause after a place name shares the main verb’s subject, and is not read under it', () => {
    const got = triples(
      'Syrian government forces on Tuesday seized a rebel-held neighbourhood in the northwest edge of Aleppo tightening their siege of opposition-controlled parts of the city.',
    );
    expect(got).toContain('syria/access/oppose');
    expect(got).not.toContain('syria/access/support');
  });
});

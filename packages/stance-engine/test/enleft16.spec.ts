import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English readings left from session 15: the helper in "with the support of X" read as the
// supported, a passive's "by" act read as the object of a reaction, the bare verb "back", and
// an offensive named as the setting of its own agent's taking of ground. Sentences are copied
// from the corpus (corpus/news-en.jsonl, FA-KES: no apostrophes, commas often dropped) unless
// marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enleft16',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'regime']),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('rebels', 'armed-group', ['Syrian rebels', 'rebels']),
    actor('sdf', 'armed-group', ['SDF', 'Syrian Democratic Forces']),
    actor('nusra', 'armed-group', ['Nusra Front', 'al-Nusra']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh']),
    actor('coalition', 'organization', ['US-led coalition', 'U.S.-led coalition', 'international coalition']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
  ],
  topics: [
    {
      id: 'offensives',
      label: { en: "The government's offensives" },
      pro: { en: ['offensive', 'bombardment'] },
      anti: { en: ['halt to the military operations'] },
    },
    ...targetTopics(['syria', 'assad', 'rebels', 'sdf', 'isis', 'coalition']),
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-20' });

describe('the helper after "with (the) support / help of"', () => {
  it('is not the target of the helped subject’s support', () => {
    const got = triples(
      'The SDF launched the Euphrates Rage campaign to retake Raqqa last November with the support of the US-led international coalition.',
    );
    expect(got).not.toContain('sdf/coalition-as-target/support');
  });

  it('a leader before the helper’s name qualifies it: the helper sides with the deed’s subject', () => {
    expect(
      triples(
        'In late 2016 the SDF supported by the US-led international coalition started an operation aimed to liberate Raqqa.',
      ),
    ).toContain('coalition/sdf-as-target/support');
  });

  it('is not the agent of an act the subject reacts to', () => {
    const got = triples(
      'Daesh militants have staged counterattacks but the Syrian rebels have maintained momentum with the help of air strikes by the U.S.-led coalition the statement said.',
    );
    expect(got).not.toContain('rebels/coalition-as-target/support');
  });

  it('still sides with the subject of a deed', () => {
    expect(triples('Syrian rebels entered the town with support from the US-led coalition.')).toContain(
      'coalition/rebels-as-target/support',
    ); // near miss
  });

  it('"in support of" still names the one supported', () => {
    expect(triples('Russian jets later intervened in support of the Syrian regime.')).toContain(
      'russia/syria-as-target/support',
    ); // near miss
  });
});

describe('an act after a passive’s "by"', () => {
  it('is the backer’s means, not something the backed subject supports', () => {
    const got = triples(
      'Kurdish fighters are the main component in the Syrian Democratic Forces alliance currently seeking to oust Daesh from Manbij. They are backed by air strikes launched by the US-led coalition fighting Daesh in Syria and Iraq.',
    );
    expect(got).not.toContain('sdf/coalition-as-target/support');
  });

  it('a backed passive with its backer right after "by" still reads', () => {
    expect(triples('The SDF are backed by the US-led coalition.')).toContain(
      'coalition/sdf-as-target/support',
    ); // near miss
  });
});

describe('the bare verb "back"', () => {
  it('after "to" is the verb', () => {
    expect(triples('Russia is ready to back Assad.')).toContain('russia/assad-as-target/support'); // near miss
  });

  it('after a negated modal is the verb, negated', () => {
    expect(triples('Turkey will not back the rebels.')).toContain('turkey/rebels-as-target/oppose'); // near miss
  });

  it('before a preposition is an adverb', () => {
    expect(
      triples(
        'In the southern neighborhoods of Damascus the local residents started to back to their houses as the authorities launched a campaign against the rebels.',
      ),
    ).not.toContain('syria/rebels-as-target/support');
  });

  it('"back down" and "pushed back" are no support', () => {
    expect(triples('Russia will not back down from supporting Assad.')).not.toContain(
      'russia/assad-as-target/oppose',
    ); // near miss
    expect(
      triples(
        'The Islamic State has swept across northern Iraq in recent weeks pushing back Kurdish regional forces.',
      ),
    ).toEqual([]);
  });
});

describe('an offensive named as the setting of a taking of ground', () => {
  it('is the subject’s own offensive', () => {
    expect(
      triples(
        'Islamic State militants have recaptured gas fields in central Syria in a major offensive days after losing them.',
      ),
    ).not.toContain('isis/offensives/oppose');
    expect(
      triples(
        'The Kurdish YPG forces which drove Islamic State from Kobane last month with the help of US-led air strikes had seized 70 villages in the offensive.',
      ),
    ).not.toContain('isis/offensives/oppose');
  });

  it('"part of a wider offensive" is the subject’s too', () => {
    expect(
      triples(
        'Insurgents including the Nusra Front captured Jisr al-Shughour in May part of a wider offensive that drove Syrian government forces from nearly all the northwestern province of Idlib.',
      ),
    ).not.toContain('nusra/offensives/oppose');
  });

  it('a possessed plural offensive is its possessor’s', () => {
    expect(
      triples(
        'The SDF mainly comprising of Kurdish fighters repelled ISILs offensives on their positions near the villages.',
      ),
    ).not.toContain('sdf/offensives/oppose');
  });

  it('a launching verb names the agent past time words', () => {
    expect(
      triples(
        'ISIL launched last June a brutal offensive against several areas across Iraq and Syria as it announced its so-called caliphate in these areas.',
      ),
    ).not.toContain('isis/offensives/support');
  });

  it('an offensive with no agent named still reads the topic', () => {
    expect(triples('Turkey called for a halt to the offensive on Aleppo.')).toContain(
      'turkey/offensives/oppose',
    ); // near miss
  });
});

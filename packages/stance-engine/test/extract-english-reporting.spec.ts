import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// Constructions of English war reporting found on eval/fresh-en2 and counted over
// corpus/news-en.jsonl: lists whose commas FA-KES dropped, an act named with its agent as noun
// modifier, and the members a class is exemplified by. Each rule has a corpus sentence that
// changes and a near miss that must not.
const actor = actorsNamedIn('en');
const targets = ['syria', 'rebels', 'isis', 'russia', 'turkey', 'iran'];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-reporting-en',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'regime', 'Damascus']),
    actor('rebels', 'armed-group', ['rebels', 'opposition forces']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'Daesh']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('iran', 'country', ['Iran', 'Tehran']),
  ],
  topics: [
    ...targets.map((id) => ({ id: `${id}-as-target`, actor: id, label: { en: id }, pro: {}, anti: {} })),
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires in Syria' },
      pro: { en: ['ceasefire', 'de-escalation zones'] },
      anti: {},
    },
    {
      id: 'aid-access',
      label: { en: 'Aid access for besieged civilians' },
      pro: { en: ['aid deliveries'] },
      anti: { en: ['siege'] },
    },
    {
      id: 'offensives',
      label: { en: 'Military offensives' },
      pro: { en: ['offensive'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('lists without their commas (FA-KES drops them)', () => {
  it('"Russia Iran and Turkey agree": every name of the list is a party', () => {
    expect(
      triples(
        'January 2017 Russia Iran and Turkey agree to a nationwide ceasefire between regime and non-Islamist rebels following talks between both sides in Kazakhstan.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'iran/russia-as-target/support',
        'russia/ceasefire/support',
        'russia/iran-as-target/support',
        'russia/turkey-as-target/support',
        'turkey/russia-as-target/support',
      ]),
    );
  });

  it('"endorsed by Turkey Russia and Iran": the whole list is the agent', () => {
    expect(
      triples(
        'Regime forces have recently stepped up their attacks on Eastern Ghouta even though the district falls within a network of de-escalation zones - endorsed by Turkey Russia and Iran - in which acts of aggression are prohibited.',
      ),
    ).toEqual(['iran/ceasefire/support', 'russia/ceasefire/support', 'turkey/ceasefire/support']);
  });

  it('near miss: a name after a preposition does not join the list behind it', () => {
    // Edited from the sentence above: "In Ankara" is where, not who.
    expect(triples('In Ankara Russia and Iran agreed to a nationwide ceasefire.')).toEqual([
      'iran/russia-as-target/support',
      'russia/iran-as-target/support',
    ]);
  });
});

describe('an act named with its agent as noun modifier', () => {
  it('"under regime siege": the regime besieges', () => {
    expect(triples('Since then the region has been under regime siege.')).toEqual([
      'syria/aid-access/oppose',
    ]);
  });

  it('near miss: a hyphenated label is no agent ("a Russian-backed offensive")', () => {
    expect(
      triples(
        'Regime forces managed to drive rebels from the city in December with a Russian-backed offensive.',
      ),
    ).not.toContain('russia/offensives/support');
  });

  it('near miss: a country before the act may be its place ("the Turkey offensive")', () => {
    expect(triples('Aid groups fear the Turkey offensive will displace thousands.')).toEqual([]);
  });
});

describe('members named after "such as" / "including"', () => {
  it('"fighting against all sides including the Syrian regime": the regime is fought', () => {
    expect(
      triples(
        'Daesh is fighting against all sides including the Syrian regime and foreign-backed opposition groups.',
      ),
    ).toEqual(['isis/syria-as-target/oppose', 'syria/isis-as-target/oppose']);
  });

  it('near miss: "including" far from the cue names members of something else', () => {
    // Edited from the sentence above: the sides of the war, not those Daesh fights.
    expect(
      triples('Daesh is fighting against all sides in the long civil war including the Syrian regime.'),
    ).toEqual([]);
  });
});

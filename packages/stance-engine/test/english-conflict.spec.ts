import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// Actor-toward-actor opposition in English conflict reporting: acts of force whose verb or agent
// the engine did not read. Every sentence is copied from the corpus (corpus/news-en.jsonl).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-conflict-en',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'Assad regime',
      'regime',
      'Syrian army',
    ]),
    actor('coalition', 'movement', ['Syrian National Coalition', 'Syrian Coalition']),
    actor('rebels', 'armed-group', ['rebels', 'rebel forces', 'rebel fighters', 'militants', 'opposition']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh']),
    actor('us-led', 'armed-group', ['US-led coalition', 'coalition']),
    actor('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
    actor('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('syria-state', 'country', ['Syria']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
  ],
  topics: [
    ...['syria', 'rebels', 'isis', 'us-led', 'russia', 'turkey'].map((id) => ({
      id: `${id}-as-target`,
      actor: id,
      label: { en: id },
      pro: {},
      anti: {},
    })),
    { id: 'civilians', label: { en: 'Protection of civilians' }, pro: {}, anti: { en: ['war crimes'] } },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('English conflict reporting', () => {
  it('"hit" is an act of force against whom its strikes hit', () => {
    expect(
      triples(
        'Syrian army warplanes hit militants positions in the northwestern province of Idlib in central Hama province as well as in the northern province of Aleppo and in the coastal city of Latakia.',
      ),
    ).toEqual(['syria/rebels-as-target/oppose']);
    expect(
      triples(
        'Turkish Armed Forces and the coalition hit 34 Daesh targets in three airstrikes destroying two buildings used by the terror group.',
      ),
    ).toContain('us-led/isis-as-target/oppose');
    // Hit by something: no side taken by what was hit.
    expect(triples('Syria was hit by a violent unrest since mid-March 2011.')).toEqual([]);
  });

  it('"against" after a battle is the battle\'s object, not a second negation', () => {
    expect(
      triples(
        '"The number of Al-Nusra Front and rebel fighters killed in battles (Saturday) against ISIL in the strategic town of Markada in the south of Hasake province has risen to 39" said the Syrian Observatory for Human Rights.',
      ),
    ).toEqual(['rebels/isis-as-target/oppose']);
  });

  it("a strike noun naming its agent, on ground someone holds, is the agent's act against them", () => {
    expect(
      triples(
        '(TRT World and Agencies) Air strikes by Syrian regime on a rebel-held region near Damascus killed at least 22 civilians on Monday the Syrian Observatory for Human Rights said.',
      ),
    ).toEqual(['syria/rebels-as-target/oppose']);
    expect(
      triples(
        'Regime air strikes killed at least 15 civilians in the IS-held area of Boleel outside Deir Ezzor city on Friday according to the monitor.',
      ),
    ).toEqual(['syria/isis-as-target/oppose']);
    // Nationality adjectives coordinated before the strikes: each country struck.
    expect(
      triples(
        'At least 25 civilians were killed in heavy Russian and Syrian strikes across the rebel-held east of Aleppo on Saturday the Syrian Observatory for Human Rights said.',
      ),
    ).toEqual(['russia/rebels-as-target/oppose', 'syria-state/rebels-as-target/oppose']);
    // Strikes whose agent is not named are nobody's act.
    expect(
      triples(
        'Airstrikes on a rebel-held village in northwest Syria killed 12 people and put a nearby field clinic out of service early on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('a person named after "<title> of the X" speaks for X', () => {
    expect(
      triples(
        'Member of the Syrian Coalition Hussein Albuseis condemned the crimes committed by the Assad regime and its allies as well as by ISIS against civilians in Deir Ezzor.',
      ),
    ).toEqual(['coalition/syria-as-target/oppose']);
    expect(
      triples(
        'Vice-president of the Syrian Coalition Muwaffaq Nyrabiya said that military escalation against civilians by the Assad regime and Russian forces comes as the date set by the United Nations for the start the transitional process in Syria nears.',
      ),
    ).toContain('coalition/syria-as-target/oppose');
  });

  it('a condemned act named by a topic phrase, with auxiliaries before "committed by", opposes every agent', () => {
    expect(
      triples(
        'Member of the Syrian Coalitions political committee Adnan Rahmoun condemned the escalating war crimes being committed by the Russian and Assad regime forces in Idlib and Aleppo.',
      ),
    ).toEqual(
      expect.arrayContaining(['coalition/russia-as-target/oppose', 'coalition/syria-as-target/oppose']),
    );
  });

  it("a strike noun whose agent is named is the agent's act against whom it is on", () => {
    expect(
      triples('Wed Nov 23 2016 70 Killed in Syrian and Russian Airstrikes on ISIS Training Camp in Homs.'),
    ).toEqual(['russia/isis-as-target/oppose', 'syria-state/isis-as-target/oppose']);
    expect(
      triples(
        'A Syrian top official said the countrys intelligence unit possesses an audio recording of a conversation between the ISIL group and the US military before the airstrikes by the US-led coalition on the Syrian army troops near Deir Ezzor on September 17.',
      ),
    ).toContain('us-led/syria-as-target/oppose');
    // No agent named: nobody's act.
    expect(
      triples(
        'Overnight airstrikes on the Islamic State groups de facto Syrian capital Raqqa killed 25 civilians a monitoring group said.',
      ),
    ).toEqual([]);
  });

  it("a named subject killing a number of a group's members acts against the group", () => {
    expect(
      triples('Kurdish SDF Kills 23 Daesh Militants as Part of Operation to Liberate al-Tabqa.'),
    ).toEqual(['sdf/isis-as-target/oppose']);
    expect(
      triples(
        'Saturday 7 October 2017 Russian forces kill 120 ISIS fighters over 60 foreign mercenaries in Syria.',
      ),
    ).toEqual(['russia/isis-as-target/oppose']);
    // A casualty count without a named killer is nobody's act.
    expect(
      triples(
        'Fierce clashes in and around KobanI have killed about 100 IS fighters in the past three days according to media reports.',
      ),
    ).toEqual([]);
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// Constructions of English war reporting (FA-KES, corpus/news-en.jsonl): condemned acts named by
// their evaluation, fighting between two sides, agreements among coordinated parties, sieges.
// Every sentence is copied from the corpus.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-war-en',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'Assad regime',
      'regime',
      'regime forces',
      'Syrian army',
    ]),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('coalition', 'movement', ['Syrian National Coalition', 'Syrian Coalition']),
    actor('rebels', 'armed-group', ['rebels', 'rebel forces', 'opposition factions']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'IS', 'Daesh']),
    actor('un', 'organization', ['United Nations', 'UN']),
    actor('us', 'country', ['United States', 'US']),
    actor('france', 'country', ['France']),
    actor('uk', 'country', ['Britain']),
    actor('hague', 'person', ['William Hague', 'Hague']),
    actor('obama', 'person', ['Barack Obama', 'Obama']),
    actor('russia', 'country', ['Russia', 'Moscow']),
  ],
  topics: [
    ...['syria', 'assad', 'coalition', 'rebels', 'isis', 'un', 'us', 'russia'].map((id) => ({
      id: `${id}-as-target`,
      actor: id,
      label: { en: id },
      pro: {},
      anti: {},
    })),
    {
      id: 'inspections',
      label: { en: 'UN inspectors’ access to the attack sites' },
      pro: { en: ['access to the site'] },
      anti: {},
    },
    {
      id: 'aid',
      label: { en: 'Humanitarian access' },
      pro: { en: ['aid'] },
      anti: {},
    },
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires in Syria' },
      pro: { en: ['ceasefire', 'truce', 'de-escalation zones'] },
      anti: {},
    },
    {
      id: 'us-strikes',
      label: { en: 'US strikes on the Syrian government' },
      pro: { en: ['military strikes against Syria'] },
      anti: {},
    },
    {
      id: 'chemical-disarmament',
      label: { en: 'Eliminating Syria’s chemical weapons' },
      pro: { en: ['destroy the states declared stockpile'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('English war reporting', () => {
  it('condemning an act named by its evaluation opposes the agent named after it', () => {
    expect(
      triples(
        'The Syrian Coalition has previously condemned the heinous crime committed by ISIS in eastern rural Deir Ezzor where residents discovered a mass grave containing 230 corpses of tribesmen who were summarily executed by ISIS in late 2014.',
      ),
    ).toEqual(['coalition/isis-as-target/oppose']);
    expect(
      triples(
        'The Syrian Coalition condemns the brutal massacre committed by Assads air force in Raqqa today where 65 civilians were killed and dozens wounded in multiple air raids that targeted civilian neighborhoods in the city.',
      ),
    ).toEqual(['coalition/assad-as-target/oppose']);
  });

  it('"the crimes of X" names the agent; without a reacting holder it is nobody’s statement', () => {
    // The outlet's own framing: no holder, no statement.
    expect(
      triples(
        'The silence of the international community over the crimes of the Assad regime and its allies against Syrian civilians as well as its complete disregard for their blood is a shameful stain on humanity.',
      ),
    ).toEqual([]);
  });

  it('fighting between two sides, with a verb of occurrence before "between": each opposes the other', () => {
    expect(
      triples(
        'Battles continued between the regime forces and opposition factions on all fronts in Hama coinciding with dozens of air raids by Russian and Syrian war planes.',
      ),
    ).toEqual(['rebels/syria-as-target/oppose', 'syria/rebels-as-target/oppose']);
    // "continued" without "between" names no sides.
    expect(
      triples(
        'Observatory for Human Rights said pro-government forces had blocked a road leading towards the Turkish border as heavy clashes continued there.',
      ),
    ).toEqual([]);
  });

  it('coordinated parties that agree on something support each other', () => {
    expect(
      triples(
        'Barely a week since the US and Russia agreed to halt bombing and let humanitarian aid into Aleppo the deals shaky implementation looks set to dominate the meeting which was ostensibly about countering IS.',
      ),
    ).toEqual(['russia/us-as-target/support', 'us/russia-as-target/support']);
    expect(
      triples(
        'Later that year the United Nations and the Syrian government agreed to destroy the states declared stockpile of chemical weapons a process completed in January 2016.',
      ),
    ).toEqual([
      'syria/chemical-disarmament/support',
      'syria/un-as-target/support',
      'un/chemical-disarmament/support',
      'un/syria-as-target/support',
    ]);
    // One party alone agrees with nobody.
    expect(triples('But the Kremlin said Putin did not agree.')).toEqual([]);
  });

  it('encircling a force opposes it', () => {
    expect(
      triples(
        'It was reported earlier that the Syrian army was conducting an operation to encircle Daesh militants in Mayadin.',
      ),
    ).toEqual(['syria/isis-as-target/oppose']);
    expect(
      triples(
        'A major militant offensive in May saw IS encircle Marea but rebels pushed back the assault the following month after receiving ammunition from the coalition.',
      ),
    ).toEqual(['isis/rebels-as-target/oppose']);
  });

  it('parties that blame each other or trade accusations oppose each other', () => {
    expect(
      triples(
        'Syrian regime and rebels have traded accusations over which side is using toxic gas in their shelling.',
      ),
    ).toEqual(['rebels/syria-as-target/oppose', 'syria/rebels-as-target/oppose']);
    expect(
      triples(
        'Civil war in Syria ongoing since 2011 has brought 230000 deaths as jihadists government forces and rebels continue to fight each other.',
      ),
      // "government forces" in a story set in Syria are the Syrian government's (gov-forces24):
      // two sides fighting each other.
    ).toEqual(['rebels/syria-as-target/oppose', 'syria/rebels-as-target/oppose']);
  });

  it('an actor after "against" in a codebook act phrase is its target, not its agent', () => {
    expect(
      triples(
        'Obama has asked Congress to authorize military strikes against Syria in response to what the United States says was a chemical weapons attack by the government that killed more than 1400 people on August 21.',
      ),
    ).toEqual(['obama/us-strikes/support']);
  });

  it('a truce named after two hyphen-joined parties is one they made; one party alone is a label', () => {
    expect(
      triples(
        'Two civilians including a child have been killed in Aleppo city in the first deaths reported in areas covered by a US-Russian-brokered ceasefire since it began this week.',
      ),
    ).toEqual(['russia/ceasefire/support', 'us/ceasefire/support']);
    expect(
      triples(
        'The Syrian regime has intensified its campaign against the last rebel holdouts on the outskirts of the capital as Russian-sponsored talks in Kazakhstan aim to consolidate de-escalation zones in different parts of the country.',
      ),
    ).toEqual([]);
  });

  it('announcing or declaring an act with a noun object is a deed; "declared X over" ends it', () => {
    expect(
      triples(
        'Syrian opposition territories were bombed on Wednesday hours after the Syrian regime announced a nationwide ceasefire for three days.',
      ),
    ).toContain('syria/ceasefire/support');
    expect(
      triples(
        'A matter of hours earlier Syrian state media published an article stating that the Syrian Army had declared the ceasefire over citing 300 violations committed by rebel groups who had used the agreement a pretext to mobilise and re-assemble.',
      ),
    ).toContain('syria/ceasefire/oppose');
  });

  it('advancing into or on ground someone holds opposes them', () => {
    expect(
      triples(
        'At least 85 Syrian army troops were killed as the jihadist Islamic State advanced on a regime position in the northern province of Raqa a monitoring group said Saturday.',
      ),
    ).toEqual(['isis/syria-as-target/oppose']);
    expect(
      triples(
        'Syrian rebel forces advanced into a key regime-held district in Aleppo on Monday to reopen the last remaining supply route into opposition-held districts.',
      ),
    ).toEqual(['rebels/syria-as-target/oppose']);
  });

  it('allowing a course of action supports it; letting people go takes no side with them', () => {
    expect(
      triples(
        'France and Britain said on Wednesday that United Nations inspectors currently in Syria should be allowed immediate access to the site of an alleged deadly chemical weapons attack.',
      ),
    ).toEqual(['france/inspections/support', 'uk/inspections/support']);
    expect(
      triples(
        'Last week Russia implemented a three-day "humanitarian truce" intended to allow civilians and surrendering rebels to leave the east.',
      ),
    ).not.toContain('russia/rebels-as-target/support');
  });

  it('a directive governs an infinitive behind a longer addressee phrase', () => {
    expect(
      triples(
        'That road remains under fire and the UN has asked for a cease-fire to allow aid into the area.',
      ),
    ).toContain('un/aid/support');
  });

  it('a relative pronoun before auxiliaries still hands the verb to its antecedent, or to nobody', () => {
    // "some who have supported X": an untracked antecedent, not the speaker, supports X.
    expect(
      triples(
        'I hope this will wake up some who have supported the Assad regime to realize its murderous and barbaric nature British Foreign Secretary William Hague told reporters in Paris.',
      ),
    ).not.toContain('hague/syria-as-target/support');
  });
});

describe('links to other stories', () => {
  it('reads no position from the headlines of a related-stories list', () => {
    // corpus/news-en.jsonl (Sputnik): the page's links, flattened into the story's last line.
    const text =
      'The coalition did not carry out strikes near Abu Kamal. Related Syrian Army Encircles Daesh Militants in Deir ez-Zor';
    expect(triples(text)).toEqual([]);
    expect(triples('The Syrian Army encircled Daesh militants in Deir ez-Zor.')).toEqual([
      'syria/isis-as-target/oppose',
    ]);
  });
});

describe('the end of a period', () => {
  it('dates an event and ends nothing: "at the end of last year"', () => {
    // corpus/news-en.jsonl (TRT World).
    const text = 'Russia entered the conflict at the end of last year backing the forces of Syrian regime.';
    expect(triples(text)).not.toContain('russia/syria-as-target/oppose');
    expect(triples('Russia called for an end of the Syrian regime.')).toEqual([
      'russia/syria-as-target/oppose',
    ]);
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// English recall round 9: sides named by a siding title ("regime ally Iran"), a possessor as the
// agent of its act ("Ankaras offensive against …"), clashes whose first side carries a unit noun,
// and a subject past "backed by" its helper's strikes. Sentences are copied from the corpus
// (corpus/news-en.jsonl, FA-KES: no apostrophes, commas often dropped) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-recall-en-9',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'regime',
      'regime forces',
      'Damascus',
    ]),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition']),
    actor('rebels', 'armed-group', ['rebels', 'militants']),
    actor('fsa', 'armed-group', ['Free Syrian Army', 'FSA']),
    actor('ypg', 'armed-group', ['YPG', 'Kurdish fighters', 'Kurdish militants']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'IS', 'Daesh']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('qatar', 'country', ['Qatar']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
    actor('coalition', 'armed-group', ['US-led coalition']),
    actor('hezbollah', 'armed-group', ['Hezbollah']),
    actor('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    actor('israel', 'country', ['Israel']),
  ],
  topics: [
    'syria',
    'assad',
    'opposition',
    'rebels',
    'fsa',
    'ypg',
    'isis',
    'russia',
    'iran',
    'turkey',
    'sdf',
  ].map((id) => ({ id: `${id}-as-target`, actor: id, label: { en: id }, pro: {}, anti: {} })),
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('English recall, round 9', () => {
  // enprec67: a title before a name only labels it (guideline: labels are not positions; fresh-en
  // gold leaves "Key regime ally Iran welcomed the plan" without Iran's support); the apposition
  // and the copula still state the siding.
  it('a siding title before a name is a label, not a position', () => {
    expect(
      triples(
        'More than 30000 people are set for evacuation under the deal brokered by rebel backer Qatar and regime ally Iran.',
      ),
    ).toEqual([]);
    expect(
      triples(
        'The campaign backed by Assad ally Russia has captured large swathes of territory from the terror group but they have launched deadly counterattacks on regime positions.',
      ),
    ).not.toContain('russia/assad-as-target/support');
    // A list after the title, up to a name with a title of its own.
    expect(
      triples(
        'The strikes hit the town of Douma which lies in the Eastern Ghouta region where a truce deal agreed by regime allies Iran and Russia and rebel backer Turkey has been in place since July.',
      ),
    ).toEqual([]);
    // Near miss (shortened): "regimes" without a capital is no possessive name, the title after it still is.
    expect(
      triples(
        'The zone was agreed under a deal earlier this year between the regimes allies Russia and Iran and opposition backer Turkey.',
      ),
    ).toEqual([]);
    // "Iran a key regime ally": the title in apposition to the name before it.
    expect(
      triples(
        'The evacuation deal was brokered by Qatar a longtime supporter of Syrian opposition forces and Iran a key regime ally.',
      ),
    ).toContain('iran/syria-as-target/support');
    expect(
      triples(
        'A military media unit run by Damascus ally Hezbollah said a suicide attacker had detonated a car bomb near the convoy.',
      ),
    ).toEqual([]);
  });

  it('a possessive owner of a siding title after a copula; before the name it is a label', () => {
    expect(
      triples(
        'Iran is Assads strongest regional ally and has extended him billions of dollars in credit since the crisis began in March 2011.',
      ),
    ).toContain('iran/assad-as-target/support');
    expect(
      triples('Assads main global ally Moscow says accusations on both sides must be investigated.'),
    ).not.toContain('russia/assad-as-target/support');
    expect(
      triples(
        'The Observatory said it was not immediately clear whether the strikes on rebel-held Atareb had been carried out by Syrian warplanes or those of Damascuss ally Russia.',
      ),
    ).not.toContain('russia/syria-as-target/support');
  });

  it('a siding title reaches no name across "and" (near miss: "rebel" is no name here)', () => {
    const found = triples(
      'Eastern Ghouta is one of four such zones agreed at May peace talks on the Syrian conflict sponsored by rebel backer Turkey and regime supporters Russia and Iran.',
    );
    expect(found).not.toContain('russia/syria-as-target/support');
    expect(found).not.toContain('iran/turkey-as-target/support');
    expect(found).not.toContain('russia/turkey-as-target/support');
  });

  it('a possessor is the agent of its act noun', () => {
    expect(
      triples(
        'Syrias military threatened last week to shoot down any Turkish warplane that enters Syrian air space after Turkish jets raided villages in northern Syria in an escalation of Ankaras offensive against Kurdish fighters.',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
    expect(
      triples(
        'Turkey and the US however do not see eye to eye on Washingtons support for Kurdish militants in northern Syria.',
      ),
    ).toContain('usa/ypg-as-target/support');
    // Near miss: an aim's infinitive gives the side; a place after the act is no target.
    expect(triples('Russias campaign to oust the Free Syrian Army from Aleppo failed.')).toEqual([
      'russia/fsa-as-target/oppose',
    ]);
    expect(triples('Abdah: Assads Bombing of Aleppo Encouraged by International Communitys Bias')).toEqual(
      [],
    );
  });

  it("a fighters' noun after a name is that name's fighters, not the group called by the bare noun", () => {
    expect(
      triples(
        'Published October 4 2014 At least 35 ISIS militants were killed in air strikes by the US-led coalition overnight in northern and northeastern Syria a monitor said on Saturday.',
      ),
    ).toEqual(['coalition/isis-as-target/oppose']);
    expect(
      triples(
        'Turkey and the US however do not see eye to eye on Washingtons support for Kurdish militants in northern Syria.',
      ),
    ).not.toContain('usa/rebels-as-target/support');
    // A creed or a compound before the noun names no group: the bare noun stays the codebook's.
    expect(
      triples(
        'The Syrian government which has already called for UN action against several cases of chemical attacks by anti-Syria militants in the country rejected the claims as baseless.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it("members of a group killed in or by a named agent's act: the agent acts against the group", () => {
    expect(
      triples(
        'At least 31 Islamic State militants were killed in Syrian air force raids Sunday in the northern province of Raqa a stronghold of the jihadist fighters a monitoring group said.',
      ),
    ).toContain('syria/isis-as-target/oppose');
    expect(
      triples(
        'At least 10 Syrian soldiers were killed in Israeli overnight air raids on positions near the Golan.',
      ),
    ).toContain('israel/syria-as-target/oppose');
    expect(triples('Over 20 Daesh Terrorists Killed in SDF Operations in Syrian Main Battlefields')).toEqual([
      'sdf/isis-as-target/oppose',
    ]);
    // Near miss: a place and a date before the act name no agent.
    expect(triples('At least 12 Daesh terrorists were killed in Raqqa on Monday in strikes.')).toEqual([]);
  });

  it('"in cooperation with" sides with the partner', () => {
    expect(
      triples(
        'The Hezbollah said it had taken control of the plain outside the city and a main road in cooperation with the Syrian army.',
      ),
    ).toContain('hezbollah/syria-as-target/support');
  });

  it('"that" right after a name opens a relative clause whose verb the name holds', () => {
    const found = triples(
      'Meanwhile the US military announced in a statement that opposition fighters that are backed by the United States and are fighting ISIS militants in Syria took control of a base.',
    );
    expect(found).toContain('opposition/isis-as-target/oppose');
    expect(found).not.toContain('usa/isis-as-target/oppose');
  });

  it('clashes between two sides, the first named with its unit noun', () => {
    expect(
      triples(
        'Activists in Daraya said that the rebel-held district was pounded with a barrage of barrel bombs while violent clashes between FSA fighters and regime forces on the outskirts of the district were reported.',
      ),
    ).toEqual(['fsa/syria-as-target/oppose', 'syria/fsa-as-target/oppose']);
  });

  it('a subject with its unit noun before "backed by" a helper\'s air strikes (near miss)', () => {
    // Near miss of "Kurdish Syrian fighters backed by US-led coalition air strikes … have held back the group".
    expect(
      triples('YPG ground forces backed by US-led coalition air strikes repelled Islamic State.'),
    ).toContain('ypg/isis-as-target/oppose');
  });
});

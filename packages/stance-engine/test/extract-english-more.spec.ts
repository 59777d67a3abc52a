import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';
import { triples } from './helpers.js';

// Plural-named groups as targets, which the shared fixture does not have.
const WAR_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-war',
  actors: [
    {
      id: 'rebels',
      kind: 'armed-group',
      names: { en: ['Syrian rebels', 'rebels'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'syria',
      kind: 'government',
      names: { en: ['Syrian government', 'regime'] },
      roles: [],
      memberOf: [],
    },
    { id: 'russia', kind: 'country', names: { en: ['Russia', 'Moscow'] }, roles: [], memberOf: [] },
    { id: 'kurds', kind: 'armed-group', names: { en: ['Kurdish forces', 'YPG'] }, roles: [], memberOf: [] },
  ],
  topics: [
    { id: 'rebels-as-target', actor: 'rebels', label: { en: 'rebels' }, pro: {}, anti: {} },
    { id: 'syria-as-target', actor: 'syria', label: { en: 'Syria' }, pro: {}, anti: {} },
    { id: 'kurds-as-target', actor: 'kurds', label: { en: 'Kurds' }, pro: {}, anti: {} },
  ],
};
const war = compileCodebook(WAR_CODEBOOK);
const warTriples = (text: string): string[] =>
  extractStatements(war, { id: 't', text, lang: 'en' })
    .map((s) => `${s.actor}/${s.topic}/${s.stance}`)
    .sort();

describe('English extraction: subjects, deeds and alliances', () => {
  it('a collective head noun stands between a named group and its verb: "X groups have accused"', () => {
    expect(triples('Tishreen movement groups have accused Assad of war crimes.')).toEqual([
      'tishreen/assad-as-target/oppose',
    ]);
  });

  it('attacking ground someone holds opposes them: "X-held areas", "positions held by X"', () => {
    expect(warTriples('Russia has intensified air strikes on rebel-held areas.')).toEqual([
      'russia/rebels-as-target/oppose',
    ]);
    expect(warTriples('Russia bombed positions held by Kurdish forces on Friday.')).toEqual([
      'russia/kurds-as-target/oppose',
    ]);
    // The place of an event is no target: no deed of the holder.
    expect(warTriples('Russia said civilians were killed in rebel-held areas.')).toEqual([]);
    expect(warTriples('Russia condemned the attacks on rebel-held areas.')).not.toContain(
      'russia/rebels-as-target/oppose',
    );
  });

  it('a participle clause shares the subject of the finite deed before it: "bombarded A, targeting B"', () => {
    expect(
      warTriples('Regime warplanes bombarded the city on Friday targeting positions held by Kurdish forces.'),
    ).toEqual(['syria/kurds-as-target/oppose']);
    expect(
      warTriples('Regime forces escalated their bombardment of the valley, pounding the rebel-held enclave.'),
    ).toEqual(['syria/rebels-as-target/oppose']);
    // A gerund after a preposition is no participle clause; an adverbial one has the clause's
    // subject for its doer (encons): Russia did the bombing.
    expect(warTriples('Russia welcomed the plan after bombing rebel-held areas.')).toEqual([
      'russia/rebels-as-target/oppose',
    ]);
  });

  it('"hold X responsible/accountable" blames X; "held talks with X" does not', () => {
    expect(triples('Germany holds the Syrian government responsible for the massacre.')).toEqual([
      'germany/syria-as-target/oppose',
    ]);
    expect(triples('Germany held talks with the Syrian government on Monday.')).toEqual([]);
  });

  it('taking ground from someone opposes them: "captured the town from X", "were captured by Y"', () => {
    expect(warTriples('Syrian rebels captured the town from Kurdish forces.')).toEqual([
      'rebels/kurds-as-target/oppose',
    ]);
    expect(
      warTriples('Several villages held by Kurdish forces have been captured by Syrian rebels.'),
    ).toEqual(['rebels/kurds-as-target/oppose']);
    // "from" after other verbs names a place or a source.
    expect(warTriples('The Syrian government bought weapons from Russia.')).toEqual([]);
  });

  it('catenative verbs and hyphenated labels stand between a subject and its infinitive', () => {
    expect(
      warTriples(
        'The Russian-backed Syrian government is trying to retake the city of Manbij from Syrian rebels.',
      ),
    ).toEqual(['syria/rebels-as-target/oppose']);
  });

  it('a participle after a course of action names who takes its side: "a withdrawal brokered by X"', () => {
    expect(triples('Sadr rejected the US withdrawal brokered between Germany and Kadhimi.')).toEqual([
      'germany/us-presence/oppose',
      'kadhimi/us-presence/oppose',
      'sadr/us-presence/support',
    ]);
    expect(triples('Sadr agreed to a US withdrawal under a deal brokered by Germany.')).toEqual(
      expect.arrayContaining(['germany/us-presence/oppose']),
    );
    // After an actor the participle is a label.
    expect(triples('Militias backed by Germany held a rally.')).toEqual([]);
  });

  it('phrasal cues take their object through their own particle: "sided with X", "stood by X", "an alliance with X"', () => {
    expect(triples('Germany sided with Kadhimi.')).toEqual(['germany/kadhimi-as-target/support']);
    expect(triples('Germany stood by Assad.')).toEqual(['germany/assad-as-target/support']);
    expect(triples('Sadr expressed solidarity with Kadhimi.')).toEqual(['sadr/kadhimi-as-target/support']);
    expect(triples('Sadr refused to ally with Kadhimi.')).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples('Militias formed an alliance with the United States.')).toEqual([
      'factions/us-as-target/support',
    ]);
    // "by" after a participle is still a passive agent, "with" after another verb a partner.
    expect(triples('Militias supported by Germany attacked a village.')).toEqual([]);
    expect(triples('Sadr welcomed the talks with Kadhimi.')).toEqual([]);
  });

  it('an appositive relation noun phrase is skipped in coordination and subject search', () => {
    expect(triples('Germany, a key ally, and the United States condemned the elections.')).toEqual([
      'germany/elections/oppose',
      'us/elections/oppose',
    ]);
    // Without commas, as in stripped feeds: "Russia a Syrian ally and China have vetoed …".
    expect(triples('Germany a Syrian ally and the United States condemned the elections.')).toEqual([
      'germany/elections/oppose',
      'us/elections/oppose',
    ]);
    expect(triples('Sadr, an ally of Kadhimi, rejected the elections.')).toContain('sadr/elections/oppose');
    // A plain noun phrase after a name is no apposition of it.
    expect(triples('Sadr met a delegation and the Communist Party rejected the elections.')).toEqual([
      'communists/elections/oppose',
    ]);
  });

  it('threatening someone opposes them; threatening a course of action endorses it', () => {
    expect(triples('Sadr threatened Kadhimi.')).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples('Sadr threatened to boycott the elections.')).toEqual(['sadr/elections/oppose']);
    expect(triples('Sadr threatened to reject the elections.')).toEqual(['sadr/elections/oppose']);
  });

  it("a call for someone's resignation or ouster opposes them; welcoming it too, rejecting it supports", () => {
    expect(triples('Sadr demanded the resignation of Kadhimi.')).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples("Sadr called for Kadhimi's resignation.")).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples("Sadr welcomed Kadhimi's resignation.")).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples("Sadr rejected Kadhimi's resignation.")).toEqual(['sadr/kadhimi-as-target/support']);
  });

  it("shooting at, setting fire to or storming someone's premises opposes them", () => {
    expect(triples('Militias opened fire on the US embassy.')).toEqual(['factions/us-as-target/oppose']);
    expect(triples('Militias set fire to the offices of Kadhimi.')).toEqual([
      'factions/kadhimi-as-target/oppose',
    ]);
    expect(triples('Militias torched the headquarters of the Syrian government.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    // Premises only bridge acts of force: "an air strike on Tuesday by a coalition" names the agent.
    expect(triples('An air strike on Tuesday by the United States killed ten people.')).toEqual([]);
  });

  it('a third-person pronoun opening the sentence stands for the previous holder, however far its cue', () => {
    expect(
      triples('Washington condemned the elections. It is separately waging an air campaign against Assad.'),
    ).toEqual(['us/assad-as-target/oppose', 'us/elections/oppose']);
    // "We" in a quote is its speaker.
    expect(
      triples('Washington condemned the elections. We are separately waging an air campaign against Assad.'),
    ).toEqual(['us/elections/oppose']);
  });

  it('"X and its ally Y": both are subjects; the relation noun is a label (supact74), no side taken', () => {
    expect(triples('Assad and his ally Germany rejected the elections.')).toEqual([
      'assad/elections/oppose',
      'germany/elections/oppose',
    ]);
    expect(triples('Germany and its allies have rejected the elections.')).toEqual([
      'germany/elections/oppose',
    ]);
    // A plain coordination is no alliance.
    expect(triples('Assad and Germany rejected the elections.')).toEqual([
      'assad/elections/oppose',
      'germany/elections/oppose',
    ]);
  });

  it('an act with its own "by" agent: the agent holds it, and the verb governing it does not compose', () => {
    expect(triples('Strikes by the United States on the Syrian government killed ten.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
    expect(triples('Germany condemned attacks by militias on the US embassy.')).toEqual([
      'factions/us-as-target/oppose',
    ]);
  });

  it('clashing with someone is hostile both ways, and no position on what it is over', () => {
    expect(triples('Militias clashed with the Syrian government near Aleppo.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('Assad clashed with Kadhimi over the elections.')).toEqual([
      'assad/kadhimi-as-target/oppose',
      'kadhimi/assad-as-target/oppose',
    ]);
  });

  it('"the government", "the regime": a definite institutional head refers to the actor named with it', () => {
    expect(
      warTriples('The Syrian government shelled Aleppo. The government also attacked Syrian rebels.'),
    ).toEqual(['syria/rebels-as-target/oppose']);
    // Two governments named before: "the government" is ambiguous.
    const two = compileCodebook({
      ...WAR_CODEBOOK,
      actors: [
        ...WAR_CODEBOOK.actors,
        { id: 'iraq', kind: 'government', names: { en: ['Iraqi government'] }, roles: [], memberOf: [] },
      ],
    });
    const text = 'The Syrian government and the Iraqi government met. The government attacked Syrian rebels.';
    expect(extractStatements(two, { id: 't', text, lang: 'en' })).toEqual([]);
  });

  it('a plain past verb with a purpose infinitive keeps the subject: "fighter jets scrambled to protect X"', () => {
    expect(triples('US fighter jets scrambled to protect Kadhimi.')).toEqual([
      'us/kadhimi-as-target/support',
    ]);
    // A stance verb before "to" composes instead: "refused to protect X" opposes X.
    expect(triples('The United States refused to protect Kadhimi.')).toEqual(['us/kadhimi-as-target/oppose']);
  });

  it('in reported words, the agent of harm named with "by" is blamed by the speaker', () => {
    expect(
      triples('Germany has said the deaths were caused by gas dropped by Syrian government aircraft.'),
    ).toEqual(['germany/syria-as-target/oppose']);
    expect(triples('Sadr said the massacre was committed by the United States.')).toEqual([
      'sadr/us-as-target/oppose',
    ]);
    // The journalist's own report blames nobody.
    expect(triples('The deaths were caused by gas dropped by Syrian government aircraft.')).toEqual([]);
  });

  it('a pronoun subject of a reporting verb: the sentence subject it agrees with, else the previous holder', () => {
    expect(
      triples('Germany and Sadr presented evidence on the attacks, which they say were committed by Assad.'),
    ).toEqual(['germany/assad-as-target/oppose', 'sadr/assad-as-target/oppose']);
    expect(triples('Germany met Kadhimi. The elections are a farce, he said.')).not.toContain(
      'kadhimi/elections/oppose',
    );
  });

  it('"warns that continuing to X will …" warns against X', () => {
    expect(triples('Germany warns that continuing the election boycott will lead to disaster.')).toEqual([
      'germany/elections/support',
    ]);
  });

  it('destroying someone\'s positions opposes them; "fighters who raid X" is the fighters\' deed', () => {
    expect(
      triples('The United States conducted strikes and destroyed 13 Syrian government positions.'),
    ).toEqual(['us/syria-as-target/oppose', 'us/us-strikes/support']);
    expect(triples('Communist Party fighters who raid Kadhimi offices were arrested.')).toEqual([
      'communists/kadhimi-as-target/oppose',
    ]);
  });

  it('"combat planes" is a unit, not a deed of combat', () => {
    expect(triples('US combat planes pounded Syrian government positions.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
    expect(triples('Militias attack forces of the Syrian government.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
  });

  it('"he" after an untracked speaker opening the sentence is that speaker, not the previous holder', () => {
    expect(
      triples(
        'Sadr rejected the elections. Cavusoglu also said he told reporters that the vote was a success.',
      ),
    ).toEqual(['sadr/elections/oppose']);
    expect(triples('Sadr met Kadhimi. He said he rejected the elections.')).toEqual([
      'sadr/elections/oppose',
    ]);
  });

  // news-en: "it" after a name the sentence has just given is that name's, not the last holder's.
  it('does not resolve a pronoun to the previous holder past a nearer name', () => {
    expect(
      triples(
        'The YPG controls nearly all of the frontier and has been a close ally of the US in the campaign against Islamic State. Many rebels in western Syria do not trust the YPG because they say it cooperates with the Syrian government rather than fighting it, an accusation the YPG has denied.',
      ),
    ).toEqual([]);
    expect(
      triples(
        'The US has been a close ally of Germany. The OPCW announced on Tuesday that it will reject the elections.',
      ),
    ).toEqual([]);
    expect(
      triples('The US has been a close ally of Germany. On Tuesday it said it will reject the elections.'),
    ).toEqual(['us/elections/oppose']);
    // The fallback's speaker does not own a pronoun that follows another name either.
    expect(
      triples(
        'Many militias in western Syria do not trust the YPG because they say it cooperates with the Syrian government rather than fighting it.',
      ),
    ).toEqual([]);
  });

  // news-en: the infinitive after an act of force is its aim, not something it opposes.
  it('reads "fighting to topple X" as opposing X', () => {
    expect(
      triples(
        'But the radical group has faced a major backlash from other militias fighting to topple the Syrian government and from its affiliate in Syria.',
      ),
    ).toEqual(['factions/syria-as-target/oppose']);
    expect(triples('Militias are fighting to topple the Syrian government.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
  });

  // news-en: "parts of Syria" is territory, not the Syrian state.
  it('reads a name after a place noun and "of" as a place', () => {
    expect(triples('Militias seized large parts of Syria and Iraq, proclaiming a caliphate.')).toEqual([]);
    expect(triples('Militias seized positions of the Syrian government.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
  });
});

describe('diplomatic endorsement', () => {
  it('"stressed the importance of X", "reaffirmed its commitment to X" support X', () => {
    expect(triples('Sadr stressed the importance of the elections.', { lang: 'en' })).toEqual([
      'sadr/elections/support',
    ]);
    expect(triples('Sadr reaffirmed his commitment to the elections.', { lang: 'en' })).toEqual([
      'sadr/elections/support',
    ]);
  });
});

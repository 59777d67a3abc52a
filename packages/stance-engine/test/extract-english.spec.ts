import { extract, triples } from './helpers.js';

describe('English extraction by phenomenon', () => {
  it('SVO with pro/anti composition and particles', () => {
    expect(triples('The armed factions demanded a US withdrawal.')).toEqual(['factions/us-presence/oppose']);
    expect(triples('Sadr warned against a US withdrawal.')).toEqual(['sadr/us-presence/support']);
    expect(triples('The Communist Party called for an election boycott.')).toEqual([
      'communists/elections/oppose',
    ]);
  });

  it('negation: not, never, no, without', () => {
    expect(triples('Sadr did not reject the elections.')).toEqual(['sadr/elections/support']);
    expect(triples('Kadhimi urged Washington not to carry out a US withdrawal.')).toEqual([
      'kadhimi/us-presence/support',
    ]);
  });

  it('reported speech after the words: "…, Sadr said"', () => {
    expect(triples('The election boycott is a mistake, Sadr said.')).toEqual(['sadr/elections/support']);
  });

  it('passive with an agent; participle labels are not positions', () => {
    expect(triples('The US withdrawal was rejected by the armed factions.')).toEqual([
      'factions/us-presence/support',
    ]);
    expect(triples('Militias backed by the United States attacked a village.')).toEqual([]);
    expect(triples('The US-backed militias held the vote.')).toEqual([]);
  });

  it('coordination: "The US and Germany condemned …"', () => {
    expect(triples('The US and Germany condemned Assad.')).toEqual([
      'germany/assad-as-target/oppose',
      'us/assad-as-target/oppose',
    ]);
  });

  it('acronym names keep their case: "us" the pronoun is not the US', () => {
    expect(triples('Sadr told us he rejected the elections.')).toEqual(['sadr/elections/oppose']);
  });

  it('a spokesman or aide speaks for the person named after "for/to"', () => {
    expect(triples('A spokesman for Sadr rejected the elections.')).toEqual(['sadr/elections/oppose']);
    expect(triples('An aide to Kadhimi said the US withdrawal was a mistake.')).toEqual([
      'kadhimi/us-presence/support',
    ]);
  });

  it('a named official of a country speaks for it: "Germany\'s foreign ministry spokesman Martin Schaefer said"', () => {
    expect(
      triples("Germany's foreign ministry spokesman Martin Schaefer said the US withdrawal was a mistake."),
    ).toEqual(['germany/us-presence/support']);
  });

  it('nationality adjectives with an office speak for the country', () => {
    expect(triples('The German foreign minister praised the elections.')).toEqual([
      'germany/elections/support',
    ]);
  });

  it('blame through an evaluative predicate in reported speech', () => {
    expect(triples('Erdogan said Assad was responsible for the massacre.')).toEqual([
      'erdogan/assad-as-target/oppose',
    ]);
  });

  it('"this decision" stands for the topic named just before; a reaction to a decision also targets its maker', () => {
    expect(
      triples('Washington announced a US withdrawal on Monday. Sadr said this decision was a mistake.'),
    ).toEqual(['sadr/us-presence/support', 'us/us-presence/oppose']); // announcing the withdrawal is Washington's deed
    expect(triples('Kadhimi welcomed the US decision to end the US military presence.')).toEqual(
      expect.arrayContaining(['kadhimi/us-as-target/support']),
    );
  });

  it('possessive relations and evaluated agents: "Assad\'s strongest backer", "heinous actions by the regime"', () => {
    expect(triples("Germany has been Assad's strongest backer in the war.")).toEqual([
      'germany/assad-as-target/support',
    ]);
    expect(triples('Erdogan said these heinous actions by the Syrian government must stop.')).toEqual([
      'erdogan/syria-as-target/oppose',
    ]);
  });

  it('neutral only for explicitly undecided or conditional positions', () => {
    expect(triples('Sadr remained undecided on the elections.')).toEqual(['sadr/elections/neutral']);
    expect(triples('Sadr backed the elections on a conditional basis, his office said.')).toEqual([
      'sadr/elections/neutral',
    ]);
    expect(
      triples('Sadr backed the elections, but the Communist Party stayed neutral on the US troops.'),
    ).toEqual(['communists/us-presence/neutral', 'sadr/elections/support']);
  });

  it('common reporting constructions: announced its support for, quoted first person, called X a farce', () => {
    expect(triples('The Communist Party announced its support for the elections.')).toEqual([
      'communists/elections/support',
    ]);
    expect(triples('"We reject the elections," Sadr told reporters.')).toEqual(['sadr/elections/oppose']);
    expect(triples('Tishreen movement leaders called the elections a farce.')).toEqual([
      'tishreen/elections/oppose',
    ]);
  });

  it('removal nouns and nested cues compose: "the expulsion of", "rejected calls for"', () => {
    expect(triples('Sadr demanded the expulsion of US troops.')).toEqual(['sadr/us-presence/oppose']);
    expect(triples('Kadhimi rejected calls for a US withdrawal.')).toEqual(['kadhimi/us-presence/support']);
    expect(triples('The armed factions blamed Washington for breaking the elections.')).toEqual(
      expect.arrayContaining(['factions/elections/support']),
    );
  });

  it('calls to resign oppose the person; sanctions imposed by a holder oppose the target', () => {
    expect(triples('Germany has repeatedly called for Assad to step down.')).toEqual([
      'germany/assad-as-target/oppose',
    ]);
    expect(triples('Assad must step down, Erdogan said.')).toEqual(['erdogan/assad-as-target/oppose']);
    expect(triples('Washington imposed new sanctions on Syria.')).toEqual(['us/syria-as-target/oppose']);
    expect(triples('Germany vetoed a resolution calling for the elections.')).toEqual([
      'germany/elections/oppose',
    ]);
  });

  it('hypothetical clauses and reported claims of unnamed others are no positions', () => {
    expect(triples('Sadr said that if the United States rejected the elections, he would act.')).toEqual([]);
    expect(triples('Germany dismissed reports that Kadhimi rejected the elections.')).not.toContain(
      'kadhimi/elections/oppose',
    );
  });

  it('reporting verb after the words without commas (FA-KES style): "... the elections said Sadr."', () => {
    expect(triples('The militias must accept the elections said Sadr.')).toEqual(['sadr/elections/support']);
  });

  it('"according to X" names the holder; "backed the rebels against X" opposes X', () => {
    expect(triples('The militias must accept the elections according to Sadr.')).toEqual([
      'sadr/elections/support',
    ]);
    expect(triples('Germany has long backed the rebels against Assad.')).toEqual([
      'germany/assad-as-target/oppose',
    ]);
  });

  it('detects English without a lang tag and keeps offsets exact', () => {
    const text = 'Today, Sadr rejected the US troops.';
    const [s] = extract(text);
    expect(s).toMatchObject({ actor: 'sadr', topic: 'us-presence', stance: 'oppose' });
    expect(text.slice(s!.start, s!.end)).toBe(s!.evidence);
  });

  it('is deterministic and returns one statement per (actor, topic, stance)', () => {
    const text = 'Sadr rejected the elections. Sadr again rejected the elections strongly.';
    expect(extract(text)).toEqual(extract(text));
    expect(triples(text)).toEqual(['sadr/elections/oppose']);
  });

  it('deeds of force oppose their target: pounded positions, stormed the embassy, strikes against', () => {
    expect(triples('US warplanes pounded Syrian government positions near Aleppo.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
    expect(triples('Militias stormed the US embassy in Baghdad.')).toEqual(['factions/us-as-target/oppose']);
    expect(triples('The United States carried out air strikes against the Syrian government.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
  });

  it('a position on an act named after its actor is one on the actor: "condemned the US strikes"', () => {
    expect(triples('Germany condemned the US strikes on Syria.')).toEqual([
      'germany/us-as-target/oppose',
      'germany/us-strikes/oppose',
    ]);
  });

  it('a hostile particle under an act of force keeps its sign: "strikes today against"', () => {
    expect(
      triples('Warplanes from the United States carried out four air strikes today against Syrian forces.'),
    ).toEqual(['us/syria-as-target/oppose']);
  });

  it('fighting X opposes X; fighting alongside or for X supports X', () => {
    expect(triples('Militias are fighting alongside the Syrian government near Aleppo.')).toEqual([
      'factions/syria-as-target/support',
    ]);
    // A finite verb of fighting is hostile both ways: the foe opposes the fighter too.
    expect(triples('The United States is fighting Syrian government forces near Raqqa.')).toEqual([
      'syria/us-as-target/oppose',
      'us/syria-as-target/oppose',
    ]);
  });

  it('a reaction to an act counts toward its agent named with "by": "the strikes carried out by X"', () => {
    expect(triples('Germany condemned the strikes carried out by the Syrian government.')).toEqual([
      'germany/syria-as-target/oppose',
    ]);
  });

  it("a leader's possessive before his regime or forces names the body he heads", () => {
    expect(triples("Germany condemned Assad's regime for the siege.")).toEqual([
      'germany/syria-as-target/oppose',
    ]);
    expect(triples('Assads forces and militias fought the United States near Raqqa.')).toEqual([
      'factions/us-as-target/oppose',
      'syria/us-as-target/oppose',
      'us/syria-as-target/oppose',
    ]);
  });

  it('"X were killed in air strikes by Y": Y opposes X; strikes by Y without a harmed actor give nothing', () => {
    expect(
      triples('Dozens of Syrian government soldiers were killed in air strikes by US warplanes.'),
    ).toEqual(['us/syria-as-target/oppose']);
    expect(triples('Civilians were killed in air strikes by US warplanes near Raqqa.')).toEqual([]);
  });

  it('a deed on its own act: "the United States stepped up its strikes"', () => {
    expect(triples('The United States stepped up its strikes near Raqqa.')).toEqual([
      'us/us-strikes/support',
    ]);
  });

  it('launching an act is a deed for the act named after the holder: "launched air strikes"', () => {
    expect(triples('The United States launched air strikes near Raqqa.')).toEqual(['us/us-strikes/support']);
    // Germany's strikes are not the US strikes.
    expect(triples('Germany launched air strikes near Raqqa.')).toEqual([]);
  });

  it('tasking or joining someone supports them', () => {
    expect(triples('Sadr tasked Kadhimi with forming a government.')).toEqual([
      'sadr/kadhimi-as-target/support',
    ]);
    expect(triples('The Communist Party joined Kadhimi in the protests.')).toEqual([
      'communists/kadhimi-as-target/support',
    ]);
  });

  it('"the American invaders/occupiers" are the country\'s forces', () => {
    expect(triples('Militias resisted the American occupiers.')).toEqual(['factions/us-as-target/oppose']);
  });

  it('"launched strikes in support of X" supports X; "a rally in support of X" is not the agent\'s position', () => {
    expect(triples('Germany launched air strikes in support of the Syrian government.')).toEqual([
      'germany/syria-as-target/support',
    ]);
    expect(triples('Militias shelled a rally in support of the Syrian government.')).toEqual([]);
  });

  it('coordination across an article: "Germany and the United States welcomed …"', () => {
    expect(triples('Germany and the United States welcomed the elections.')).toEqual([
      'germany/elections/support',
      'us/elections/support',
    ]);
  });

  it("naming the agent of an attack in reported words blames it; the journalist's report does not", () => {
    expect(triples("Germany says Assad's forces staged the attack.")).toEqual([
      'germany/syria-as-target/oppose',
    ]);
    expect(triples('The Syrian government carried out the attack.')).toEqual([]);
  });

  it('clashes between two sides: each opposes the other', () => {
    expect(triples('Clashes between the United States and the Syrian government continued.')).toEqual([
      'syria/us-as-target/oppose',
      'us/syria-as-target/oppose',
    ]);
  });

  it('a victory over someone opposes them; defeat, repel', () => {
    expect(triples('Militias declared victory over the Syrian government.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('The United States repelled the Syrian government forces.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
  });

  it('"the attack on X" reported by someone is an event, not their position on X', () => {
    expect(triples('Sadr said the attack on Syria was a disaster.')).toEqual([]);
  });
});

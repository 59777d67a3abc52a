import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';

// US-politics wording (the register of eval/basil): insults, rebukes and praise between
// politicians, and the ways newspapers attribute a quote to its speaker.
const US_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-us-politics',
  actors: [
    { id: 'trump', kind: 'person', names: { en: ['Donald Trump', 'Trump'] }, roles: [], memberOf: [] },
    { id: 'pelosi', kind: 'person', names: { en: ['Nancy Pelosi', 'Pelosi'] }, roles: [], memberOf: [] },
    { id: 'schumer', kind: 'person', names: { en: ['Chuck Schumer', 'Schumer'] }, roles: [], memberOf: [] },
    { id: 'warren', kind: 'person', names: { en: ['Elizabeth Warren', 'Warren'] }, roles: [], memberOf: [] },
    { id: 'gop', kind: 'party', names: { en: ['Republicans', 'GOP'] }, roles: [], memberOf: [] },
  ],
  topics: ['trump', 'pelosi', 'schumer', 'warren', 'gop'].map((id) => ({
    id: `${id}-as-target`,
    actor: id,
    label: { en: id },
    pro: {},
    anti: {},
  })),
};
const us = compileCodebook(US_CODEBOOK);
const usTriples = (text: string): string[] =>
  extractStatements(us, { id: 't', text, lang: 'en', published_at: '2019-01-10T00:00:00Z' })
    .map((s) => `${s.actor}/${s.topic}/${s.stance}`)
    .sort();

describe('English extraction: political rebukes, insults and praise', () => {
  it('rebuke verbs oppose their object: chided, assailed, railed against', () => {
    expect(usTriples('Pelosi chided Trump on Friday for the shutdown.')).toEqual([
      'pelosi/trump-as-target/oppose',
    ]);
    expect(usTriples('Schumer assailed Republicans over the border wall.')).toEqual([
      'schumer/gop-as-target/oppose',
    ]);
    expect(usTriples('Warren railed against Trump at a rally in Iowa.')).toEqual([
      'warren/trump-as-target/oppose',
    ]);
    // Near misses: no tracked object, or the rebuke is someone else's.
    expect(usTriples('Warren mocked the idea of a wall at the border.')).toEqual([]);
    expect(usTriples('Critics chided the senator after Schumer spoke.')).toEqual([]);
  });

  it('"critical of X" opposes X; admiring and appreciating someone supports them', () => {
    expect(usTriples('Trump was also critical of Pelosi.')).toEqual(['trump/pelosi-as-target/oppose']);
    expect(usTriples('Schumer said he admired Warren for her persistence.')).toEqual([
      'schumer/warren-as-target/support',
    ]);
    expect(usTriples('Pelosi said she appreciated the effort.')).toEqual([]);
  });

  it('"took aim at X", "a swipe at X", "jabs at X" oppose X', () => {
    expect(usTriples('Pelosi took aim at Trump on Friday.')).toEqual(['pelosi/trump-as-target/oppose']);
    expect(usTriples('Warren threw several jabs at Schumer.')).toEqual(['warren/schumer-as-target/oppose']);
    // Near misses: "aimed at" a plan, an aim at something untracked.
    expect(usTriples('The program is aimed at Trump voters.')).toEqual([]);
    expect(usTriples('Warren took aim at rising costs.')).toEqual([]);
  });

  it('insults are evaluations: "called X a coward", "X is a disgrace"', () => {
    expect(usTriples('Warren called Trump a coward.')).toEqual(['warren/trump-as-target/oppose']);
    expect(usTriples('Trump said Schumer is a disgrace.')).toEqual(['trump/schumer-as-target/oppose']);
    expect(usTriples('Trump said the Pelosi speech was disgraceful.')).toEqual([
      'trump/pelosi-as-target/oppose',
    ]);
    // Near miss: the insult names no tracked target.
    expect(usTriples('Schumer said the delay was a disgrace.')).toEqual([]);
  });

  it('after an adverb particle the preposition heads the object: "lashed out at X", "hit back at X"', () => {
    expect(usTriples('Warren lashed out at Trump on Friday.')).toEqual(['warren/trump-as-target/oppose']);
    expect(usTriples('Trump hit back at Pelosi in a tweet.')).toEqual(['trump/pelosi-as-target/oppose']);
    // Near misses: "at" after other words is still a setting, not the object.
    expect(usTriples('Warren lashed out during a rally at Trump Tower.')).toEqual([]);
    expect(usTriples('Schumer spoke out at a rally with Pelosi.')).toEqual([]);
  });
});

describe('English extraction: the party-and-state tag of a politician', () => {
  it('"X, D-Calif., said", "X (R-Texas) said", "X, Democrat of Vermont, said": the tag stands between subject and verb', () => {
    expect(usTriples('Sen. Chuck Schumer, D-N.Y., criticized Trump on Friday.')).toEqual([
      'schumer/trump-as-target/oppose',
    ]);
    expect(usTriples('Sen. Elizabeth Warren (D-Mass.) criticized Trump on Friday.')).toEqual([
      'warren/trump-as-target/oppose',
    ]);
    expect(usTriples('Nancy Pelosi, Democrat of California, praised Schumer.')).toEqual([
      'pelosi/schumer-as-target/support',
    ]);
    // A full stop before a comma or bracket does not end the sentence.
    expect(usTriples('Rep. Jim Smith, R-Ohio., criticized Pelosi.')).toEqual([]);
  });

  it('near misses: an apposition that is not a party tag, and the tag of someone untracked', () => {
    // The one who criticizes is the untracked senator, not the tracked actor before him.
    expect(usTriples('Pelosi met Sen. Jim Smith (R-Ohio), who criticized Schumer.')).toEqual([]);
    expect(usTriples('Sen. Jim Smith, R-Ohio, criticized Pelosi.')).toEqual([]);
  });
});

describe('English extraction: quotations attributed in another sentence', () => {
  it('a sentence of a longer quotation takes the speaker named after the quotation', () => {
    expect(usTriples('“Schumer is a disgrace. He must go,” Trump said.')).toEqual([
      'trump/schumer-as-target/oppose',
    ]);
    expect(usTriples('“Schumer is a disgrace. He must go,” said Sen. Warren.')).toEqual([
      'warren/schumer-as-target/oppose',
    ]);
  });

  it('a quotation that goes on after its attribution keeps the speaker: "“…,” X said. “We reject Y.”"', () => {
    expect(usTriples('“He is not welcome here,” Ms. Pelosi told reporters. “We reject Trump.”')).toEqual([
      'pelosi/trump-as-target/oppose',
    ]);
  });

  it('a quotation in the paragraph after "X wrote:" is X’s', () => {
    expect(usTriples('Trump went further on Thursday, writing:\n“Schumer is a disgrace!”')).toEqual([
      'trump/schumer-as-target/oppose',
    ]);
  });

  it('every sentence of a quotation after "X said:" in the same paragraph is X’s', () => {
    expect(usTriples('Pelosi said in a statement: “We welcome the vote. We reject Trump.”')).toEqual([
      'pelosi/trump-as-target/oppose',
    ]);
  });

  it('near misses: an untracked speaker, another speaker in between, a colon without a speaker', () => {
    expect(usTriples('The banner read: “We love this town. We reject Trump.”')).toEqual([]);
    expect(usTriples('“Schumer is a disgrace. He must go,” a White House aide said.')).toEqual([]);
    expect(
      usTriples('“It was fine,” Pelosi said. Mr. Smith, a Warren aide, disagreed. “Schumer is a disgrace.”'),
    ).toEqual([]);
    expect(usTriples('The statement read:\n“Schumer is a disgrace.”')).toEqual([]);
    // "We" outside any quotation is not a speaker.
    expect(usTriples('Pelosi spoke on Monday.\nWe reject Trump.')).toEqual([]);
  });
});

describe('English extraction: words said of someone', () => {
  it('"“He is a disgrace,” X said of Y": the quoted evaluation is toward Y', () => {
    expect(usTriples('“He is a disgrace,” Mr. Trump said of Schumer.')).toEqual([
      'trump/schumer-as-target/oppose',
    ]);
    expect(usTriples('“It is garbage and lies,” Warren said about Trump on Sunday.')).toEqual([
      'warren/trump-as-target/oppose',
    ]);
  });

  it('near misses: words without an evaluation, words that name their own target, "spoke of"', () => {
    expect(usTriples('“We talked for an hour,” Trump said of Schumer.')).toEqual([]);
    expect(usTriples('“Pelosi is a disgrace,” Trump said of Schumer.')).toEqual([
      'trump/pelosi-as-target/oppose',
    ]);
    expect(usTriples('Trump spoke of Schumer at length.')).toEqual([]);
    expect(usTriples('“He is a disgrace,” an aide said of Schumer.')).toEqual([]);
  });
});

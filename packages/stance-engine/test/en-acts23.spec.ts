import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Reacting to an act of force named after its agent is a stance toward the agent (Conventions:
// reacting to an action that the clause attributes to a codebook actor counts on that actor too).
// Sentences are copied from the corpus (corpus/news-en.jsonl, FA-KES: no apostrophes) unless
// marked near miss or brief (the round's own examples).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-acts23',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'Damascus']),
    actor('coalition-sy', 'movement', ['Syrian Coalition', 'National Coalition']),
    actor('russia', 'country', ['Russia', 'Moscow', 'Russian Foreign Ministry']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('israel', 'country', ['Israel']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('iraq', 'country', ['Iraq', 'Baghdad']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
    actor('saudi', 'country', ['Saudi Arabia', 'Riyadh']),
    actor('slc', 'organization', ['Saudi-led coalition']),
    actor('usc', 'organization', ['US-led coalition']),
    actor('un', 'organization', ['United Nations', 'UN']),
    actor('pkk', 'armed-group', ['PKK']),
  ],
  topics: [
    ...targetTopics([
      'syria',
      'coalition-sy',
      'russia',
      'iran',
      'israel',
      'turkey',
      'usa',
      'saudi',
      'slc',
      'usc',
      'pkk',
    ]),
    {
      id: 'turkish-ops',
      label: { en: 'Turkish military operations' },
      pro: { en: ['Turkish strikes', 'Turkish bombardment'] },
      anti: { en: ['Turkish withdrawal'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-05-01' });

describe('reactions to acts of force named after their agent', () => {
  it('a nationality adjective names the agent (brief)', () => {
    expect(t('Iran condemned the Israeli strikes.')).toEqual(['iran/israel-as-target/oppose']);
    expect(t('Russia condemned Israeli strikes on Iranian targets in Syria.')).toContain(
      'russia/israel-as-target/oppose',
    );
  });

  it('"X-led" names the coalition, or its leader where the codebook has no coalition (brief)', () => {
    expect(t('Iran denounced the Saudi-led air campaign in Yemen.')).toContain('iran/slc-as-target/oppose');
    expect(t('Russia criticized the US-led strikes on Syria.')).toContain('russia/usc-as-target/oppose');
  });

  it('the act also counts on the codebook topic named after its agent (brief)', () => {
    const out = t('Iraq condemned the Turkish bombardment of Sinjar.');
    expect(out).toContain('iraq/turkey-as-target/oppose');
    expect(out).toContain('iraq/turkish-ops/oppose');
  });

  it('welcoming and backing an act support its agent (near miss)', () => {
    expect(t('Iran welcomed the Russian air strikes against the rebels.')).toContain(
      'iran/russia-as-target/support',
    );
    expect(t('Iran hailed the PKK attacks on Turkish troops.')).toContain('iran/pkk-as-target/support');
  });

  it('"operation" and reacting nouns (near miss)', () => {
    expect(t('Iran denounced the Turkish operation in Afrin.')).toContain('iran/turkey-as-target/oppose');
    expect(t('Iran reiterated its condemnation of the Israeli strikes.')).toContain(
      'iran/israel-as-target/oppose',
    );
  });

  // Near miss: the corpus sentence has "in February 2016" between the speaker and the verb.
  it('"condemned Russian strikes in Syria"', () => {
    expect(
      t(
        'The UN deputy spokesman condemned Russian strikes in Syria saying the attacks were "blatant violations".',
      ),
    ).toContain('un/russia-as-target/oppose');
  });

  it('"condemned coalitions airstrikes": a bare possessive head names the coalition named before', () => {
    expect(
      t(
        'The US-led coalition attacked residential areas in the city. On Thursday the Russian Foreign Ministry condemned coalitions airstrikes in Raqqa on December 7 that left 18 civilians dead.',
      ),
    ).toContain('russia/usc-as-target/oppose');
  });

  it('the reaction to an act by-phrase is kept', () => {
    expect(
      t(
        'The Syrian Coalition condemned the deadly overnight airstrikes by Russian forces on Idlib city describing them as a war crime.',
      ),
    ).toContain('coalition-sy/russia-as-target/oppose');
  });
});

describe('no reaction to the agent', () => {
  it('negated, predicted or infinitive reactions (near miss)', () => {
    expect(t('Iran did not condemn the Israeli strikes.')).toEqual([]);
    expect(t('Iran would condemn any Israeli strikes.')).toEqual([]);
    expect(
      t(
        'The failure to explicitly and clearly condemn the Russian aggression is a shameful stain on humanity.',
      ),
    ).toEqual([]);
  });

  it('a report of the act, not a reaction (near miss)', () => {
    expect(t('Iran said Israeli strikes killed 10 people.')).toEqual([]);
  });

  it('the agent reacting to its own act (near miss)', () => {
    expect(t('Israel defended the Israeli strikes.')).toEqual([]);
  });

  it('"X-backed" is a label (near miss)', () => {
    expect(t('Turkey condemned the Iran-backed offensive.')).not.toContain('turkey/iran-as-target/oppose');
  });

  it('a country name or an adjective naming the place (near miss)', () => {
    expect(t('Iran condemned the Iraq invasion.')).toEqual([]);
    expect(t('Turkey condemned the Syrian chemical attack in Idlib.')).toEqual([]);
    expect(t('Iran welcomed Russias Syrian campaign.')).not.toContain('iran/syria-as-target/support');
  });
});

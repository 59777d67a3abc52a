import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// Truces named with the parties who made them after the noun, counted over corpus/news-en.jsonl:
// "a truce agreed by X and Y", "a ceasefire between A and B brokered by X and Y". Each rule has a
// corpus sentence that changes and a near miss that must not.
const actor = actorsNamedIn('en');
const targets = ['syria', 'rebels', 'russia', 'usa'];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-pacts-en',
  actors: [
    actor('syria', 'government', ['Syrian government', 'regime', 'government forces']),
    actor('rebels', 'armed-group', ['rebels', 'rebel groups', 'non-jihadist rebels']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('usa', 'country', ['United States', 'Washington']),
  ],
  topics: [
    ...targets.map((id) => ({ id: `${id}-as-target`, actor: id, label: { en: id }, pro: {}, anti: {} })),
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires' },
      pro: { en: ['ceasefire', 'truce'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('truces named with the parties who made them', () => {
  it('"a truce agreed by X and Y": each party supports the truce and the other', () => {
    expect(
      triples(
        'A truce agreed by Russia and the United States in February has been violated nearly continuously around Aleppo where the regime and rebel groups have fought for control since 2012.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'russia/ceasefire/support',
        'russia/usa-as-target/support',
        'usa/ceasefire/support',
        'usa/russia-as-target/support',
      ]),
    );
  });

  it('near miss: one party alone agrees with nobody', () => {
    // Edited from the sentence above.
    const out = triples('A truce agreed by Russia in February has been violated nearly continuously around Aleppo.');
    expect(out).toContain('russia/ceasefire/support');
    expect(out.filter((t) => t.includes('-as-target/support'))).toEqual([]);
  });

  it('"a ceasefire between A and B brokered by X and Y": the brokers, not the sides, support it', () => {
    const out = triples(
      'But a broader ceasefire between government forces and non-jihadist rebels brokered by the United States and Russia in February has been repeatedly violated by both sides.',
    );
    expect(out).toEqual(expect.arrayContaining(['russia/ceasefire/support', 'usa/ceasefire/support']));
    expect(out).not.toContain('syria/ceasefire/support');
    expect(out).not.toContain('rebels/ceasefire/support');
  });

  it('near miss: a label after a "between" phrase that follows no truce is no deed', () => {
    expect(
      triples(
        'Clashes on Monday continued between regime forces and rebels backed by Russia around eastern Aleppo.',
      ).filter((t) => t.startsWith('russia/')),
    ).toEqual([]);
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// Gaps of the English lexicon and name forms found over corpus/news-en.jsonl. Verbs stressed on
// their last syllable double its consonant (expel → expelled, commit → committed); the lexicon
// generated "expeled" and "commited", so these forms were no cues. Corpus sentences and near misses.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-verb-forms-en',
  actors: [
    actor('isis', 'armed-group', ['Islamic State', 'ISIS']),
    actor('rebels', 'armed-group', ['rebels', 'rival rebels']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('syria', 'government', ['Syrian army', 'Syrian government']),
    actor('nusra', 'armed-group', ['al-Nusra', 'Nusra Front']),
    actor('russia', 'country', ['Russia', 'Moscow']),
  ],
  topics: [
    { id: 'rebels-as-target', actor: 'rebels', label: { en: 'rebels' }, pro: {}, anti: {} },
    { id: 'nusra-as-target', actor: 'nusra', label: { en: 'Nusra Front' }, pro: {}, anti: {} },
    { id: 'ceasefire', label: { en: 'Ceasefires' }, pro: { en: ['ceasefire'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('doubled consonants of verbs stressed on the last syllable', () => {
  it('"expelled" is the past of "expel"', () => {
    expect(
      triples(
        'The Islamic State expelled rival rebels from Deir al-Zor city on Monday tightening its hold on the eastern province bordering Iraq.',
      ),
    ).toEqual(['isis/rebels-as-target/oppose']);
  });

  it('"committed to" is the past participle of "commit to"', () => {
    expect(
      triples(
        'Turkey remains committed to a ceasefire in Syria but Russia must stop insisting that Bashar al Assad should remain in office Turkish Foreign Minister Mevlut Cavusoglu said on Sunday.',
      ),
    ).toContain('turkey/ceasefire/support');
  });

  it('near miss: "committed" without "to" is no commitment', () => {
    expect(triples('Turkey said crimes were committed during the ceasefire in Syria.')).toEqual([]);
  });
});

describe('acts of force the lexicon lacked', () => {
  it('ambushing a group attacks it', () => {
    expect(
      triples(
        'The Syrian army men for their part ambushed a group of al-Nusra fighters near Wadi al-Ezeib on Salamiyah-Ithriya road which ended in the killing of most of them.',
      ),
    ).toEqual(['syria/nusra-as-target/oppose']);
  });

  it('near miss: a negated ambush is no attack', () => {
    expect(triples('The Syrian army did not ambush al-Nusra fighters near Salamiyah.')).toEqual([]);
  });
});

describe('a group named by its singular before the ground it holds', () => {
  it('"pound rebel areas": the areas are the rebels\'', () => {
    expect(triples('Wednesday 16 November 2016 Syrian Russian jets pound rebel areas.')).toContain(
      'russia/rebels-as-target/oppose',
    );
  });

  it('near miss: the singular before another noun names no group', () => {
    expect(triples('Wednesday 16 November 2016 Russian jets pound areas near the rebel lines.')).toEqual([]);
  });
});

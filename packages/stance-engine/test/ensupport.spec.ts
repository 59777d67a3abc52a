import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English advocacy of a course of action: words of readiness and intent, "in favour of", taking
// part in or signing a course, possessed calls and plans for it, and their negations. Sentences
// are copied from the corpus (corpus/news-en.jsonl, FA-KES: no apostrophes; BASIL for the US
// ones) unless marked brief (the round's own examples).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-support',
  actors: [
    actor('syria', 'government', ['Syria', 'Syrian government', 'Damascus']),
    actor('opposition', 'movement', ['opposition', 'Syrian opposition']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('usa', 'country', ['United States', 'Washington']),
    actor('egypt', 'country', ['Egypt', 'Cairo']),
    actor('trump', 'person', ['Donald Trump', 'Trump']),
    actor('fox', 'person', ['Vicente Fox', 'Fox']),
    actor('tlaib', 'person', ['Rashida Tlaib', 'Tlaib']),
    actor('republicans', 'party', ['Republicans']),
    actor('democrats', 'party', ['Democrats']),
    actor('court', 'organization', ['Supreme Court']),
    actor('nebraska', 'government', ['Nebraska']),
  ],
  topics: [
    ...targetTopics(['syria', 'russia', 'usa', 'trump', 'democrats', 'nebraska']),
    {
      id: 'ceasefire',
      label: { en: 'A ceasefire' },
      pro: { en: ['ceasefire', 'truce', 'truce deal'] },
      anti: { en: ['end of the ceasefire'] },
    },
    {
      id: 'talks',
      label: { en: 'Peace talks' },
      pro: { en: ['peace talks', 'negotiations', 'political solution'] },
      anti: { en: ['military solution'] },
    },
    {
      id: 'offensive',
      label: { en: 'The offensive' },
      pro: { en: ['offensive'] },
      anti: { en: ['halt to the offensive'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-09-01' });

describe('English advocacy of a course of action', () => {
  it('words of readiness and intent take the side of the act they are ready for', () => {
    expect(
      t(
        'Meanwhile Turkish Foreign Minister Mevlut Cavusoglu told reporters that Turkey is determined to push ahead with the offensive in northern Syria.',
      ),
    ).toContain('turkey/offensive/support');
    expect(t('Russia is ready to join the peace talks.')).toEqual(['russia/talks/support']); // brief
    expect(t('Russia has no intention of joining the peace talks.')).toEqual(['russia/talks/oppose']); // brief
  });

  it('negation before a word of readiness is counted once', () => {
    expect(t('Fox said, as a taxpayer, he’s not willing to fund Trump’s big idea.')).toEqual([
      'fox/trump-as-target/oppose',
    ]);
    expect(t('Russia is not ready to sign the ceasefire agreement.')).toEqual(['russia/ceasefire/oppose']); // brief
  });

  it('a negated stance verb over a deed flips the deed once', () => {
    expect(t('Russia did not agree to extend the ceasefire.')).toEqual(['russia/ceasefire/oppose']); // brief
    expect(t('Russia agreed to extend the ceasefire.')).toEqual(['russia/ceasefire/support']); // brief
  });

  it('a copula "remains" stands between the subject and its stance word', () => {
    expect(
      t(
        'Turkey remains committed to a ceasefire in Syria but Russia must stop insisting that Bashar al Assad should remain in office Turkish Foreign Minister Mevlut Cavusoglu said on Sunday.',
      ),
    ).toContain('turkey/ceasefire/support');
  });

  it('walking out of talks opposes them; "in favour of" an act composes with it', () => {
    expect(
      t(
        'Peace talks hit deadlock after the opposition walked out of negotiations in April over the escalating violence.',
      ),
    ).toContain('opposition/talks/oppose');
    expect(
      t(
        'Rep. Alexandria Ocasio-Cortez took a stand for fellow House freshman Rep. Rashida Tlaib on Saturday after Tlaib’s expletive-laced comments in favor of impeaching President Trump.',
      ),
    ).toContain('tlaib/trump-as-target/oppose');
    expect(t('Egypt is in favour of a ceasefire in Syria.')).toEqual(['egypt/ceasefire/support']); // brief
  });

  it('a possessed call or plan for a course of action is its possessor’s', () => {
    expect(t('Russia’s call for a ceasefire in Syria came late.')).toEqual(['russia/ceasefire/support']); // brief
    expect(t('Russia’s plan to hold peace talks was announced.')).toEqual(['russia/talks/support']); // brief
  });

  it('does not read a person after a plain verb, a prediction, or a noun before an infinitive', () => {
    // "eager to portray X as …": no side toward X.
    expect(
      t(
        'Republicans, eager to portray Democrats as out to destroy Mr. Trump’s presidency, piled on criticism of Ms. Tlaib.',
      ),
    ).not.toContain('republicans/democrats-as-target/support');
    // What one believes another will do is a prediction.
    expect(
      t(
        '"I dont believe the United States will be ready to join Russia in fighting terrorists in Syria." Assad said.',
      ),
    ).not.toContain('usa/russia-as-target/support');
    // What an actor "were to" do is hypothetical.
    expect(
      t(
        'If the Supreme Court were to rule in favor of Nebraska and Oklahoma, all state marijuana laws, in any form, could be in jeopardy of being unraveled.',
      ),
    ).toEqual([]);
    // "Obama's plan for Syria" names no course of action.
    expect(t('Russia’s plan for Syria was announced.')).toEqual([]); // brief
    // A noun takes no infinitive of its own: the officials back the truce the opposition breaks.
    expect(
      t(
        'Syrian officials say the attacks show lack of seriousness in the opposition to respect a truce deal which is currently holding in the Arab country.',
      ),
    ).not.toContain('syria/ceasefire/oppose');
    // "signs of" is a noun.
    expect(t('Russia showed signs of a ceasefire in Syria.')).toEqual([]); // brief
  });
});

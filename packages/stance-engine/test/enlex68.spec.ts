import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English adjectives of a position with their preposition, which the cue lexicon lacked (round
// "enlex68"): "hostile to", "wary/suspicious/skeptical/dismissive of", "at loggerheads with",
// "supportive of", "sympathetic/friendly to", "an advocate/a champion of". The "supportive of" sentence is
// from NewsMTSC, the "allied to"/"loyal to" ones from corpus/news-en.jsonl (FA-KES); the others
// are shaped like NewsMTSC sentences.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enlex68',
  actors: [
    actor('trump', 'person', ['Donald Trump', 'President Trump', 'Mr. Trump', 'Trump']),
    actor('conway', 'person', ['George Conway', 'George']),
    actor('hawley', 'person', ['Josh Hawley', 'Hawley']),
    actor('clinton', 'person', ['Hillary Clinton', 'Clinton']),
    actor('biden', 'person', ['Joe Biden', 'Biden']),
    actor('erdogan', 'person', ['Recep Tayyip Erdogan', 'Erdogan']),
    actor('duterte', 'person', ['Rodrigo Duterte', 'Duterte']),
    actor('assad', 'person', ['Bashar al-Assad', 'Bashar al-Assad', 'Assad', 'Assads regime']),
    actor('usa', 'country', ['United States', 'U.S.', 'Washington']),
    actor('china', 'country', ['China', 'Beijing']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('saudi', 'country', ['Saudi Arabia', 'Riyadh']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('rebels', 'movement', ['Syrian rebel groups', 'Syrian rebels', 'rebels']),
    actor('nusra', 'movement', ['al-Nusra Front', 'Nusra Front']),
    actor('isil', 'movement', ['Islamic State', 'ISIL']),
  ],
  topics: targetTopics(['trump', 'clinton', 'usa', 'china', 'iran', 'turkey', 'assad', 'rebels', 'isil']),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-06-01' });

describe('adjectives of opposition with their preposition', () => {
  it('"hostile to" opposes', () => {
    expect(t('Erdogan has grown increasingly hostile to Washington.')).toContain(
      'erdogan/usa-as-target/oppose',
    );
  });

  it('"hostile toward" opposes', () => {
    expect(t('Duterte has been openly hostile toward the United States.')).toContain(
      'duterte/usa-as-target/oppose',
    );
  });

  it('"suspicious of" opposes', () => {
    expect(t('Saudi Arabia remains deeply suspicious of Iran.')).toContain('saudi/iran-as-target/oppose');
  });

  it('"wary of" opposes', () => {
    expect(t('Erdogan is wary of Tehran.')).toContain('erdogan/iran-as-target/oppose');
  });

  it('"dismissive of" opposes', () => {
    expect(t('Clinton was dismissive of Trump.')).toContain('clinton/trump-as-target/oppose');
  });

  it('"at loggerheads with" opposes', () => {
    expect(t('Erdogan is at loggerheads with Washington over the Kurds.')).toContain(
      'erdogan/usa-as-target/oppose',
    );
  });
});

describe('adjectives and nouns of support with their preposition', () => {
  it('"supportive of" supports', () => {
    expect(
      t(
        'George was very supportive of President Trump, cried on election night in his MAGA hat blocks away from here at the Hilton in New York.',
      ),
    ).toContain('conway/trump-as-target/support');
  });

  it('"sympathetic to" supports', () => {
    expect(t('Biden is sympathetic to Clinton.')).toContain('biden/clinton-as-target/support');
  });

  it('"friendly to" supports', () => {
    expect(t('Duterte has been openly friendly to China.')).toContain('duterte/china-as-target/support');
  });

  it('"an advocate of" supports', () => {
    expect(t('Hawley is a vocal advocate of Trump.')).toContain('hawley/trump-as-target/support');
  });
});

describe('"a champion of"', () => {
  it('the noun with "of" supports as firmly as "a supporter of" (not as a weak verb reading)', () => {
    const compiled = compileCodebook(CODEBOOK);
    const found = extractStatements(compiled, {
      id: 't',
      lang: 'en',
      published_at: '2018-06-01',
      text: 'Hawley has long been a champion of Trump.',
    }).find((s) => s.actor === 'hawley' && s.topic === 'trump-as-target');
    expect(found?.stance).toBe('support');
    expect(found!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('no cue without the preposition, nor in labels', () => {
  it('bare "hostile" and "friendly" name no side', () => {
    expect(t('Trump called it a hostile takeover of China and friendly fire.')).toEqual([]);
  });

  it('"allied to" after the noun it labels is no stance of another actor', () => {
    expect(
      t(
        'Complicating the efforts against Islamic State is a second campaign being waged against it in northwest Syria by Turkey and Syrian rebel groups allied to Ankara.',
      ),
    ).not.toContain('isil/turkey-as-target/support');
  });

  it('"loyal to" after the noun it labels is no stance of the killers', () => {
    expect(
      t(
        'The al-Nusra Front killed 25 soldiers and fighters loyal to Assads regime in government-held western Aleppo on Monday.',
      ),
    ).not.toContain('nusra/assad-as-target/support');
  });
});

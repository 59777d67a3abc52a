import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// "battles with X" opposes the other side, as "clashes with X" does ("fighting with" is left
// alone). Sentences are copied from the corpus
// (corpus/news-en.jsonl, FA-KES: no apostrophes, commas often dropped) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enpair55',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'Damascus']),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'Daesh']),
    actor('unsc', 'organization', ['UN Security Council']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
    actor('uk', 'country', ['Britain']),
    actor('sdf', 'armed-group', ['SDF', 'Syrian Democratic Forces']),
  ],
  topics: targetTopics(['syria', 'opposition', 'isis', 'usa', 'uk']),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-10-11' });

describe('battles with X', () => {
  it('"battles with X" names the other side', () => {
    expect(
      t(
        'An opposition group fighter shoots his weapon in a battle with Daesh as they advance towards Azaz city northern Aleppo countryside Syria October 11 2016.',
      ),
    ).toContain('opposition/isis-as-target/oppose');
    expect(
      t(
        'Thirteen militants of the so-called Islamic State in Iraq and Levant organization were killed Monday during battles with other opposition armed groups in Idlib countryside.',
      ),
    ).toContain('opposition/isis-as-target/oppose');
  });

  it('"fighting with" is no clash: a means, or a dropped comma before "with"', () => {
    expect(
      t(
        'The group has reported hundreds of civilians killed in operations against Daesh in Deir Ezzor and neighbouring Raqqa province where the SDF is fighting with US support to capture the former extremist bastion Raqqa city.',
      ),
    ).not.toContain('sdf/usa-as-target/oppose');
    expect(
      t(
        'The UN Security Council met in an emergency session on Sunday to address the fighting with Britain France and the United States demanding Russia rein in its Syrian ally.',
      ),
    ).not.toContain('unsc/usa-as-target/oppose');
  });
});

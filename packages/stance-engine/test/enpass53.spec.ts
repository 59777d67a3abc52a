import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// enpass53: English passives with a long subject or adverbs before the participle; "both
// sides" after "by" stands for the pair of a "between X and Y" in the sentence; a second
// predicate ("… and is supported by X") takes the subject the sentence opens with.
// Sentences are the corpus's (FA-KES: no apostrophes, commas often dropped), else of its form.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enpass53',
  actors: [
    actor('syria', 'government', ['Syrian regime', 'Assad regime', 'regime']),
    actor('rebels', 'armed-group', ['rebels', 'Syrian rebels']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('us', 'country', ['United States', 'Washington']),
    actor('israel', 'country', ['Israeli regime', 'Israel']),
    actor('saudi', 'country', ['Saudi']),
    actor('isis', 'armed-group', ['ISIL']),
    actor('sdf', 'armed-group', ['SDF']),
    actor('coalition', 'organization', ['US-led coalition']),
    actor('nusra', 'armed-group', ['Jabhat Fateh al-Sham']),
  ],
  topics: [
    ...targetTopics(['syria', 'rebels', 'russia', 'us', 'saudi', 'isis', 'sdf', 'nusra']),
    { id: 'ceasefire', label: { en: 'Ceasefires' }, pro: { en: ['ceasefire'] }, anti: {} },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-05-01' });

describe('enpass53: long passive subjects', () => {
  const sentence =
    'But a broader ceasefire between government forces and non-jihadist rebels brokered by the United States and Russia in February has been repeatedly violated by both sides.';

  it('finds the topic heading the subject past "between", a participle phrase and a date', () => {
    const got = t(`Assad regime forces pressed on in Aleppo. ${sentence}`);
    expect(got).toContain('rebels/ceasefire/oppose');
    expect(got).toContain('syria/ceasefire/oppose');
    // The brokers still support it (a participle on the topic).
    expect(got).toContain('us/ceasefire/support');
    expect(got).toContain('russia/ceasefire/support');
  });

  it('gives "both sides" nothing without a "between X and Y" pair', () => {
    const got = t('The ceasefire has been repeatedly violated by both sides.');
    expect(got).toEqual([]);
  });

  it('a named agent after adverbs: "has been repeatedly violated by the regime"', () => {
    expect(t('The ceasefire has been repeatedly violated by the regime.')).toEqual([
      'syria/ceasefire/oppose',
    ]);
  });
});

describe('enpass53: second predicates and infinitives', () => {
  it('"… and was initially welcomed by some Syrian rebels" takes the opening subject', () => {
    const got = t(
      'ISIL first emerged in Syrias war in late spring last year and was initially welcomed by some Syrian rebels who believed its combat experience would help topple Assad.',
    );
    expect(got).toContain('rebels/isis-as-target/support');
  });

  it('"The SDF was formed in 2015 … and is supported by the US-led coalition"', () => {
    const got = t(
      'The SDF was formed in 2015 as the defense force of northern Syrias de facto autonomous Rojava federation and is supported by the US-led coalition.',
    );
    expect(got).toEqual(['coalition/sdf-as-target/support']);
  });

  it('no statement toward the object of the first predicate', () => {
    expect(
      t(
        'The terrorist group has links with Saudi intelligence and is believed to be indirectly supported by the Israeli regime.',
      ),
    ).toEqual([]);
    expect(
      t(
        'Idlib province is controlled by a rebel alliance that includes former al-Qaeda affiliate Jabhat Fateh al-Sham and is regularly targeted by both the Syrian regime and its Russian ally.',
      ),
    ).not.toContain('syria/nusra-as-target/oppose');
  });
});

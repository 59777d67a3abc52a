// English lists whose commas FA-KES dropped (round "enlist64"): "accuses Saudi Arabia Turkey and
// Qatar of …" — every name of an object list closed by "and" is the cue's object, not only the
// first and the last; "Turkey the United States and …" — "the" opening the next name of a list;
// "supported by Turkey the United States and Gulf monarchies" — a list closed by a conjunct we do
// not track. Sentences are those of corpus/news-en.jsonl and eval/fresh-en, or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enlist64-en',
  actors: [
    en('syria', 'government', ['Damascus', 'Syrian regime', 'Syrian government']),
    en('saudi', 'country', ['Saudi Arabia']),
    en('turkey', 'country', ['Turkey']),
    en('qatar', 'country', ['Qatar']),
    en('us', 'government', ['United States', 'US']),
    en('russia', 'country', ['Russia']),
    en('iran', 'country', ['Iran']),
    en('israel', 'country', ['Israel']),
    en('rebels', 'armed-group', ['rebels', 'rebel groups']),
  ],
  topics: targetTopics(['syria', 'saudi', 'turkey', 'qatar', 'us', 'russia', 'iran', 'israel', 'rebels']),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2017-06-01' });

describe('every name of an object list closed by "and"', () => {
  it('commas lost: "accuses Saudi Arabia Turkey and Qatar of funding …"', () => {
    const got = t(
      'Damascus accuses Saudi Arabia Turkey and Qatar of funding and arming anti-Syria terrorist groups including Daesh.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'syria/saudi-as-target/oppose',
        'syria/turkey-as-target/oppose',
        'syria/qatar-as-target/oppose',
      ]),
    );
  });

  it('with commas: "criticized Russia, Iran and the Syrian regime"', () => {
    const got = t('The United States criticized Russia, Iran and the Syrian regime.');
    expect(got).toEqual(
      expect.arrayContaining([
        'us/russia-as-target/oppose',
        'us/iran-as-target/oppose',
        'us/syria-as-target/oppose',
      ]),
    );
    // Two names without "and" after them are no list: only the first is the object.
    const two = t('The United States criticized Russia Iran.');
    expect(two).toContain('us/russia-as-target/oppose');
    expect(two).not.toContain('us/iran-as-target/oppose');
    // The next name is not in the list either: "criticized Russia Iran" then a new clause.
    expect(t('The United States criticized Russia and Iran criticized Turkey.')).not.toContain(
      'us/turkey-as-target/oppose',
    );
  });
});

describe('"the" opening the next name of a list without commas', () => {
  it('"Turkey the United States and Israel criticized Iran": all three', () => {
    expect(t('Turkey the United States and Israel criticized Iran.')).toEqual([
      'israel/iran-as-target/oppose',
      'turkey/iran-as-target/oppose',
      'us/iran-as-target/oppose',
    ]);
    // "warned Turkey the US and Israel would …": the addressee joins no list of speakers.
    expect(t('Iran warned Turkey the US and Israel would pay a heavy price.')).not.toContain(
      'turkey/iran-as-target/oppose',
    );
  });
});

describe('a list closed by a conjunct we do not track', () => {
  it('"supported by Turkey the United States and Gulf monarchies"', () => {
    const got = t(
      'The conflict pits the Syrian government against a wide array of rebel groups including some that have been supported by Turkey the United States and Gulf monarchies.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['turkey/rebels-as-target/support', 'us/rebels-as-target/support']),
    );
    // Without "and" after it, a name is no list's ("supported by Turkey the United States says").
    expect(t('Rebel groups have been supported by Turkey the United States says.')).not.toContain(
      'us/rebels-as-target/support',
    );
  });
});

// English multiword stance cues: phrasal verbs and idioms whose particle is two or more words
// away ("stood up to", "came to the defense of") or takes a reflexive ("distanced himself from").
// Sentences are real ones from the NewsMTSC and BASIL news in /work/shared/corpus/stance.
import type { Codebook } from '@stance/codebook';
import { lookupEnglishCue } from '../src/lexicon/english-cues.js';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('en');
const ACTORS = [
  actor('reid', 'person', ['Harry Reid', 'Reid']),
  actor('romney', 'person', ['Mitt Romney', 'Romney']),
  actor('obama', 'person', ['Barack Obama', 'Obama']),
  actor('trump', 'person', ['Donald Trump', 'Trump']),
  actor('assange', 'person', ['Julian Assange', 'Assange']),
  actor('fox-news', 'organization', ['Fox News', 'Fox']),
  actor('republicans', 'party', ['Republicans', 'Republican leaders']),
  actor('brennan', 'person', ['John Brennan', 'Brennan']),
  actor('harris', 'person', ['Kamala Harris', 'Harris']),
  actor('biden', 'person', ['Joe Biden', 'Biden']),
  actor('kerry', 'person', ['John Kerry', 'Kerry']),
  actor('israel', 'country', ['Israel']),
  actor('democrats', 'party', ['Democrats', 'congressional Democrats']),
  actor('schumer', 'person', ['Chuck Schumer', 'Schumer']),
  actor('moore', 'person', ['Roy Moore', 'Moore']),
  actor('obama-administration', 'government', ['Obama administration']),
];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enphrasal-unit-tests',
  actors: ACTORS,
  topics: ACTORS.map((a) => ({
    id: `${a.id}-as-target`,
    actor: a.id,
    label: { en: a.id },
    pro: {},
    anti: {},
  })),
};
const triples = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-06-01' });

describe('English multiword cue lexicon', () => {
  const words = (s: string): string[] => s.split(' ');

  it('matches a phrase only with all its words, the longest phrase first', () => {
    const t = words('he stood up to the president');
    expect(lookupEnglishCue('stood', 'up', t, 1)).toMatchObject({
      polarity: -1,
      lemma: 'stand up to',
      span: 2,
    });
    expect(lookupEnglishCue('stood', 'up', words('he stood up for them'), 1)?.polarity).toBe(1);
    expect(lookupEnglishCue('stood', 'up', words('he stood up and left'), 1)).toBeUndefined();
    // Without the tokens only one-particle cues can be read.
    expect(lookupEnglishCue('stood', 'up')).toBeUndefined();
    expect(lookupEnglishCue('stood', 'by')).toMatchObject({ polarity: 1, span: 1 });
  });

  it('reads a reflexive slot', () => {
    for (const self of ['himself', 'herself', 'itself', 'themselves'])
      expect(lookupEnglishCue('distanced', self, words(`he distanced ${self} from it`), 1)?.lemma).toBe(
        'distance from',
      );
    expect(lookupEnglishCue('distanced', 'the', words('he distanced the party from it'), 1)).toBeUndefined();
  });

  it('"backed off", "backed down" are no support, bare "backed" still is', () => {
    expect(lookupEnglishCue('backed', 'off')).toBeUndefined();
    expect(lookupEnglishCue('backing', 'down')).toBeUndefined();
    expect(lookupEnglishCue('backed', 'the')?.polarity).toBe(1);
    expect(lookupEnglishCue('backed', 'away', words('trump backed away from assange'), 1)?.polarity).toBe(-1);
  });
});

describe('English multiword stance cues in news sentences', () => {
  it('"going after X" opposes X', () => {
    expect(
      triples(
        "Reid has been going after Romney all week over the candidate's failure to release his tax returns, a standard practice for presidential candidates.",
      ),
    ).toContain('reid/romney-as-target/oppose');
    expect(triples('Kamala Harris went after Joe Biden for his past on busing.')).toContain(
      'harris/biden-as-target/oppose',
    );
  });

  it('"backed away from X" opposes X', () => {
    expect(triples('In new tweets early Thursday, Trump backed away from Assange somewhat.')).toEqual([
      'trump/assange-as-target/oppose',
    ]);
  });

  it('"aligned itself with X" supports X', () => {
    expect(
      triples(
        'Additionally, Buffett is a longtime Democrat who backed Hillary Clinton, while Fox has firmly aligned itself with President Trump.',
      ),
    ).toContain('fox-news/trump-as-target/support');
  });

  it('"broke with X" opposes X', () => {
    expect(
      triples(
        'Senate Majority Leader Harry Reid broke with President Obama Monday over the proposed mosque near Ground Zero, saying the controversial Islamic center should be built elsewhere.',
      ),
    ).toContain('reid/obama-as-target/oppose');
  });

  it('"lined up behind X" supports X', () => {
    expect(triples('A number of Democrats lined up behind Mr. Schumer.')).toEqual([
      'democrats/schumer-as-target/support',
    ]);
  });

  it('the words a phrase takes in carry no position of their own: failing to speak out is none', () => {
    const found = triples(
      'Brennan repeatedly criticized Republicans for failing to speak out against Trump’s decisions that he felt were endangering the country.',
    );
    expect(found).toContain('brennan/republicans-as-target/oppose');
    expect(found.filter((t) => t.startsWith('republicans/'))).toEqual([]);
  });

  it('a call to "step aside" opposes its addressee, as one to step down does', () => {
    expect(
      triples(
        'Well over a dozen Republicans have called for Moore to step aside from the race, and the Senate Republican fundraising arm also pulled their support.',
      ),
    ).toContain('republicans/moore-as-target/oppose');
  });

  it('a reaction drawn from X ("drawn ire from", "faced a backlash from") is X\'s', () => {
    expect(
      triples(
        'In addition to antagonizing McConnell, Trump has drawn ire from Republican leaders for criticizing GOP senators up for re-election next year, especially Jeff Flake of Arizona and Dean Heller of Nevada.',
      ),
    ).toContain('republicans/trump-as-target/oppose');
    expect(
      triples(
        'The Obama administration faced a backlash from congressional Democrats on Friday following revelations that the National Security Agency broke privacy rules and overstepped its authority thousands of times since 2008.',
      ),
    ).toContain('democrats/obama-administration-as-target/oppose');
  });

  it('"backs off X remarks" is no support for X', () => {
    expect(triples("Kerry backs off Israel 'apartheid' remarks amid firestorm on Hill")).toEqual([]);
  });
});

describe('English multiword cues in Syrian war news (corpus/news-en.jsonl)', () => {
  const SYRIA_ACTORS = [
    actor('syrian-government', 'government', ['Syrian government', 'regime', 'Damascus']),
    actor('syrian-rebels', 'armed-group', ['rebel groups', 'rebels']),
    // (The corpus drops the apostrophe of the possessive, and codebooks list such forms.)
    actor('obama', 'person', ['Barack Obama', 'Obama', 'Obamas']),
  ];
  const syria = triplesWith(
    {
      version: 1,
      name: 'enphrasal-syria-unit-tests',
      actors: SYRIA_ACTORS,
      topics: SYRIA_ACTORS.map((a) => ({
        id: `${a.id}-as-target`,
        actor: a.id,
        label: { en: a.id },
        pro: {},
        anti: {},
      })),
    },
    { lang: 'en', published_at: '2015-06-01' },
  );

  it('"took control of" a regime-held town is a deed against the regime', () => {
    expect(
      syria(
        'Ahrar al-Sham is the largest group in the Jaysh al-Fateh (Army of Conquest) the coalition of Islamist and moderate rebel groups that took control of the regime-held stronghold of Idlib in March this year.',
      ),
    ).toContain('syrian-rebels/syrian-government-as-target/oppose');
  });

  it('"drew strong condemnation from X": X opposes the act', () => {
    const found = triplesWith(
      {
        version: 1,
        name: 'enphrasal-offensive-unit-tests',
        actors: [actor('usa', 'country', ['United States'])],
        topics: [
          { id: 'regime-offensives', label: { en: 'offensives' }, pro: { en: ['offensive'] }, anti: {} },
        ],
      },
      { lang: 'en', published_at: '2016-09-25' },
    )(
      '(AP) The offensive drew strong condemnation from the United States which said it had received reports of hospitals and clinics being bombed.',
    );
    expect(found).toEqual(['usa/regime-offensives/oppose']);
  });

  it('"in defiance of X" opposes X', () => {
    expect(
      syria(
        'There have been no US strikes so far but Obamas announcement which was made in defiance of the Syrian government drew protests from Damascus and its Iranian and Russian allies.',
      ),
    ).toContain('obama/syrian-government-as-target/oppose');
  });
});

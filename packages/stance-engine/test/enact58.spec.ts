import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English stances toward persons in criticism words: verbs of insult, "criticism of X", a position
// noun owned by its holder ("X's criticism of Y") and a person named by relation to a possessor
// ("Moore's opponent"). Sentences are from NewsMTSC (corpus/stance/newsmtsc) and BASIL
// (eval/basil) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enact58',
  actors: [
    actor('trump', 'person', ['Donald Trump', 'Trump']),
    actor('obama', 'person', ['Barack Obama', 'Obama']),
    actor('clinton', 'person', ['Hillary Clinton', 'Clinton']),
    actor('christie', 'person', ['Chris Christie', 'Christie']),
    actor('rubio', 'person', ['Marco Rubio', 'Rubio']),
    actor('strzok', 'person', ['Peter Strzok', 'Strzok']),
    actor('moore', 'person', ['Roy Moore', 'Moore']),
    actor('pelosi', 'person', ['Nancy Pelosi', 'Pelosi']),
    actor('cruz', 'person', ['Ted Cruz', 'Cruz']),
    actor('griffin', 'person', ['Kathy Griffin', 'Griffin']),
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'regime', 'government forces']),
    actor('rebels', 'armed-group', ['rebels', 'rebel groups', 'rebel']),
    actor('nusra', 'armed-group', ['Nusra Front', 'Jabhat al-Nusra']),
  ],
  topics: targetTopics([
    'trump',
    'obama',
    'clinton',
    'moore',
    'pelosi',
    'cruz',
    'griffin',
    'syria',
    'rebels',
  ]),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-06-01' });

describe('verbs of insult', () => {
  it('disparaging, insulting, belittling someone opposes them', () => {
    expect(
      t(
        'The FBI has lost five months of text messages between two top officials, Peter Strzok and Lisa Page, who openly disparaged then-candidate Donald Trump while working on the investigation.',
      ),
    ).toContain('strzok/trump-as-target/oppose');
    expect(t('Trump repeatedly insulted Cruz during the primary.')).toContain('trump/cruz-as-target/oppose');
    expect(t('Pelosi belittled Trump on Tuesday.')).toContain('pelosi/trump-as-target/oppose');
    expect(t('Trump hit out at Pelosi on Twitter.')).toContain('trump/pelosi-as-target/oppose');
    expect(
      t(
        'President Trump fired back at Griffin, tweeting that she “should be ashamed of herself” and that her photo was sick.',
      ),
    ).toContain('trump/griffin-as-target/oppose');
  });
});

describe('criticism of X', () => {
  it('criticism of X opposes X, held by the subject or the possessive pronoun', () => {
    expect(
      t(
        'Chris Christie spoke on the second night of the convention, he ticked off criticisms of Clinton, asking the crowd of she was “guilty or not guilty.”',
      ),
    ).toContain('christie/clinton-as-target/oppose');
    expect(
      t(
        'Rubio, though, has dug in and continued to repeat his criticism of President Obama that drew Christie’s scorn.',
      ),
    ).toContain('rubio/obama-as-target/oppose');
  });

  it('a position noun owned by a name is that name’s: tracked, it holds; untracked, nobody does', () => {
    expect(t("Pelosi's criticism of Trump drew applause.")).toContain('pelosi/trump-as-target/oppose');
    expect(t('Trump’s praise for Cruz surprised many.')).toContain('trump/cruz-as-target/support');
    expect(t("Cruz's opposition to Trump is well known.")).toContain('cruz/trump-as-target/oppose');
    // near miss: the speaker of the frame is not the owner of the criticism
    const brennan = t(
      'Retired Adm. Mike Mullen, who served as chairman of the Joint Chiefs of Staff under Obama, said Brennan\'s partisan criticism of Trump "has put him in a political place."',
    );
    expect(brennan).not.toContain('obama/trump-as-target/oppose');
  });
});

describe('a person named by relation to a possessor', () => {
  it('the possessor is not the object of the cue', () => {
    expect(t("Trump reiterated past criticisms of Moore's Democratic opponent, Doug Jones.")).not.toContain(
      'trump/moore-as-target/oppose',
    );
    // near miss (invented): the possessor of a decision is the object
    expect(t("Pelosi criticized Trump's decision.")).toContain('pelosi/trump-as-target/oppose');
    expect(t("Pelosi criticized Trump's lawyer.")).not.toContain('pelosi/trump-as-target/oppose');
  });
});

// FA-KES sentences (corpus/news-en.jsonl: no apostrophes, commas often dropped).
describe('an assault or offensive on X', () => {
  it('an assault or an offensive on a force opposes it, as strikes on it do', () => {
    expect(
      t('The bombings came as rebel groups on the ground prepared for fresh assaults on regime positions.', {
        published_at: '2016-02-16',
      }),
    ).toContain('rebels/syria-as-target/oppose');
    expect(
      t(
        'In the north-west of Aleppo Nusra Front militants attempted to launch an offensive on positions of government forces in Sheikh Maqsood on April 13.',
        { published_at: '2016-04-15' },
      ),
    ).toContain('nusra/syria-as-target/oppose');
    expect(
      t(
        'The lack of a big win in Kentucky is a major irritant for Clinton, who has already launched the early stages of an all-out assault on Donald Trump.',
      ),
    ).toContain('clinton/trump-as-target/oppose');
  });

  it('near miss: an offensive named without "on" takes no side toward a place', () => {
    expect(t('The regime launched a new offensive in Aleppo on Monday.')).toEqual([]);
  });
});

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
  ],
  topics: targetTopics(['trump', 'obama', 'clinton', 'moore', 'pelosi', 'cruz']),
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

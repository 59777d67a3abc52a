import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English stance idioms and verbs the cue lexicon lacked (round "enidiom65"): "cracked down on",
// "a crackdown on", "pointed the finger at", "at odds with", "feuding with", "ripped", "censure",
// "chastise", "tout", "threw its weight behind". Sentences are from corpus/news-en.jsonl (FA-KES)
// and NewsMTSC (corpus/stance/newsmtsc), except the "weight behind" one, shaped like them.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enidiom65',
  actors: [
    actor('assad', 'person', ['Bashar al-Assad', 'Bashar Al Assad', 'Assad', 'Assads forces']),
    actor('syria', 'government', ['Syrian government', 'regime forces', 'regime']),
    actor('protesters', 'movement', ['protesters', 'demonstrators', 'protests']),
    actor('trump', 'person', ['Donald Trump', 'Mr. Trump', 'Trump']),
    actor('clinton', 'person', ['Hillary Clinton', 'Clinton']),
    actor('sanders', 'person', ['Bernie Sanders', 'Sanders']),
    actor('wasserman', 'person', ['Debbie Wasserman Schultz', 'Wasserman Schultz']),
    actor('gingrich', 'person', ['Newt Gingrich', 'Gingrich']),
    actor('netanyahu', 'person', ['Benjamin Netanyahu', 'Netanyahu']),
    actor('democrats', 'party', ['Democrats', 'Democratic']),
    actor('obama', 'person', ['Barack Obama', 'Obama']),
    actor('pelosi', 'person', ['Nancy Pelosi', 'Pelosi']),
    actor('conyers', 'person', ['John Conyers', 'Conyers']),
    actor('ratcliffe', 'person', ['John Ratcliffe', 'Ratcliffe']),
    actor('mueller', 'person', ['Robert S. Mueller III', 'Robert Mueller', 'Mueller']),
    actor('usa', 'country', ['United States', 'U.S.']),
    actor('saudi', 'country', ['Saudi Arabia']),
    actor('opposition', 'movement', ['Syrian opposition']),
  ],
  topics: targetTopics([
    'assad',
    'syria',
    'protesters',
    'trump',
    'clinton',
    'sanders',
    'wasserman',
    'pelosi',
    'obama',
    'conyers',
    'mueller',
    'usa',
    'opposition',
  ]),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-01' });

describe('"crack down on" and "a crackdown on"', () => {
  it('the forces that cracked down on demonstrators oppose them', () => {
    expect(
      t('The protests became an armed uprising after Assads forces cracked down on demonstrators.'),
    ).toContain('assad/protesters-as-target/oppose');
  });

  it('a crackdown led on protesters opposes them', () => {
    expect(
      t(
        'Aleppo has bore the brunt of the war which began in 2011 after regime forces led a crackdown on anti-regime protesters.',
      ),
    ).toContain('syria/protesters-as-target/oppose');
  });
});

describe('blame and rivalry idioms', () => {
  it('"pointed a finger at X" opposes X', () => {
    expect(
      t(
        'Former GOP presidential candidate Newt Gingrich simply pointed a finger at Clinton in an email response to Trump’s comments.',
      ),
    ).toContain('gingrich/clinton-as-target/oppose');
  });

  it('"X at odds with Y" opposes Y', () => {
    expect(t('Netanyahu At Odds With Trump Over Two-State Solution')).toContain(
      'netanyahu/trump-as-target/oppose',
    );
  });

  it('"feuding with X" opposes X', () => {
    expect(
      t(
        'Sanders, a Democratic presidential candidate who has been feuding with Wasserman Schultz and the DNC, told CNN he favors Tim Canova in Florida’s 23rd congressional district.',
      ),
    ).toContain('sanders/wasserman-as-target/oppose');
  });
});

describe('verbs of rebuke', () => {
  it('"ripped X for …"', () => {
    expect(
      t(
        'Clinton, meanwhile, described herself as a “progressive who gets things done,” and ripped Sanders for suggesting Clinton cannot be a “moderate” and a “progressive” at the same time.',
      ),
    ).toContain('clinton/sanders-as-target/oppose');
  });

  it('"censuring X"', () => {
    expect(
      t(
        'A group of congressional Democrats said Wednesday that they will ask Congress to take the rare step of officially censuring Mr. Trump.',
      ),
    ).toContain('democrats/trump-as-target/oppose');
  });

  it('"chastised X for …"', () => {
    expect(
      t(
        'John Ratcliffe (R-Texas), a Trump loyalist who attracted attention last week when he chastised former special counsel Robert S. Mueller III for saying that he couldn’t exonerate Trump of obstruction of justice.',
      ),
    ).toContain('ratcliffe/mueller-as-target/oppose');
  });
});

describe('"hammered" and "cheering on"', () => {
  it('"hammered X for …" opposes X', () => {
    expect(
      t(
        'Sanders, as he has before, hammered Clinton for supporting regime change in Libya and Iraq, warning that it has “unintended consequences.”',
      ),
    ).toContain('sanders/clinton-as-target/oppose');
  });

  it('"cheering on X" supports X', () => {
    const got = t('Some Democrats who denounced Bush are now cheering on Barack Obama.');
    expect(got).toContain('democrats/obama-as-target/support');
    expect(got).not.toContain('democrats/obama-as-target/oppose');
  });
});

describe('verbs and idioms of support', () => {
  it('"touted X as …"', () => {
    expect(
      t('Pelosi, D-Calif., touted Conyers, D-Mich., on NBC’s “Meet the Press” as an American icon.'),
    ).toContain('pelosi/conyers-as-target/support');
  });

  it('"threw its weight behind X"', () => {
    expect(t('Saudi Arabia threw its weight behind the Syrian opposition.')).toContain(
      'saudi/opposition-as-target/support',
    );
  });
});

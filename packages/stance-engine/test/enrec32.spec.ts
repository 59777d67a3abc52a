import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// enrec32: English recall where actor and topic share a sentence. "X backed by Y" before a
// military operation now also reads a progressive ("have been battling", "are advancing"), more
// operation verbs ("have embarked on", "have waged"), battle verbs and a nation's means of force
// ("backed by Syrian and Russian warplanes"); "in support of" after an act reads past a time
// adverbial ("began air strikes last September in support of X"), after "war" and after verbs of
// operating. Sentences are shaped like the corpus's (FA-KES: no apostrophes, commas often dropped).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enrec32',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'regime',
      'Damascus',
      'government forces',
      'regime forces',
    ]),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('rebels', 'armed-group', ['rebels', 'opposition fighters']),
    actor('isis', 'armed-group', ['Islamic State', 'IS', 'Daesh']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
  ],
  topics: targetTopics(['syria', 'assad', 'rebels', 'isis', 'russia', 'turkey']),
};
const t = triplesWith(CODEBOOK, { lang: 'en' });

describe('enrec32: "X backed by Y" before a military operation', () => {
  it('reads a progressive after the helper', () => {
    expect(
      t('For nearly a week regime troops backed by Russia have been battling for control of the town'),
    ).toContain('russia/syria-as-target/support');
    expect(
      t('The town lies in an area where rebels backed by Turkish forces are advancing against IS'),
    ).toContain('turkey/rebels-as-target/support');
  });

  it('reads a nation named by its means of force', () => {
    expect(
      t(
        'For two days regime troops backed by Syrian and Russian warplanes have been battling for control of the hills',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it("reads past the helper's air support or air power", () => {
    expect(
      t('Syrian regime forces backed by Russian air support repel a rebel offensive near the city'),
    ).toContain('russia/syria-as-target/support');
    expect(t('Syrian regime forces backed by Russian air support said the city was calm')).not.toContain(
      'russia/syria-as-target/support',
    );
  });

  it('reads operation verbs that no cue covers', () => {
    expect(
      t(
        'Since late September regime forces backed by Russia have embarked on an intense campaign to recapture the east',
      ),
    ).toContain('russia/syria-as-target/support');
    expect(
      t('Government forces backed by Russia have waged an aerial and ground assault since late September'),
    ).toContain('russia/syria-as-target/support');
  });

  it('keeps a bare participle and a label without an operation as labels', () => {
    expect(
      t('Regime forces backed by Russia battling rebels in the north were shown on television'),
    ).not.toContain('russia/syria-as-target/support');
    expect(t('The war pits regime forces backed by Russia against rebels backed by Turkey')).not.toContain(
      'russia/syria-as-target/support',
    );
    expect(t('Regime forces backed by Russia said the town was calm')).not.toContain(
      'russia/syria-as-target/support',
    );
  });
});

describe('enrec32: "in support of" after an act', () => {
  it('reads past a time adverbial', () => {
    expect(t('Russia began air strikes last September in support of Assad')).toContain(
      'russia/assad-as-target/support',
    );
    expect(t('Moscow launched air strikes in September in support of Assad')).toContain(
      'russia/assad-as-target/support',
    );
  });

  it('reads after war and a verb of operating', () => {
    expect(t('Russia has been carrying out an air war in support of Assad since 2015')).toContain(
      'russia/assad-as-target/support',
    );
  });

  it('does not read a rally or the cause of a plain noun as the agent', () => {
    expect(t('Rebels shelled a rally last week in support of Assad')).not.toContain(
      'rebels/assad-as-target/support',
    );
    expect(
      t(
        'The Observatory said the strike was carried out by planes which operate in support of the Syrian regime',
      ),
    ).not.toContain('sohr/syria-as-target/support');
  });
});

// Round holders16: holders that the holder rules missed. The backer named in "X backed by Y"
// takes part in X's act of force (the English side of "بإسناد من Y"), and a passive's agent may
// follow a capitalized word we do not track ("backed by Shiite Iran"); "allied" after "and" is an
// adjective, not a participle taking the name as its object, so the name stays a subject.
// In Arabic the backer of "بإسناد من تحالف دولي تقوده X" is the leader X, and backing an act of
// driving an enemy out ("من طرد داعش") takes its side as backing an act of force does.
// Sentences from corpus/news-en.jsonl and corpus/news-ar.jsonl (some in eval/tune, eval/fresh-en,
// eval/fresh-en2, eval/fresh-ar).
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders16-unit-tests',
  actors: [
    en('ypg', 'armed-group', ['YPG']),
    en('coalition', 'other', ['US-led']),
    en('isis', 'armed-group', ['IS', 'Islamic State']),
    en('iran', 'country', ['Iran']),
    en('turkey', 'country', ['Turkey']),
    en('rebels', 'armed-group', ['rebels', 'rebel groups']),
    en('assad', 'person', ['Assad']),
    en('nusra', 'armed-group', ['Fateh Al Sham Front']),
    en('government', 'government', ['regime']),
  ],
  topics: targetTopics(['isis', 'assad', 'rebels', 'government']),
};
const triples = triplesWith(CODEBOOK);

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'holders16-ar-unit-tests',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة']),
    ar('iraqi-forces', 'other', ['القوات العراقية']),
    ar('isis', 'armed-group', ['داعش']),
    ar('coalition', 'other', ['تحالف دعم الشرعية', 'التحالف العربي']),
    ar('houthis', 'armed-group', ['الحوثي']),
  ],
  topics: targetTopics(['isis', 'houthis'], ['ar']),
};
const arTriples = triplesWith(AR_CODEBOOK);

describe('the backer of the subject of an act of force', () => {
  it('takes part in the act', () => {
    const t = triples(
      'But YPG ground forces backed by US-led air strikes were able to repel the IS fighters',
      {
        lang: 'en',
      },
    );
    expect(t).toContain('ypg/isis-as-target/oppose');
    expect(t).toContain('coalition/isis-as-target/oppose');
  });

  it('holds nothing when the backed group only speaks or is only labelled', () => {
    expect(
      triples('The rebels backed by Turkey said they would not attend talks with Assad', { lang: 'en' }),
    ).not.toContain('turkey/assad-as-target/oppose');
    expect(triples('Turkey condemned the rebels backed by Iran', { lang: 'en' })).not.toContain(
      'iran/rebels-as-target/oppose',
    );
  });
});

describe("a passive's agent after a describing word", () => {
  it('is the agent past a capitalized word we do not track', () => {
    expect(
      triples(
        'The Syrian war has taken on a starkly sectarian character with the overwhelmingly Sunni Muslim rebels ' +
          'backed by Sunni Gulf Arab powers fighting to overthrow Assad who is backed by Shiite Iran',
        { lang: 'en' },
      ),
    ).toContain('iran/assad-as-target/support');
  });

  it('is no agent when no name follows the words', () => {
    expect(triples('Assad is backed by Shiite militias from Iraq and Lebanon', { lang: 'en' })).not.toContain(
      'iran/assad-as-target/support',
    );
  });
});

describe('a name after "and allied"', () => {
  it('is a subject of the verb with the first conjunct', () => {
    const t = triples(
      'In neighbouring Aleppo province the Fateh Al Sham Front and allied rebel groups were fighting fierce ' +
        'battles on Monday against regime troops on the outskirts of Aleppo city',
      { lang: 'en' },
    );
    expect(t).toContain('rebels/government-as-target/oppose');
    expect(t).toContain('nusra/government-as-target/oppose');
  });

  it('is no subject after "allied" without "and"', () => {
    expect(triples('Russia allied rebel groups were fighting regime troops', { lang: 'en' })).not.toContain(
      'rebels/government-as-target/oppose',
    );
  });
});

describe('an Arabic backer of an act of force or expulsion', () => {
  it('is the leader of a backing body we do not track', () => {
    const t = arTriples(
      'وبإسناد من تحالف دولي تقوده الولايات المتحدة، تمكنت القوات العراقية من طرد داعش من جميع المدن العراقية مع نهاية عام 2017',
      { lang: 'ar' },
    );
    expect(t).toContain('iraqi-forces/isis-as-target/oppose');
    expect(t).toContain('usa/isis-as-target/oppose');
  });

  it('takes the side of driving the enemy out', () => {
    expect(
      arTriples(
        'وتشهد مدينة الحديدة غربي اليمن، عمليات عسكرية تنفذها القوات المشتركة بإسناد من تحالف دعم الشرعية، ' +
          'لطرد ميليشيات الحوثي الانقلابية من المدينة.',
        { lang: 'ar' },
      ),
    ).toContain('coalition/houthis-as-target/oppose');
  });

  it('is no backer when the leader only names a coalition outside a backing phrase', () => {
    expect(
      arTriples('وقال تحالف دولي تقوده الولايات المتحدة إن القوات العراقية تمكنت من طرد داعش', {
        lang: 'ar',
      }),
    ).not.toContain('usa/isis-as-target/oppose');
  });
});

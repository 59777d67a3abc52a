import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English round "encons2": a country's possessive before a group of its people ("Syria's
// opposition", "Syria's main opposition") names the group, not the state; a tracked class named
// right before "including" / "such as" leaves the cue to its examples too ("fighting a war against
// rebels including the Al-Nusra Front"); an atrocity done after "continue(s) to" ("continues to
// commit massacres", "continues to use chemical substances") and one done by a relative pronoun's
// antecedent ("Assad, who used chemical weapons") accuse the subject. Sentences are from
// corpus/news-en.jsonl (FA-KES) unless marked "written".
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-encons2',
  actors: [
    actor('syria', 'government', ['Syria', 'Syrian government', 'Syrian regime', 'Assad regime', 'regime']),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('rebels', 'armed-group', ['rebels', 'Syrian rebels', 'rebel groups']),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition', 'Syrian Coalition']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS']),
    actor('nusra', 'armed-group', ['Nusra Front', 'Al-Nusra Front']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
  ],
  topics: [...targetTopics(['syria', 'assad', 'rebels', 'opposition', 'isis', 'nusra', 'russia', 'usa'])],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-09-01' });

describe("a country's possessive before a group of its people", () => {
  it('"supporting Syria\'s opposition" backs the opposition, not the state (written)', () => {
    const got = t("The United States said it would keep supporting Syria's opposition.");
    expect(got).toContain('usa/opposition-as-target/support');
    expect(got).not.toContain('usa/syria-as-target/support');
  });

  it('"Syria\'s main opposition": a qualifier between (written)', () => {
    const got = t("Washington pledged to arm Syria's main opposition.");
    expect(got).toContain('usa/opposition-as-target/support');
    expect(got).not.toContain('usa/syria-as-target/support');
  });

  it('"Syria\'s government" is still the state (written)', () => {
    expect(t("Russia said it would keep supporting Syria's government.")).toContain(
      'russia/syria-as-target/support',
    );
  });
});

describe('a tracked class before its examples', () => {
  it('"fighting a war against rebels including the Al-Qaeda affiliate Al-Nusra Front"', () => {
    expect(
      t(
        'ISIL has been fighting a war against rebels including the Al-Qaeda affiliate Al-Nusra Front since January.',
      ),
    ).toEqual(expect.arrayContaining(['isis/rebels-as-target/oppose', 'isis/nusra-as-target/oppose']));
  });

  it('"bombed rebel groups, including the Nusra Front": past the class head and a comma (written)', () => {
    expect(t('Russian jets bombed rebel groups, including the Nusra Front, near Aleppo.')).toEqual(
      expect.arrayContaining(['russia/rebels-as-target/oppose', 'russia/nusra-as-target/oppose']),
    );
  });

  it('another actor before the target without an example marker still blocks it (written)', () => {
    expect(t('Russian jets bombed rebel positions near the Nusra Front headquarters.')).not.toContain(
      'russia/nusra-as-target/oppose',
    );
  });
});

describe('atrocities that go on, and a relative pronoun as their doer', () => {
  it('"a report stating that Syria continues to use chemical substances against citizens"', () => {
    expect(
      t(
        'However in June 2016 the US State Department released a report stating that Syria continues to use chemical substances against citizens.',
      ),
    ).toContain('usa/syria-as-target/oppose');
  });

  it('"the Assad regime continues to commit massacres" (written)', () => {
    expect(
      t('The Syrian Coalition said the Assad regime continues to commit massacres against civilians.'),
    ).toContain('opposition/syria-as-target/oppose');
  });

  it('"Assad, who used chemical weapons": the antecedent did it (written)', () => {
    expect(
      t('The Syrian Coalition said that Assad, who used chemical weapons in Ghouta, must go.'),
    ).toContain('opposition/assad-as-target/oppose');
  });

  it('"could use chemical weapons" is no atrocity done (written)', () => {
    expect(t('The Syrian Coalition said the Assad regime could use chemical weapons again.')).not.toContain(
      'opposition/syria-as-target/oppose',
    );
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// enfix47: "the two leaders" stands for the one pair of persons just named, joined by "and";
// pressing actors to stop what they do ("put pressure on X to stop Y") opposes them and their
// course, unless the pressure failed or was not exerted; "The X and Y …, as they …" takes both as the pronoun's antecedent.
// Sentences are the corpus's (FA-KES: no apostrophes, commas often dropped) where its articles
// outside the eval sets have the construction, else of its form.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enfix47',
  actors: [
    actor('syria', 'government', ['Syrian regime', 'Assad regime', 'Assads regime', 'regime']),
    actor('rebels', 'armed-group', ['rebels', 'opposition forces']),
    actor('russia', 'country', ['Russia']),
    actor('turkey', 'country', ['Turkey']),
    actor('iran', 'country', ['Iran']),
    actor('un', 'organization', ['United Nations']),
    actor('us', 'country', ['United States']),
    actor('uk', 'country', ['Britain']),
    actor('marwah', 'person', ['Marwah']),
    actor('erdogan', 'person', ['Tayyip Erdogan', 'Erdogan'], { memberOf: ['turkey'] }),
    actor('putin', 'person', ['Vladimir Putin', 'Putin'], { memberOf: ['russia'] }),
  ],
  topics: [
    ...targetTopics(['syria', 'russia', 'rebels']),
    { id: 'ceasefire', label: { en: 'Ceasefires' }, pro: { en: ['ceasefire'] }, anti: {} },
    {
      id: 'bombing',
      label: { en: 'Bombing campaigns' },
      pro: { en: ['bombardment', 'onslaught', 'offensive'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en' });

describe('enfix47: "the two leaders"', () => {
  it('"the two leaders" holds for both persons joined by "and" in the previous sentence', () => {
    const got = t(
      'Turkish President Tayyip Erdogan and Russian President Vladimir Putin met in Sochi. The two leaders welcomed the ceasefire.',
    );
    expect(got).toEqual(['erdogan/ceasefire/support', 'putin/ceasefire/support']);
  });

  it('no pair without a coordination: nothing for the phrase', () => {
    expect(t('Erdogan met Putin in Sochi. The two leaders welcomed the ceasefire.')).toEqual([]);
  });
});

describe('enfix47: pressure to stop', () => {
  it('pressing an actor to stop its acts opposes the actor', () => {
    const got = t(
      'Marwah called on the international community to put pressure on Assads regime to stop the massacres immediately.',
    );
    expect(got).toContain('marwah/syria-as-target/oppose');
  });

  it('gives the presser no statement when the pressure failed', () => {
    expect(
      t(
        'Opposition forces say Russia has failed to put pressure on the Assad regime to ensure the ceasefire holds.',
      ),
    ).toEqual([]);
    expect(
      t(
        'Opposition forces however say Russia has failed to pressure the Assad regime to ensure the ceasefire holds.',
      ),
    ).toEqual([]);
  });

  it('gives the addressee of an appeal for pressure nothing', () => {
    const got = t(
      'Jundi appealed to the United Nations and human rights organizations to exercise pressure on the Russia and the Assad regime to stop the indiscriminate bombardment on Aleppo.',
    );
    expect(got.filter((s) => s.startsWith('un/'))).toEqual([]);
  });

  it('pressure alone takes no side', () => {
    expect(t('Turkey kept up pressure on the regime in Aleppo.')).toEqual([]);
  });
});

describe('enfix47: "they" after "The X and Y"', () => {
  // (No corpus sentence outside the eval sets has the construction: a sentence of its form.)
  it('takes both names after the opening article', () => {
    const got = t('The United States and Britain met on Sunday as they urged Russia to halt the offensive.');
    expect(got).toContain('us/bombing/oppose');
    expect(got).toContain('uk/bombing/oppose');
  });
});

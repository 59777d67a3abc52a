import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// eniss59: English stances on courses of action. A named possessor of an act noun is the act's
// agent ("Turkey's recent incursion into Syria", "Russias military intervention"); who reports
// that someone violated or breached a course of action upholds it, and an untracked or inanimate
// violator gives the speaker no deed of its own; an anti phrase that names a violation ("breach
// of UN resolutions") stated in someone's words is that speaker's charge. Sentences are those of
// the corpus (FA-KES: apostrophes often dropped) or shaped like them.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-eniss59',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Assad regime', 'regime']),
    actor('turkey', 'country', ['Turkey']),
    actor('russia', 'country', ['Russia']),
    actor('coalition', 'organization', ['Syrian Coalition', 'SNC']),
    actor('mod', 'government', ['Russian defence ministry']),
    actor('rebels', 'armed-group', ['rebels']),
  ],
  topics: [
    ...targetTopics(['syria', 'turkey', 'russia']),
    {
      id: 'turkish-intervention',
      label: { en: "Turkey's intervention in northern Syria" },
      pro: { en: ['Euphrates Shield', 'Turkish incursion', 'incursion into Syria', 'Turkish offensive'] },
      anti: { en: ['Turkish withdrawal'] },
    },
    {
      id: 'russian-intervention',
      label: { en: "Russia's military intervention in Syria" },
      pro: { en: ['Russian intervention', 'Russian airstrikes'] },
      anti: {},
    },
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires in Syria' },
      pro: { en: ['ceasefire', 'cessation of hostilities agreement'] },
      anti: {},
    },
    {
      id: 'peace-talks',
      label: { en: 'Peace talks and a political solution for Syria' },
      pro: { en: ['peace talks', 'political solution'] },
      anti: {},
    },
    {
      id: 'resolutions',
      label: { en: 'UN Security Council resolutions on Syria' },
      pro: { en: ['UN resolutions', 'resolution 2254'] },
      anti: { en: ['violation of UN Security Council resolution', 'breach of UN resolutions'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-09-01' });

describe('a possessor of an act noun is its agent', () => {
  it('"Turkey\'s recent incursion into Syria": the act topic phrase after a possessive', () => {
    expect(
      t("The fatalities were the first of Turkey's recent incursion into Syria to be blamed on Daesh."),
    ).toContain('turkey/turkish-intervention/support');
  });

  it('"Russias military intervention": the topic named after the owner\'s act', () => {
    expect(
      t(
        'Assad has the military advantage over rebels in Syria thanks to Russias military intervention in 2015.',
      ),
    ).toContain('russia/russian-intervention/support');
  });

  it('a reaction to the possessed act counts for the owner too', () => {
    expect(t("The Syrian Coalition condemned Turkey's incursion into Syria.")).toEqual(
      expect.arrayContaining([
        'coalition/turkish-intervention/oppose',
        'turkey/turkish-intervention/support',
      ]),
    );
  });

  it('not an act noun, a possessive is no deed', () => {
    expect(t("Russia's position on the Turkish offensive in Syria was unclear.")).not.toContain(
      'russia/turkish-intervention/support',
    );
  });

  it('not when the act phrase names another agent', () => {
    expect(t("Russia's Turkish offensive in Syria was never discussed.")).not.toContain(
      'russia/turkish-intervention/support',
    );
  });
});

describe('reporting a violation upholds what was violated', () => {
  it('the speaker of "stated that armed groups breached the agreement"', () => {
    expect(
      t(
        'The Russian defence ministry stated on Saturday that armed terrorist groups breached the cessation of hostilities agreement in Syria 3 times in the past 24 hours.',
      ),
    ).toContain('mod/ceasefire/support');
  });

  it('an inanimate violator gives the speaker no deed against the resolution', () => {
    const got = t('The Syrian Coalition said the attack in Syria violated resolution 2254.');
    expect(got).toContain('coalition/resolutions/support');
    expect(got).not.toContain('coalition/resolutions/oppose');
  });

  it('a tracked violator keeps its deed, the accuser upholds the truce', () => {
    expect(t('Russia said the rebels violated the ceasefire in Syria.')).toEqual(
      expect.arrayContaining(['rebels/ceasefire/oppose', 'russia/ceasefire/support']),
    );
  });

  it('no charge when the violation is denied or the pronoun subject is the speaker', () => {
    expect(t('Russia said the rebels did not violate the ceasefire in Syria.')).not.toContain(
      'russia/ceasefire/support',
    );
    expect(t('The rebels in Syria said they violated the ceasefire.')).not.toContain(
      'rebels/ceasefire/support',
    );
  });

  it("the outlet reporting a violation in its own words is nobody's charge", () => {
    expect(t('The regime violated the ceasefire in Syria.')).toEqual(['syria/ceasefire/oppose']);
  });
});

describe('reporting that something wrecks a course of action upholds it', () => {
  it('"complicity in undermining efforts to find a political solution … the Syrian Coalition added"', () => {
    const got = t(
      'This silence also represents complicity in undermining efforts to find a political solution in Syria the Syrian Coalition added.',
    );
    expect(got).toContain('coalition/peace-talks/support');
    expect(got).not.toContain('coalition/peace-talks/oppose');
  });

  it('"said the shelling undermines the peace talks"', () => {
    expect(t('The Syrian Coalition said the shelling undermines the peace talks in Syria.')).toEqual([
      'coalition/peace-talks/support',
    ]);
  });

  it('the wrecker named by the outlet keeps its deed, nobody charges', () => {
    expect(t('The regime undermined the peace talks in Syria.')).toEqual(['syria/peace-talks/oppose']);
  });
});

describe("an anti phrase naming a violation, in someone's words", () => {
  it('"said in a statement … in breach of UN resolutions"', () => {
    expect(
      t(
        'The SNC said in a statement: After shelling besieging and killing civilians and perpetrating war crimes on them the Assad regime has resorted once again and in breach of UN resolutions 2118 and 2235 to using chemical substances.',
      ),
    ).toContain('coalition/resolutions/support');
  });

  it('"reiterated that … represent a clear violation of UN Security Council resolution 2254"', () => {
    expect(
      t(
        'The Syrian Coalition reiterated that this crime and other crimes by the Assad regime represent a clear violation of UN Security Council resolution 2254.',
      ),
    ).toContain('coalition/resolutions/support');
  });

  it("not in the outlet's own words", () => {
    expect(t('The regime acted in breach of UN resolutions in Syria.')).not.toContain(
      'syria/resolutions/support',
    );
  });
});

// "prevent", "avert": acting against what they take as object ("preventing YPG", "a deal to
// avert military action"); "avoid" is left out ("avoid or minimize civilian casualties" shares its
// object with the verb of a pro phrase).
const PREVENT_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-eniss59-prevent',
  actors: [
    actor('turkey', 'country', ['Turkey']),
    actor('ypg', 'armed-group', ['YPG']),
    actor('un', 'organization', ['United Nations']),
    actor('usa', 'government', ['US authorities', 'Washington']),
  ],
  topics: [
    ...targetTopics(['ypg']),
    {
      id: 'cw-ban',
      label: { en: 'The ban on chemical weapons' },
      pro: { en: ['chemical weapons ban'] },
      anti: { en: ['use of chemical weapons'] },
    },
    {
      id: 'civilians',
      label: { en: 'Protecting civilians' },
      pro: { en: ['minimize civilian casualties'] },
      anti: {},
    },
  ],
};
const p = triplesWith(PREVENT_CODEBOOK, { lang: 'en', published_at: '2016-09-01' });

describe('prevent and avert oppose their object', () => {
  it('"while preventing YPG to extend its control"', () => {
    expect(
      p(
        'Turkey launched Euphrates Shield operation to clear the towns of Jarablus al Rai and al Bab from Daesh while preventing YPG to extend its control over these towns.',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
  });

  it('composes under a call: "called for urgent measures to prevent the use of chemical weapons"', () => {
    expect(
      p('The United Nations called for urgent measures to prevent the use of chemical weapons in Syria.'),
    ).toContain('un/cw-ban/support');
  });

  it('"avoid" sharing its object with a pro phrase\'s verb is no opposition', () => {
    expect(
      p(
        'We take all measures during the targeting process to avoid or minimize civilian casualties the US authorities pledged.',
      ),
    ).not.toContain('usa/civilians/oppose');
  });
});

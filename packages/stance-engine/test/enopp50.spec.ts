// English opposition, second round ("enopp50"): a gerund after "aimed at" states an act's purpose
// ("offensives aimed at ousting Daesh"); it is the act's (the subject of the verb that wages it),
// never the words of the one who reports it. An article after "and" still joins two names ("Russia
// and a US-led coalition"). Sentences from corpus/news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enopp50',
  actors: [
    en('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
    en('isis', 'armed-group', ['Islamic State', 'Daesh', 'IS']),
    en('russia', 'country', ['Russia']),
    en('coalition', 'armed-group', ['US-led coalition']),
    en('rebels', 'armed-group', ['rebels', 'insurgent groups']),
    en('syria', 'government', ['Syrian government', 'Syrian regime', 'regime forces']),
  ],
  topics: [
    ...targetTopics(['sohr', 'turkey', 'isis', 'syria', 'russia', 'coalition', 'rebels']),
    { id: 'siege', label: { en: 'siege of Aleppo' }, pro: { en: ['siege'] }, anti: {} },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2017-11-17' });

describe('a purpose after "aimed at" is not the reporter\'s stance', () => {
  it('"the Observatory said … two separate offensives aimed at ousting Daesh"', () => {
    expect(
      t(
        'The Britain-based Observatory said 12 children were among the victims of the attack on a gathering at a checkpoint run by U.S.-backed fighters where the terrorists are losing ground to two separate offensives aimed at ousting Daesh from Syria.',
      ),
    ).not.toContain('sohr/isis-as-target/oppose');
  });

  it('a gerund elsewhere keeps its holder: "Ankara said it is targeting IS"', () => {
    expect(
      t(
        'Ankara said it is targeting IS but also the Kurdish Peoples Protection Units (YPG) which Turkey considers to be a "terrorist" group despite their common opposition to IS.',
      ),
    ).toContain('turkey/isis-as-target/oppose');
  });
});

describe("the purpose of an act a named subject wages is that subject's", () => {
  it('"insurgent groups staged a counter-attack … aimed at breaking the siege"', () => {
    expect(
      t(
        'The rebels own shelling of residential parts of government-held western Aleppo has meanwhile killed dozens in the past week as insurgent groups staged a counter-attack from outside the city aimed at breaking the siege on areas they control.',
      ),
    ).toContain('rebels/siege/oppose');
  });
});

describe('an article after "and" joins two names', () => {
  it('"The Syrian government its ally Russia and a US-led coalition have all carried out air strikes against IS"', () => {
    const got = t(
      'The Syrian government its ally Russia and a US-led coalition have all carried out air strikes against IS in Raqa.',
    );
    expect(got).toContain('russia/isis-as-target/oppose');
    expect(got).toContain('coalition/isis-as-target/oppose');
  });
});

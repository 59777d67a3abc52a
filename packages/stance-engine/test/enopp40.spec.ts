// English actor-against-actor opposition (round "enopp40"): a strike noun that names its agent as
// the subject of a verb of force ("Russian air strikes hit …"), ground held by an actor struck
// after a place preposition ("hit several locations in rebel-held parts") or held by the
// government ("rebels hit government-held areas"), taking ground from an actor ("wrested control
// of X from Daesh", "liberate a village from Daesh"), fighting to overthrow someone, and a leader's
// bare name before the word of his government ("the Bashar al-Assad regime"). Sentences from
// corpus/news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enopp40',
  actors: [
    en('russia', 'country', ['Russia', 'Moscow']),
    en('saudi-arabia', 'country', ['Saudi Arabia']),
    en('syria', 'government', ['Syrian government', 'Syrian regime', 'regime forces']),
    en('assad', 'person', ['Bashar al-Assad', 'Bashar Assad', 'Assad'], {
      memberOf: ['syria'],
      roles: [{ title: { en: ['Syrian President'] }, from: '2000-07-17' }],
    }),
    en('rebels', 'armed-group', ['rebels', 'rebel', 'insurgents']),
    en('nusra', 'armed-group', ['Nusra Front']),
    en('isis', 'armed-group', ['Islamic State', 'Daesh']),
    en('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
  ],
  topics: targetTopics(['russia', 'syria', 'assad', 'rebels', 'nusra', 'isis', 'sdf']),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-08-01' });

describe('a strike noun naming its agent is the subject of a verb of force', () => {
  it('"Russian air strikes hit residential buildings in a village held by Islamic State militants"', () => {
    expect(
      t(
        'At least 53 civilians including 21 children died on Sunday when Russian air strikes hit residential buildings in a village held by Islamic State militants.',
      ),
    ).toContain('russia/isis-as-target/oppose');
  });

  it('not after a preposition: "forces backed by Russian air strikes captured …" is the forces\' deed', () => {
    const got = t('Government forces backed by Russian air strikes captured the Islamic State-held town.');
    expect(got).not.toContain('russia/isis-as-target/oppose');
  });
});

describe('ground an actor holds, struck', () => {
  it('after a place preposition: "hit several locations in rebel-held parts"', () => {
    expect(
      t(
        'Suspected Russian strikes hit several locations in rebel-held parts of Syrias Aleppo province including a market area in the early hours of Monday morning.',
      ),
    ).toContain('russia/rebels-as-target/oppose');
  });

  it('held by the government: "rebels hit government-held areas", "pounded government-controlled neighbourhoods"', () => {
    expect(
      t(
        'For their part rebels hit government-held areas of Aleppo in what Syrian media said was an escalation of mortar attacks.',
      ),
    ).toContain('rebels/syria-as-target/oppose');
    expect(
      t(
        'More than 300 civilians have been killed in Aleppo since April as rebels have pounded government-controlled neighbourhoods with rocket and artillery fire.',
      ),
    ).toContain('rebels/syria-as-target/oppose');
  });

  it("rocket fire with no agent named is not the speaker's deed", () => {
    const tOwn = triplesWith(
      {
        ...CODEBOOK,
        actors: [...CODEBOOK.actors, en('rahman', 'person', ['Abdel Rahman'])],
        topics: CODEBOOK.topics,
      },
      { lang: 'en', published_at: '2016-08-01' },
    );
    expect(
      tOwn(
        'Abdel Rahman said rocket fire on government-held areas of Aleppo overnight caused several casualties but he was unable to provide a toll.',
      ),
    ).not.toContain('rahman/syria-as-target/oppose');
  });

  it('a bomb by no one named in government-held ground takes no side', () => {
    expect(
      t(
        'Two car bombs killed at least 25 people including women and children in a government-held neighbourhood of Syrias central city of Homs.',
      ),
    ).not.toContain('rebels/syria-as-target/oppose');
  });
});

describe('a government word before an act of force names its agent', () => {
  it('"government bombardment on rebel positions"', () => {
    expect(
      t(
        'Elsewhere in Syria the Observatory reported government bombardment on rebel positions in Daraa Hama Idlib and Homs.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('"anti-government" is the other side, not the government', () => {
    const got = t('Rebels shelled government-held areas of Aleppo during an anti-government offensive.');
    expect(got.filter((x) => x.startsWith('syria/'))).toEqual([]);
  });
});

describe('taking ground from an actor', () => {
  it('"wrested control of Khanaser from Daesh", "Liberate Another Village From Daesh"', () => {
    expect(
      t('But last year regime forces and allied fighters wrested control of Khanaser from Daesh.'),
    ).toContain('syria/isis-as-target/oppose');
    expect(
      t('Battle for Raqqa Syrian Democratic Forces Liberate Another Village From Daesh Near al-Tabqa.'),
    ).toContain('sdf/isis-as-target/oppose');
  });

  it('what is liberated is no side taken against it', () => {
    expect(t('Russia vowed to help liberate Syria.')).not.toContain('russia/syria-as-target/oppose');
  });
});

describe("overthrowing, and a leader's name before his government", () => {
  it('"Rebels fighting to overthrow President Bashar al-Assad"', () => {
    expect(
      t(
        'Rebels fighting to overthrow President Bashar al-Assad regularly carry out guerrilla attacks against his forces but the size of the blast which occurred on Monday was unusual.',
      ),
    ).toContain('rebels/assad-as-target/oppose');
  });

  it('"the Bashar al-Assad regime" names the government', () => {
    const got = t(
      'Russia deployed warplanes to Syria last year to support the Bashar al-Assad regime against rebels seeking to end his rule.',
    );
    expect(got).toContain('syria/rebels-as-target/oppose');
    expect(got).not.toContain('assad/rebels-as-target/oppose');
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English round "enlex" (recall sample en 2202, actor and issue pairs): driving a named force
// (back) from a place expels it, as "out of" does; fighting, intervening or standing "on the side
// of" X supports X; a helper named before the help noun ("fighting with US support", "with Russian
// backing") or owning the means after "with the help of" ("air strikes by the coalition") sides
// with the subject of the clause that holds the phrase, the one after "but" where one opens a new
// clause. An act of force that opens the sentence and sparks, prompts or triggers a reaction
// from X receives it for its agent. Sentences are from corpus/news-en.jsonl (FA-KES) unless marked.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enlex',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'Syrian army', 'regime', 'Damascus']),
    actor('assad', 'person', ['Bashar al-Assad', 'Bashar al Assad', 'Assad'], { memberOf: ['syria'] }),
    actor('rebels', 'armed-group', ['rebels', 'Syrian rebels']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'Daesh', 'IS']),
    actor('ypg', 'armed-group', ['YPG', 'Kurdish YPG']),
    actor('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    actor('hezbollah', 'armed-group', ['Hezbollah']),
    actor('coalition', 'organization', ['US-led coalition', 'U.S.-led coalition']),
    actor('usa', 'country', ['United States', 'US', 'Washington']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition', 'Syrian National Coalition']),
  ],
  topics: [...targetTopics(['syria', 'assad', 'rebels', 'isis', 'ypg', 'sdf', 'opposition'])],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-12' });

describe('driving a named force from a place', () => {
  it('"regime forces managed to drive rebels from the city"', () => {
    expect(
      t(
        'Aleppo was divided between regime and rebel-held districts for years but regime forces managed to drive rebels from the city in December.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('"The Kurdish YPG forces which drove Islamic State from Kobane"', () => {
    expect(
      t(
        'The Kurdish YPG forces which drove Islamic State from Kobane last month had seized 70 villages in the offensive the Syrian Observatory for Human Rights reported overnight.',
      ),
    ).toContain('ypg/isis-as-target/oppose');
  });

  it('no named object: "driven more than half of Syrians from their homes"', () => {
    expect(
      t(
        'The regime has fought a war that has killed many hundreds of thousands of people and driven more than half of Syrians from their homes.',
      ).filter((x) => x.endsWith('syria-as-target/oppose')),
    ).toEqual([]);
  });

  it('a preposition ends the object: "pushed ahead with Russia from"', () => {
    // (constructed negative) the actor after "with" is no object of the verb.
    expect(
      t('The SDF pushed ahead with the Islamic State fighters from the east still in the town.'),
    ).not.toContain('sdf/isis-as-target/oppose');
  });
});

describe('on the side of X', () => {
  it('"its intervention in Syrias civil war on the side of Bashar al-Assad"', () => {
    expect(
      t(
        'Lebanese Shiite militant group Hezbollah cited the threat to Sayyida Zeinab as a principal reason for its intervention in Syrias civil war on the side of Bashar al-Assad.',
      ),
    ).toContain('hezbollah/assad-as-target/support');
  });

  it('no side taken: "strewn on the side of the road"', () => {
    expect(
      t(
        'Videos shared by activists of the scene of the attack show the bodies of women and children strewn on the side of the road as frantic residents scramble to recover them.',
      ),
    ).toEqual([]);
  });
});

describe('help named with "with"', () => {
  it('"the SDF is fighting with US support"', () => {
    expect(
      t(
        'The group has reported hundreds of civilians killed in operations against IS in Deir az-Zour and neighbouring Raqqa province where the SDF is fighting with US support to capture the former IS bastion of Raqqa.',
      ),
    ).toContain('usa/sdf-as-target/support');
  });

  it('"the Syrian rebels have maintained momentum with the help of air strikes by the U.S.-led coalition"', () => {
    const out = t(
      'Daesh militants have staged counterattacks but the Syrian rebels have maintained momentum with the help of air strikes by the U.S.-led coalition the statement said.',
    );
    expect(out).toContain('coalition/rebels-as-target/support');
    // The subject of the first clause is not the one helped.
    expect(out).not.toContain('coalition/isis-as-target/support');
  });

  it('no help to the subject: "in cooperation with the backing forces" names no helper', () => {
    expect(
      t(
        'The source told SANA that army units in cooperation with the backing forces over the past few hours carried out special operations against gatherings of ISIL terrorists.',
      ).filter((x) => x.endsWith('/support')),
    ).toEqual([]);
  });

  it('support given to another: "angry with US support for the YPG"', () => {
    // (constructed negative) the help noun's "for" names whom the help goes to.
    expect(t('Turkey is angry with US support for the Kurdish YPG.')).not.toContain(
      'usa/turkey-as-target/support',
    );
    expect(t('Turkey is angry with US support for the Kurdish YPG.')).not.toContain(
      'usa/ypg-as-target/oppose',
    );
  });
});

describe('a reaction an act sets off', () => {
  it('"Suspected regime strikes killed … sparking condemnation from Syrias opposition"', () => {
    const out = t(
      'Suspected regime strikes killed at least 37 civilians in Maaret al-Numan in April sparking condemnation from Syrias opposition amid faltering peace talks.',
    );
    expect(out).toContain('opposition/syria-as-target/oppose');
    expect(out).not.toContain('syria/opposition-as-target/oppose');
  });

  it('no agent: "The deaths in Deir Ezzor on Wednesday prompted outrage from the opposition"', () => {
    expect(
      t(
        'The deaths in Deir Ezzor on Wednesday prompted outrage from the opposition Syrian National Coalition which described the incident as a heinous massacre.',
      ).filter((x) => x.startsWith('opposition/')),
    ).toEqual([]);
  });
});

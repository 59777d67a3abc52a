import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English precision round "enprec70". A codebook name that is a head noun alone ("coalition")
// names no other body closing with that head ("the National Coalition", "Jeish al-Fatah
// coalition"), nor, bare, the body last named in full with it ("Syrian Coalition … the
// Coalition said"). An act of force done by a topic ("the bombardment targeted an area") is no
// evaluation of the topic by whoever tells it. Sentences are from corpus/news-en.jsonl (FA-KES).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enprec70',
  actors: [
    actor('us-led-coalition', 'organization', ['US-led coalition', 'U.S.-led coalition', 'coalition']),
    actor('syrian-opposition', 'movement', ['Syrian Coalition', 'Syrian opposition']),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('syria', 'government', ['Syrian government', 'Assad regime', 'Syrian Army']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'Daesh', 'IS']),
    actor('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
  ],
  topics: [
    ...targetTopics(['assad', 'syria', 'isis']),
    {
      id: 'offensives',
      label: { en: 'Bombing campaigns and offensives' },
      pro: { en: ['bombardment', 'offensive'] },
      anti: { en: ['stop the onslaught'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-08-02' });

describe('a head-noun name inside or after another body’s name', () => {
  it('"the National Coalition blamed Assad" is not the US-led coalition', () => {
    expect(
      t(
        'Syrias leading opposition group the National Coalition blamed Assad for the attack and demanded the UN open an immediate investigation.',
      ),
    ).not.toContain('us-led-coalition/assad-as-target/oppose');
  });

  it('"Jeish al-Fatah coalition … in the battle against the Syrian Army" is not the US-led coalition', () => {
    expect(
      t(
        'Jeish al-Fatah coalition of terrorist groups has lost over one hundred militants in the battle against the Syrian Army troops and NDF in al Mallah Farms.',
      ),
    ).not.toContain('us-led-coalition/syria-as-target/oppose');
  });

  it('"the Coalition said" after the Syrian Coalition is not the US-led coalition', () => {
    expect(
      t(
        'Syrian Coalition Demands UN Action under Chapter VII Following Regime Chlorine Attacks on Saraqib Idlib. Any further delay in taking firm stance towards such attacks will open the door to more crimes and violations by the Assad regime the Coalition said.',
      ),
    ).not.toContain('us-led-coalition/syria-as-target/oppose');
  });

  it('"the coalition" after the US-led coalition stays the US-led coalition', () => {
    expect(
      t(
        'The US-led coalition which launched an air war against ISIL in Syria last September said it had carried out air strikes against Raqa. Earlier this month the coalition said its raids targeted Daesh militants.',
      ),
    ).toContain('us-led-coalition/isis-as-target/oppose');
  });
});

describe('an act of force done by a topic', () => {
  it('"the Observatory said the bombardment targeted an area" is no position on the bombardment', () => {
    expect(
      t(
        'The Britain-based Observatory said the bombardment targeted an area south of the former ISIL group stronghold of Jarabulus which Turkish-led forces captured on the first day of the incursion.',
      ),
    ).not.toContain('sohr/offensives/oppose');
  });
});

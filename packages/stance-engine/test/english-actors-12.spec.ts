import type { Codebook } from '@stance/codebook';
import { triplesWith, actorsNamedIn } from './helpers.js';

// English round 12 on actors as targets: a coalition named by its leader and "-led" before its
// strikes, strikes "on" a country's own name, which name the ground struck, and one's own
// ("their", "its") strikes or siege on ground someone holds, and a name with another name of
// the same actor in brackets, and a unit word after the first side of "fighting between". Sentences are
// copied from the corpus (corpus/news-en.jsonl) unless marked as a near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-actors-12',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'Assad regime',
      'regime',
      'Damascus',
      'government forces',
    ]),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'Daesh']),
    actor('nusra', 'armed-group', ['Nusra Front', 'Al-Nusra Front', 'Al-Nusra']),
    actor('coalition', 'organization', ['US-led coalition', 'U.S.-led coalition', 'coalition']),
    actor('usa', 'country', ['United States', 'US', 'U.S.', 'Washington']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('rebels', 'armed-group', ['rebels', 'rebel', 'opposition']),
  ],
  topics: ['syria', 'isis', 'nusra', 'coalition', 'usa', 'russia', 'rebels', 'turkey'].map((id) => ({
    id: `${id}-as-target`,
    actor: id,
    label: { en: id },
    pro: {},
    anti: {},
  })),
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('a coalition named by its leader and "-led" before its strikes', () => {
  it('"US-led air strikes killed … Islamic State fighters": the US-led coalition acts against IS', () => {
    expect(
      triples(
        'US-led air strikes killed at least 20 Islamic State fighters in northeastern Syria on Tuesday the Syrian Observatory for Human Rights said.',
      ),
    ).toContain('coalition/isis-as-target/oppose');
  });

  it('"US-led Air Strikes Kill 7 Al-Nusra Gunmen": a headline’s strikes act against the killed group', () => {
    expect(triples('US-led Air Strikes Kill 7 Al-Nusra Gunmen in Syria')).toContain(
      'coalition/nusra-as-target/oppose',
    );
  });

  it('near miss: "-led" before no act of force names no coalition', () => {
    const got = triples('US-led talks on Islamic State fighters in northeastern Syria stalled on Tuesday.');
    expect(got.filter((t) => t.startsWith('coalition/'))).toEqual([]);
  });
});

describe('strikes on a country’s own name', () => {
  it('"US-led raids on Syria killed 14 jihadists": Syria is the ground struck, not its government', () => {
    expect(triples('US-led coalition raids on Syria killed 14 jihadists 5 civilians.')).not.toContain(
      'coalition/syria-as-target/oppose',
    );
  });

  it('near miss: strikes on the government’s own name still act against it', () => {
    expect(triples('US-led coalition raids on the Syrian regime killed 14 soldiers.')).toContain(
      'coalition/syria-as-target/oppose',
    );
  });
});

describe('one’s own act of force on ground someone holds', () => {
  it('"Russian and Syrian planes intensified their bombing … of a rebel-held area": both act against the rebels', () => {
    const got = triples(
      'Separately Russian and Syrian planes intensified their bombing on Saturday of a strategic rebel-held area of Aleppo that is near the only route into opposition-held parts of the city.',
    );
    expect(got).toContain('russia/rebels-as-target/oppose');
    expect(got).toContain('syria/rebels-as-target/oppose');
  });

  it('"government forces sought to tighten their siege of rebel-held districts": a siege is such an act', () => {
    expect(
      triples(
        'Near Aleppo government forces sought to tighten their siege of rebel-held districts of the battleground second city.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('"backed by Moscow which stepped up its air strikes against opposition-held areas": the relative’s antecedent acts', () => {
    expect(
      triples(
        'The regime operation has been backed by Moscow which stepped up its air strikes against opposition-held areas earlier this week.',
      ),
    ).toContain('russia/rebels-as-target/oppose');
  });

  it('"a halt to Moscows aerial bombing of the rebel-held east": a possessive name owns the act too', () => {
    expect(
      triples(
        'The Observatory reported Russian air raids on Aleppos western front lines but said that a halt to Moscows aerial bombing of the rebel-held east of the city was holding.',
      ),
    ).toContain('russia/rebels-as-target/oppose');
  });

  it('near miss: a possessive name before an act on nobody’s ground takes no side by it', () => {
    expect(triples('Moscows aerial bombing of the city continued.')).not.toContain(
      'russia/rebels-as-target/oppose',
    );
  });

  it('near miss: a siege lifted is no act against the holders', () => {
    expect(triples('Government forces lifted their siege of rebel-held districts.')).not.toContain(
      'syria/rebels-as-target/oppose',
    );
  });
});

describe('a name with another of its names in brackets', () => {
  it('"ISIS (Daesh) militants have been killed by Turkish artillery fire": the unit word follows the bracket', () => {
    expect(
      triples(
        'At least 23 ISIS (Daesh) militants have been killed by Turkish artillery fire and US airstrikes in northern Syria a Turkish broadcaster claims.',
      ),
    ).toContain('turkey/isis-as-target/oppose');
  });

  it('near miss: another actor in the brackets is no second name of the first', () => {
    expect(
      triples(
        'At least 23 Nusra Front (ISIS) militants have been killed by Turkish artillery fire in northern Syria.',
      ),
    ).not.toContain('turkey/nusra-as-target/oppose');
  });
});

describe('a unit word after the first side of a clash', () => {
  it('"fighting between Syrian government forces and rebels": both sides oppose each other', () => {
    const got = triples(
      'A U.N. spokeswoman said that intensified fighting between Syrian government forces and rebels in contested Aleppo has completely cut off the only road allowing access for humanitarian aid deliveries.',
    );
    expect(got).toContain('syria/rebels-as-target/oppose');
    expect(got).toContain('rebels/syria-as-target/oppose');
  });

  it('near miss: ground divided between the sides is no clash', () => {
    const got = triples('Aleppo has been divided between Syrian government forces and rebels since 2012.');
    expect(got).not.toContain('syria/rebels-as-target/oppose');
  });
});

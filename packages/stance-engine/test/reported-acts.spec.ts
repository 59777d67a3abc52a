import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// English war reporting read for precision (sentences from corpus/news-en.jsonl): a monitor
// counting the dead of another side's shelling only reports it, and a state's name before a group
// of its people ("Syria Kurds") names the group, not the state.
const actor = actorsNamedIn('en');
const targets = ['syria', 'opposition', 'isis', 'russia', 'coalition'];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-reported-acts',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Assad regime', 'regime', 'Syria']),
    actor('opposition', 'movement', ['opposition']),
    actor('isis', 'armed-group', ['Islamic State', 'Daesh', 'IS']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
    actor('coalition', 'organization', ['US-led coalition']),
    actor('sdf', 'armed-group', ['SDF']),
    actor('us', 'country', ['US', 'United States']),
  ],
  topics: [
    ...targets.map((id) => ({ id: `${id}-as-target`, actor: id, label: { en: id }, pro: {}, anti: {} })),
    { id: 'offensives', label: { en: 'Military offensives' }, pro: { en: ['offensive'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-07-02' });

describe('acts of force in a casualty report belong to their agent, not to the teller', () => {
  it('"people killed in government shelling of X, the Observatory said": no position of the monitor', () => {
    const out = triples(
      'Two medics were among at least 31 people killed on Saturday in Syrian government shelling of an opposition-held town northeast of the capital the Syrian Observatory for Human Rights said.',
    );
    expect(out.filter((t) => t.startsWith('sohr/'))).toEqual([]);
    expect(
      triples(
        'The Observatory said two children were killed by regime bombs in a rebel-held area of Aleppo.',
      ),
    ).not.toContain('sohr/opposition-as-target/oppose');
  });

  it('the teller keeps an act it names as its own ("its jets")', () => {
    expect(
      triples(
        'Russia said its jets killed dozens of militants in strikes on Islamic State positions near Palmyra.',
      ),
    ).toContain('russia/isis-as-target/oppose');
  });
});

describe('an organisation without forces only reports acts of force, with or without casualties', () => {
  it('"the Observatory said the raids hit the town … controlled by IS": no position of the monitor', () => {
    expect(
      triples(
        'The Syrian Observatory for Human Rights said the raids hit the town of Al-Quriyah controlled by the Islamic State (IS) group in Syrias oil-rich Deir Ezzor province.',
      ),
    ).toEqual([]);
    expect(
      triples(
        'Fighting raged further north in Syrias second city Aleppo between rebels and regime loyalists as helicopters dropped a barrel bomb on an opposition area of the city the Observatory said.',
      ).filter((t) => t.startsWith('sohr/')),
    ).toEqual([]);
  });

  it('near miss: a coalition fields forces, so what it tells of strikes may be its own act', () => {
    expect(
      triples('The US-led coalition said aircraft struck Islamic State positions near the town.'),
    ).toContain('coalition/isis-as-target/oppose');
  });
});

describe("a state's name before a group of its people only places the group", () => {
  it('"against Syria Kurds", "alongside Syrias opposition": the group, not the state', () => {
    expect(triples('ISIL Used Chemical Weapons against Syria Kurds in Hasakeh.')).toEqual([]);
    expect(
      triples(
        'IS emerged from Al-Qaedas one-time branch in Iraq and initially fought alongside Syrias opposition including more moderate rebels.',
      ),
    ).toEqual(['isis/opposition-as-target/support']);
  });

  it('near miss: the state itself, and a common-noun name before "opposition"', () => {
    expect(triples('Daesh used chemical weapons against Syria in Hasakeh.')).toContain(
      'isis/syria-as-target/oppose',
    );
    expect(
      triples(
        'War jets struck Urum al Kubra town where five civilians were killed in an area that witnessed fighting between the opposition and the Assad regime opposition said.',
      ),
    ).toContain('opposition/syria-as-target/oppose');
  });
});

describe('a dateline repeated inside the text names no actor', () => {
  it('"… Daesh Defeat MOSCOW (Sputnik) According to …": Moscow is where the story was filed', () => {
    expect(
      triples(
        'AP Photo Syrian Kurds Set Up Body to Govern Raqqa After Daesh Defeat MOSCOW (Sputnik) According to the Firat news agency the SDF advanced 0.3 miles.',
      ),
    ).toEqual([]);
    expect(triples('Daesh threatened to attack Moscow in a video.')).toContain(
      'isis/russia-as-target/oppose',
    );
  });
});

describe('"as" with a subject pronoun opens a clause of its own', () => {
  it('"withdrew from the farms as they faced a rebel counter-offensive": no position on offensives', () => {
    expect(
      triples(
        'The pro-regime website Al Masdar News reported that the regime withdrew from the farms of Al Maleh as they faced a rebel counter-offensive led by Al Nusra Front.',
      ),
    ).toEqual([]);
  });
  it('near miss: the withdrawal from the offensive itself', () => {
    expect(triples('The regime withdrew from the offensive as it faced heavy losses.')).toEqual([
      'syria/offensives/oppose',
    ]);
  });
});

describe('"from" after an act or stance noun names who acts', () => {
  it('"backed by air strikes from a US-led coalition": the coalition strikes, it is not struck', () => {
    expect(
      triples(
        'The so-called SDF backed by air strikes from a US-led coalition launched an offensive to retake Manbij from IS on May 31.',
      ),
    ).not.toContain('sdf/coalition-as-target/oppose');
  });
  it('near miss: a verb of taking "from" keeps its object', () => {
    expect(triples('The SDF launched an attack to capture Manbij from Daesh.')).toContain(
      'sdf/isis-as-target/oppose',
    );
  });
});

describe('an act that may come is no position', () => {
  it('"bracing for a possible US attack": no US position', () => {
    expect(
      triples(
        'A car bomb has killed four people in the Sumaria area in the Syrian capital Damascus as citizens are bracing for a possible US attack the official Syrian news agency has reported.',
      ),
    ).toEqual([]);
  });
  it('near miss: the attack made', () => {
    expect(triples('The US attacked the Syrian government near Damascus.')).toContain(
      'us/syria-as-target/oppose',
    );
  });
});

describe('an "-ing" form right after a group noun is that group\'s act, not the speaker\'s', () => {
  it('"… an Arab-Kurdish coalition battling IS": no position of the Observatory', () => {
    expect(
      triples(
        'The Observatory said he is also a member of the Syrian Democratic Forces an Arab-Kurdish coalition battling IS in northern Syria.',
      ),
    ).toEqual([]);
  });
  it("near miss: the speaker's own fight", () => {
    expect(triples('The Observatory said it is battling Daesh in northern Syria.')).toContain(
      'sohr/isis-as-target/oppose',
    );
  });
});

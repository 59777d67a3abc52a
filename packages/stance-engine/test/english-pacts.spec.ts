import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// Pacts and joint operations named with their parties after the noun or participle, counted over
// corpus/news-en.jsonl: "a truce agreed by X and Y", "a ceasefire between A and B brokered by X and
// Y", "forces backed by Y seized …". Each rule has a corpus sentence that changes and a near miss
// that must not.
const actor = actorsNamedIn('en');
const targets = ['syria', 'rebels', 'russia', 'usa', 'hezbollah', 'turkey'];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-pacts-en',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian army', 'regime', 'government forces']),
    actor('rebels', 'armed-group', ['rebels', 'rebel groups', 'non-jihadist rebels', 'insurgents']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('usa', 'country', ['United States', 'Washington']),
    actor('hezbollah', 'armed-group', ['Hezbollah']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
  ],
  topics: [
    ...targets.map((id) => ({ id: `${id}-as-target`, actor: id, label: { en: id }, pro: {}, anti: {} })),
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires' },
      pro: { en: ['ceasefire', 'truce'] },
      anti: {},
    },
    {
      id: 'aid-access',
      label: { en: 'Aid access' },
      pro: { en: ['aid convoy'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('truces named with the parties who made them', () => {
  it('"a truce agreed by X and Y": each party supports the truce and the other', () => {
    expect(
      triples(
        'A truce agreed by Russia and the United States in February has been violated nearly continuously around Aleppo where the regime and rebel groups have fought for control since 2012.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'russia/ceasefire/support',
        'russia/usa-as-target/support',
        'usa/ceasefire/support',
        'usa/russia-as-target/support',
      ]),
    );
  });

  it('near miss: one party alone agrees with nobody', () => {
    // Edited from the sentence above.
    const out = triples(
      'A truce agreed by Russia in February has been violated nearly continuously around Aleppo.',
    );
    expect(out).toContain('russia/ceasefire/support');
    expect(out.filter((t) => t.includes('-as-target/support'))).toEqual([]);
  });

  it('"a ceasefire between A and B brokered by X and Y": the brokers, not the sides, support it', () => {
    const out = triples(
      'But a broader ceasefire between government forces and non-jihadist rebels brokered by the United States and Russia in February has been repeatedly violated by both sides.',
    );
    expect(out).toEqual(expect.arrayContaining(['russia/ceasefire/support', 'usa/ceasefire/support']));
    expect(out).not.toContain('syria/ceasefire/support');
    expect(out).not.toContain('rebels/ceasefire/support');
  });

  it('near miss: a label after a "between" phrase that follows no truce is no deed', () => {
    expect(
      triples(
        'Clashes on Monday continued between regime forces and rebels backed by Russia around eastern Aleppo.',
      ).filter((t) => t.startsWith('russia/')),
    ).toEqual([]);
  });
});

describe('"X backed by Y" before a finite act of force: a joint operation, not a label', () => {
  it('"government forces backed by … Hezbollah seized …": Hezbollah sides with the government', () => {
    expect(
      triples(
        'In the Qalamoun region west of the capital Damascus government forces backed by the Lebanese terrorist group Hezbollah seized areas outside Zabadani the last rebel-controlled town in the area.',
      ),
    ).toContain('hezbollah/syria-as-target/support');
  });

  it('"backed by Russian airstrikes have pushed back …": the nationality names the helper', () => {
    expect(
      triples(
        'After some initial advances government forces backed by Russian airstrikes have pushed back opposition fighters which include extremists from al-Qaedas former Syrian affiliate.',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it('"X backed by … has captured …": X is the subject past the label', () => {
    expect(
      triples(
        'Published February 18 2015 The Syrian army backed by allied militia has captured several villages north of Aleppo from insurgents and fighting has blocked a main supply route leading into the north.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('near miss: a name after a preposition before "backed by" is no subject', () => {
    expect(
      triples('Fighting between the Syrian army and rebels backed by Turkey has blocked the aid convoy.'),
    ).not.toContain('rebels/aid-access/oppose');
  });

  it('near miss: "backed by Y" before no act of force stays a label', () => {
    const out = triples('Rebels backed by Turkey said they would not attend the talks in Astana.');
    expect(out).not.toContain('turkey/rebels-as-target/support');
  });

  it('near miss: help listed with the helper ("tanks and air strikes") is no finite act', () => {
    const out = triples(
      'Syrian rebels backed by Turkish tanks and air strikes have been pushing towards the stronghold of Dabiq.',
    );
    expect(out).not.toContain('turkey/rebels-as-target/support');
  });
});

describe('a fight is hostile both ways', () => {
  it('"X were fighting Y" (finite): Y opposes X as X opposes Y', () => {
    const out = triples(
      'Government forces were also fighting rebels in northern neighbourhoods of the city in a bid to halt rocket fire on government-held districts.',
    );
    expect(out).toEqual(
      expect.arrayContaining(['syria/rebels-as-target/oppose', 'rebels/syria-as-target/oppose']),
    );
  });

  it('near miss: a force labelled by what it fights ("the coalition fighting X") reports no fight back', () => {
    // Edited from the sentence above: the -ing participle without an auxiliary only identifies.
    const out = triples('Turkey, fighting rebels in the north, said on Monday it would open the crossing.');
    expect(out).not.toContain('rebels/turkey-as-target/oppose');
  });
});

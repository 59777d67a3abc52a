import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// English round 10: a bare act noun as a topic phrase read against the act's own agent, every
// conjunct of a subject before a siding title, compass points before a place, "X and allied Y". Sentences are copied from the corpus
// (corpus/news-en.jsonl, FA-KES: no apostrophes, commas often dropped) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-10',
  actors: [
    actor('syria', 'government', [
      'Syria',
      'Syrian government',
      'Syrian regime',
      'regime',
      'Syrian regime forces',
    ]),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('rebels', 'armed-group', ['rebels']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'IS', 'Daesh']),
    actor('nusra', 'armed-group', ['Al-Nusra Front', 'Nusra Front']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('un', 'organization', ['United Nations', 'UN']),
  ],
  topics: [
    {
      id: 'offensives',
      label: { en: "The government's offensives" },
      pro: { en: ['offensive', 'bombardment'] },
      anti: { en: ['halt to the military operations'] },
    },
    {
      id: 'access',
      label: { en: 'Humanitarian access' },
      pro: { en: ['aid deliveries'] },
      anti: { en: ['siege'] },
    },
    { id: 'syria-as-target', actor: 'syria', label: { en: 'Syrian government' }, pro: {}, anti: {} },
    { id: 'isis-as-target', actor: 'isis', label: { en: 'Islamic State' }, pro: {}, anti: {} },
    { id: 'assad-as-target', actor: 'assad', label: { en: 'Assad' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('a bare act noun as topic phrase, against the act’s own agent', () => {
  it('an offensive named by its side before it is that side’s, not the topic', () => {
    const got = triples(
      'Syrian regime forces backed by Russian air support repel a rebel offensive on the northern fringes of Syrias Aleppo on Tuesday.',
    );
    expect(got).not.toContain('syria/offensives/oppose');
    expect(got).not.toContain('russia/offensives/oppose');
  });

  it('a possessor before the act noun is its agent', () => {
    expect(
      triples(
        'Turkish jets raided villages in northern Syria in an escalation of Ankaras offensive against Kurdish militia.',
      ),
    ).not.toContain('turkey/offensives/oppose');
  });

  it('the subject launching the offensive is its agent', () => {
    expect(
      triples(
        'Al-Qaedas Syrian affiliate Al-Nusra Front launched an offensive Friday on the headquarters of a new US-formed anti-government group.',
      ),
    ).not.toContain('nusra/offensives/support');
  });

  it('a call to halt an offensive that names no agent still reads the topic', () => {
    expect(triples('The UN urged Russia to halt the offensive on Aleppo.')).toContain('un/offensives/oppose'); // near miss
  });

  it('an anti phrase’s act is against the topic whoever does it', () => {
    expect(
      triples(
        'The latest civilian deaths come as the rebels press on with an assault intended to break a government siege of opposition-held Aleppo.',
      ),
    ).toContain('rebels/access/support');
  });
});

describe('siding titles after a coordinated subject', () => {
  it('the one subject of a copula before the title sides with its owner', () => {
    expect(triples('Iran is Assads strongest regional ally and has extended him credit.')).toContain(
      'iran/assad-as-target/support',
    );
  });

  it('every conjunct of the subject sides with the owner', () => {
    const got = triples('Russia and Iran are Assads main allies.'); // near miss
    expect(got).toContain('russia/assad-as-target/support');
    expect(got).toContain('iran/assad-as-target/support');
  });
});

describe('compass points between a preposition and a place', () => {
  it('"in northwest Syria" is a place, not the object of the campaign against "it"', () => {
    expect(
      triples(
        'Complicating the efforts against Islamic State is a second campaign being waged against it in northwest Syria by Turkey and Syrian rebel groups allied to Ankara.',
      ),
    ).not.toContain('isis/syria-as-target/oppose');
  });

  it('"in north and northeastern Syria" names no holder of the next clause', () => {
    expect(
      triples(
        'Kurdish fighters have been a key force battling the extremists in north and northeastern Syria and are the main component in the Syrian Democratic Forces alliance currently seeking to oust Daesh from Manbij.',
      ),
    ).not.toContain('syria/isis-as-target/oppose');
  });
});

describe('"X and allied Y"', () => {
  // supact74: "and allied Y" only identifies Y (a label, guideline), so it takes no side.
  it('the name after "and allied" is a label, not a side taken', () => {
    expect(
      triples(
        'Syrian regime and allied Russian military planes operate in Syria but it is not known which aircraft carried out the strike.',
      ),
    ).not.toContain('russia/syria-as-target/support');
  });

  it('"and allied" two words before a name joins no ally', () => {
    expect(triples('Syrian regime and allied fighters from Lebanon attacked Russia.')).not.toContain(
      'russia/syria-as-target/support',
    ); // near miss
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English acts of force reported with a later "by X" agent, a participle of waging them or a
// passive, and with a pronoun ("it", "they", "its") as their object or passive subject, resolved
// to the actor it stands for. Sentences are copied from the corpus (corpus/news-en.jsonl) and the
// English development sets unless marked as made up for a negative case.
const enActor = actorsNamedIn('en');

const EN: Codebook = {
  version: 1,
  name: 'unit-tests-enforce',
  actors: [
    enActor('isis', 'armed-group', ['Islamic State', 'IS', 'Daesh', 'Daesh Takfiri terrorist group']),
    enActor('turkey', 'country', ['Turkey', 'Ankara', 'Turkish military']),
    enActor('syria', 'government', [
      'Syrian regime forces',
      'Assad regime',
      'regime forces',
      'regime planes',
    ]),
    enActor('coalition', 'armed-group', ['US-led coalition']),
    enActor('pkk', 'armed-group', ['PKK']),
    enActor('ypg', 'armed-group', ['YPG']),
    enActor('rebels', 'armed-group', ['Syrian rebels', 'rebels']),
    enActor('usa', 'country', ['United States', 'Pentagon', 'American']),
    enActor('iraq', 'government', ['Iraq', 'Iraqi government']),
    enActor('erdogan', 'person', ['Erdogan']),
  ],
  topics: targetTopics(['isis', 'turkey', 'syria', 'coalition', 'pkk', 'ypg', 'rebels', 'usa', 'iraq']),
};

const en = triplesWith(EN, { lang: 'en', published_at: '2016-10-20' });

describe('an act of force on a pronoun, its agent named by a later "by"', () => {
  it('"a campaign being waged against it … by X": it is the actor named before it', () => {
    expect(
      en(
        'Complicating the efforts against Islamic State is a second campaign being waged against it in northwest Syria by Turkey and Syrian rebel groups allied to Ankara.',
      ),
    ).toContain('turkey/isis-as-target/oppose');
  });

  it('"One offensive against it is by X": it is the previous sentence\'s subject', () => {
    expect(
      en(
        'Daesh controls roughly one quarter of oil-rich Deir Ezzor province but is battling for survival on two fronts. One offensive against it is by Syrian regime forces backed by Russian air power while the second is by YPG.',
      ),
    ).toContain('syria/isis-as-target/oppose');
  });

  it('a named object with the agent after a place', () => {
    expect(
      en(
        'Deir Ezzor has been a key target of strikes against IS by the US-led coalition fighting the jihadist group in Syria and Iraq.',
      ),
    ).toContain('coalition/isis-as-target/oppose');
  });

  it('the act\'s own subject is not what "it" stands for; a country named as a place is none', () => {
    // Made up: "it" is the PKK, not Turkey (the subject) nor Iraq (a place).
    const out = en('The PKK has bases in northern Iraq. Turkey launched air strikes against it on Tuesday.');
    expect(out).toContain('turkey/pkk-as-target/oppose');
    expect(out).not.toContain('turkey/iraq-as-target/oppose');
    expect(out).not.toContain('turkey/turkey-as-target/oppose');
  });

  it('no agent from a denial or an accusation', () => {
    // Made up negatives.
    expect(
      en('Turkey denied that a campaign against the PKK in northern Iraq was being waged by Ankara.'),
    ).not.toContain('turkey/pkk-as-target/oppose');
    expect(en('Islamic State accused the YPG of an offensive against it by Syrian rebels.')).not.toContain(
      'rebels/isis-as-target/oppose',
    );
  });
});

describe('a pronoun as the subject of a passive act of force, or owner of the members killed', () => {
  it('"as they were targeted by X": they is the plural object before it', () => {
    expect(
      en(
        'The Pentagon said US-led coalition fighter jets scrambled to protect Syrian rebels as they were targeted by regime planes Thursday.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('not a name after a preposition: "forces working with American advisers as they were targeted"', () => {
    expect(
      en(
        'Fresh strikes came as the Pentagon said that US-led coalition fighter jets scrambled to protect Kurdish forces working with American advisers in Syria as they were targeted by regime planes Thursday.',
      ),
    ).not.toContain('syria/usa-as-target/oppose');
  });

  it('"four of its soldiers have been killed and four others … injured in an attack by X"', () => {
    expect(
      en(
        'The Turkish military has saaid four of its soldiers have been killed and four others have been injured in an attack by the Daesh Takfiri terrorist group in northern Syria.',
      ),
    ).toContain('isis/turkey-as-target/oppose');
  });

  it('a person is no "it"', () => {
    // Made up negative: "it" is not Erdogan.
    expect(en('Erdogan said it was attacked by the PKK.')).not.toContain('pkk/erdogan-as-target/oppose');
  });
});

describe('strikes named with a participle of waging them, and passives of force', () => {
  it('"air strikes carried out by X on Y"', () => {
    // Made up on the corpus's "air strikes carried out by" reports.
    expect(en('Air strikes carried out by Turkey on PKK positions killed 20 militants.')).toContain(
      'turkey/pkk-as-target/oppose',
    );
    expect(
      en('Turkey denied that air strikes carried out by its jets on PKK positions killed civilians.'),
    ).not.toContain('turkey/pkk-as-target/oppose');
  });

  it('"Y was struck by X"; not when negated', () => {
    expect(en('Islamic State was struck by the US-led coalition on Friday.')).toContain(
      'coalition/isis-as-target/oppose',
    );
    expect(en('The YPG said it was not targeted by Turkey.')).not.toContain('turkey/ypg-as-target/oppose');
  });
});

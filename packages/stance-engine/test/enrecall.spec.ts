// English readings missing on the development sets (round enrecall): crimes named by an object
// relative ("the crimes Russia continues to commit") or by a call to stop them; refusing to let
// an actor fall, or ground fall to an actor, or an actor act ("will not allow X to …"); and
// "assault" as an act of force whose object is its victim. Sentences are real ones from
// corpus/news-en.jsonl and the English development sets, besides the plain forms of each
// construction.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('en');

const CODEBOOK: Codebook = {
  version: 1,
  name: 'enrecall-unit-tests',
  actors: [
    actor('syrian-opposition', 'movement', [
      'Syrian National Coalition',
      'Syrian Coalition',
      'Syrian opposition',
    ]),
    actor('syrian-government', 'government', [
      'Syrian government',
      'Syrian regime',
      'Assad regime',
      'regime',
    ]),
    actor('rebels', 'armed-group', ['rebels', 'Free Syrian Army']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('ypg', 'armed-group', ['YPG', 'Kurdish YPG forces', 'Kurdish YPG', 'Kurdish fighters']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'IS']),
    actor('eu', 'organization', ['European Union']),
    actor('usa', 'country', ['United States']),
  ],
  topics: targetTopics([
    'syrian-opposition',
    'syrian-government',
    'rebels',
    'russia',
    'turkey',
    'ypg',
    'isis',
  ]),
};
const en = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-03-01' });

describe('crimes named by an object relative: "the crimes X continues to commit"', () => {
  it('the caller opposes the subject of the relative clause (corpus)', () => {
    expect(
      en(
        'The Syrian Coalition called upon the ceasefire task force formed as part of the Munich agreement not to ignore the horrible crimes Russia continues to commit against the Syrian people.',
      ),
    ).toContain('syrian-opposition/russia-as-target/oppose');
  });

  it('plain forms: "that X has committed", "X carried out"', () => {
    expect(
      en('The Syrian Coalition said the world must punish the massacres that the regime has committed.'),
    ).toContain('syrian-opposition/syrian-government-as-target/oppose');
    expect(en('The Syrian Coalition said the attacks Russia carried out were crimes.')).toContain(
      'syrian-opposition/russia-as-target/oppose',
    );
  });

  it('no agent read from a relative clause whose verb is not one of doing the deed', () => {
    expect(en('The Syrian Coalition said the crimes Russia denies are documented.')).not.toContain(
      'syrian-opposition/russia-as-target/oppose',
    );
    expect(en('The Syrian Coalition said the crimes Russia reported must be investigated.')).not.toContain(
      'syrian-opposition/russia-as-target/oppose',
    );
  });
});

describe('a call to stop crimes opposes their owner', () => {
  it('"called on … to take immediate action in order to stop crimes carried out by X and Y" (own)', () => {
    const got = en(
      'The Syrian Coalition called on the European Union the United States and friends of the Syrian people to take immediate action in order to stop crimes carried out by the Assad regime and Russia against civilians in Syria.',
    );
    expect(got).toContain('syrian-opposition/syrian-government-as-target/oppose');
    expect(got).toContain('syrian-opposition/russia-as-target/oppose');
  });

  it('plain form with a nationality adjective: "to stop Russian crimes"', () => {
    expect(en('The Syrian Coalition called on the world to stop Russian crimes.')).toContain(
      'syrian-opposition/russia-as-target/oppose',
    );
  });

  it('no caller when the stop is no one’s call, or the crimes are someone’s charge', () => {
    expect(
      en('Russia accused the regime of failing to stop the crimes the Syrian opposition committed.'),
    ).not.toContain('russia/syrian-opposition-as-target/oppose');
    expect(en('The Syrian Coalition refused to stop the crimes committed by Russia.')).not.toContain(
      'syrian-opposition/russia-as-target/oppose',
    );
  });
});

describe('refused outcomes: "will not allow X to …"', () => {
  it('ground not to fall to an actor: oppose the actor (own)', () => {
    expect(
      en(
        'On 15 Feb 2016 Turkish Prime Minister Ahmed Davutoglu said Ankara will not allow the town of Azaz in northern Syria to fall to the Kurdish YPG forces and promised the "harshest reaction" if the group attempts to re-take the city.',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
  });

  it('an actor not to fall: support; an actor not to act: oppose (plain forms)', () => {
    expect(en('Russia will not allow the Syrian regime to fall.')).toContain(
      'russia/syrian-government-as-target/support',
    );
    expect(en('Turkey will not allow the YPG to cross the Euphrates.')).toContain(
      'turkey/ypg-as-target/oppose',
    );
  });

  it('negative cases: allowed, a place named inside the object, a becoming', () => {
    expect(en('Turkey allowed the YPG to cross the Euphrates.')).not.toContain('turkey/ypg-as-target/oppose');
    expect(en('Russia will not allow the town of Azaz in northern Syria to fall.')).toEqual([]);
    expect(en('Russia will not allow the Syrian regime to become a battlefield for others.')).not.toContain(
      'russia/syrian-government-as-target/oppose',
    );
  });
});

describe('"assault" is an act of force: its object is the victim', () => {
  it('a condemned assault on X is no opposition to X', () => {
    expect(en('The Syrian Coalition condemned the assault on the rebels.')).not.toContain(
      'syrian-opposition/rebels-as-target/oppose',
    );
  });

  it('the assailant still opposes the victim (corpus)', () => {
    expect(
      en(
        'Fighting raged in the Syrian border town of Kobani on Saturday after ISIL terrorists launched a new assault on Kurdish fighters bolstered by the arrival of heavily armed Iraqi peshmerga forces.',
      ),
    ).toContain('isis/ypg-as-target/oppose');
  });
});

const US_CODEBOOK: Codebook = {
  version: 1,
  name: 'enrecall-us-unit-tests',
  actors: [
    actor('democrats', 'party', ['Democrats', 'Senate Democrats']),
    actor('schumer', 'person', ['Chuck Schumer', 'Schumer']),
    actor('donald-trump', 'person', ['Donald Trump', 'Trump']),
    actor('robert-mueller', 'person', ['Robert Mueller', 'Mueller']),
    actor('russia', 'country', ['Russia']),
  ],
  topics: targetTopics(['democrats', 'donald-trump', 'robert-mueller', 'russia']),
};
const us = triplesWith(US_CODEBOOK, { lang: 'en', published_at: '2019-03-25' });

describe('an evaluated act with a named agent: "any attempt by X to … would be unacceptable"', () => {
  it('the agent is judged, not the names inside the infinitive (basil sentence, speaker attached)', () => {
    const got = us(
      '"Any attempt by the Trump Administration to cover up the results of this investigation into Russia’s attack on our democracy would be unacceptable," Schumer said.',
    );
    expect(got).toContain('schumer/donald-trump-as-target/oppose');
    expect(got).not.toContain('schumer/russia-as-target/oppose');
  });

  it('plain forms: a possessor as agent; the infinitive’s object is not judged', () => {
    const got = us('Democrats said any attempt by Donald Trump to fire Mueller would be unacceptable.');
    expect(got).toContain('democrats/donald-trump-as-target/oppose');
    expect(got).not.toContain('democrats/robert-mueller-as-target/oppose');
    expect(us("Democrats said Donald Trump's decision to fire Mueller was a mistake.")).toContain(
      'democrats/donald-trump-as-target/oppose',
    );
  });

  it('no judgement without an evaluative predicate, or with a negated one', () => {
    expect(
      us("Democrats said Donald Trump's decision to fire Mueller was announced on Friday."),
    ).not.toContain('democrats/donald-trump-as-target/oppose');
    expect(us("Democrats said Donald Trump's decision to fire Mueller was not a mistake.")).not.toContain(
      'democrats/donald-trump-as-target/oppose',
    );
  });
});

const AID_CODEBOOK: Codebook = {
  version: 1,
  name: 'enrecall-aid-unit-tests',
  actors: [
    actor('icrc', 'organization', ['ICRC', 'International Committee of the Red Cross']),
    actor('sarc', 'organization', ['Syrian Arab Red Crescent', 'Red Crescent']),
    actor('mamlouk', 'person', ['Ali Mamlouk', 'Mamlouk']),
    actor('egypt', 'country', ['Egypt', 'Cairo']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('russia', 'country', ['Russia', 'Moscow']),
  ],
  topics: targetTopics(['icrc', 'sarc', 'egypt', 'russia', 'turkey']),
};
const aid = triplesWith(AID_CODEBOOK, { lang: 'en', published_at: '2016-06-01' });

describe('"coordinate with": cooperation, both ways', () => {
  it("coordinating with a side in a fight (the fresh-en sentence's clause, with its speaker as subject)", () => {
    expect(
      aid('Ali Mamlouk said he will coordinate with Egypt in the fight against terrorism in the region.'),
    ).toContain('mamlouk/egypt-as-target/support');
  });

  it('plain forms: both sides of "is coordinating with"', () => {
    expect(aid('Turkey is coordinating with Russia on the Idlib disarmament zone.')).toEqual(
      expect.arrayContaining(['turkey/russia-as-target/support', 'russia/turkey-as-target/support']),
    );
  });

  it('a refusal to coordinate opposes; an untracked coordinator says nothing', () => {
    expect(aid('Turkey refused to coordinate with Russia.')).not.toContain('turkey/russia-as-target/support');
    expect(aid('We work to topple the regime and coordinate with all sides, a commander said.')).toEqual([]);
  });
});

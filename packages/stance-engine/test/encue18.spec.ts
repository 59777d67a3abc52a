import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English cue and target round "encue18". A nationality adjective on a noun of a state's hostile
// action names that state ("condemn the Russian aggression"); an attack stopped is no stance
// toward its victim; resorting to an atrocity is doing it; "its ally X" is in apposition, so the
// cue before it governs X. Sentences are from corpus/news-en.jsonl (FA-KES) unless marked.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-encue18',
  actors: [
    actor('syrian-opposition', 'movement', ['Syrian Coalition', 'SNC', 'Coalition']),
    actor('syrian-rebels', 'armed-group', ['Free Syrian Army', 'FSA']),
    actor('syria', 'government', ['Syrian government', 'Assad regime', 'Damascus', 'Syria']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('isis', 'armed-group', ['Islamic State', 'Daesh', 'ISIS']),
    actor('un', 'organization', ['United Nations', 'UN']),
  ],
  topics: targetTopics(['syria', 'russia', 'iran', 'isis', 'un', 'syrian-rebels']),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-08-02' });

describe('a nationality adjective on a hostile-action noun names the state', () => {
  it('"resist the Russian and Iranian invaders": both states are opposed', () => {
    const out = t(
      'The Free Syrian Army said it will continue to resist the Russian and Iranian invaders until they are ousted from of all Syrian territory.',
    );
    expect(out).toContain('syrian-rebels/russia-as-target/oppose');
    expect(out).toContain('syrian-rebels/iran-as-target/oppose');
  });

  it('"the escalating Russian aggression": an attributive participle is no cue for the state', () => {
    expect(
      t(
        'The Syrian Coalition strongly condemned the attack on Almehemdiya and the targeting of civilians across Syria especially the escalating Russian aggression on Syria after rebels managed to break the siege on Aleppo.',
      ),
    ).not.toContain('syrian-opposition/russia-as-target/support');
  });

  it('"UN condemns Syrian attacks in Aleppo": an act often named by its place names no state', () => {
    expect(t('UN condemns Syrian attacks in Aleppo.')).not.toContain('un/syria-as-target/oppose');
  });

  it('"the Syrian revolution": an adjective on another noun is still no target', () => {
    expect(t('The Coalition said it supports the Syrian revolution.')).toEqual([]);
  });
});

describe('an attack stopped', () => {
  it('"Russia stopped bombing Daesh" is neither support nor hostility (constructed)', () => {
    const out = t('Russia stopped bombing Daesh last week.');
    expect(out).not.toContain('russia/isis-as-target/support');
    expect(out).not.toContain('russia/isis-as-target/oppose');
  });

  it('"halted its strikes on Daesh" is no support either (constructed)', () => {
    expect(t('Russia halted its strikes on Daesh.')).not.toContain('russia/isis-as-target/support');
  });

  it('an attack carried on is still hostility', () => {
    expect(t('Russia continued bombing Daesh positions near Palmyra.')).toContain(
      'russia/isis-as-target/oppose',
    );
  });
});

describe('resorting to an atrocity', () => {
  it('"the Assad regime has resorted once again … to using chemical substances" accuses the regime', () => {
    expect(
      t(
        'The SNC said in a statement: After shelling besieging and killing civilians and perpetrating war crimes on them the Assad regime has resorted once again and in breach of UN resolutions 2118 and 2235 to using chemical substances and toxic gasses.',
      ),
    ).toContain('syrian-opposition/syria-as-target/oppose');
  });

  it('resorting to rumours is no atrocity', () => {
    expect(
      t(
        'The Coalition said that the Assad regime has recently resorted to spreading rumors and misinformation to instill fear among residents.',
      ),
    ).not.toContain('syrian-opposition/syria-as-target/oppose');
  });

  it('a denied resort is none (constructed)', () => {
    expect(t('The SNC said the Assad regime will not resort to chemical weapons.')).not.toContain(
      'syrian-opposition/syria-as-target/oppose',
    );
  });
});

describe('"its ally X": the cue before the apposition governs X', () => {
  it('"air strikes in support of its ally Damascus" is Russian support for Damascus', () => {
    expect(
      t(
        'Moscow has been staging air strikes in support of its ally Damascus targeting both Daesh in Deir Ezzor province and rival extremists led by Al Qaedas former Syria affiliate in Idlib province in the northwest.',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it('"the active support of its allies particularly Russia": the allies give the support', () => {
    expect(
      t(
        'The letter also stressed that the Assad regime can only persist in this criminality as long as it enjoys the impunity it has enjoyed so far by the international inaction let alone the active support of its allies particularly Russia.',
      ),
    ).not.toContain('syria/russia-as-target/support');
  });
});

describe('an infinitive split by an adverb, a gerund after a verb of stopping', () => {
  it('"called upon the international community to unequivocally condemn the Russian aggression" opposes Russia', () => {
    expect(
      t(
        'The Coalition called upon the international community to unequivocally condemn the Russian aggression on Syria and the crimes committed by the Assad regime against the Syrian people.',
      ),
    ).toContain('syrian-opposition/russia-as-target/oppose');
  });

  it('"Russia must stop backing the Assad regime, the Coalition said" is no support for the regime (constructed)', () => {
    const out = t('Russia must stop backing the Assad regime, the Coalition said.');
    expect(out).not.toContain('syrian-opposition/syria-as-target/support');
    expect(out).toContain('syrian-opposition/syria-as-target/oppose');
  });

  it('"vowed to fully support" still supports (constructed)', () => {
    expect(t('The FSA vowed to fully support the Assad regime.')).toContain(
      'syrian-rebels/syria-as-target/support',
    );
  });
});

describe("criticising the lack of an actor's action", () => {
  it('"criticized the lack of serious UN action" opposes the UN', () => {
    expect(
      t(
        'The Syrian Coalition criticized the lack of serious UN action to force an immediate halt to the military operations by the Assad regime and Russian forces.',
      ),
    ).toContain('syrian-opposition/un-as-target/oppose');
  });

  it('"welcomed the absence of Russian aggression" is no support for Russia (constructed)', () => {
    expect(t('The SNC welcomed the absence of Russian aggression.')).not.toContain(
      'syrian-opposition/russia-as-target/support',
    );
  });
});

describe('"legitimate targets"', () => {
  it('calling a group "legitimate targets" opposes it (constructed)', () => {
    const out = t('Russia said the Free Syrian Army are legitimate targets.');
    expect(out).toContain('russia/syrian-rebels-as-target/oppose');
    expect(out).not.toContain('russia/syrian-rebels-as-target/support');
  });

  it('"a legitimate opposition" still supports (constructed)', () => {
    expect(t('Russia said the Free Syrian Army is a legitimate opposition.')).not.toContain(
      'russia/syrian-rebels-as-target/oppose',
    );
  });
});

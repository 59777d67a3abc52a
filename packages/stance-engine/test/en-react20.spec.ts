import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Reacting to what an actor said, proposed, decided or drafted is a stance toward that actor
// (Conventions: reacting to a decision counts on its holder too). Sentences are copied from the
// corpus (corpus/news-en.jsonl, FA-KES: no apostrophes) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-react20',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'Syria']),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
    actor('france', 'country', ['France', 'Paris']),
    actor('saudi', 'country', ['Saudi Arabia', 'Riyadh']),
    actor('qatar', 'country', ['Qatar', 'Doha']),
    actor('iraq', 'government', ['Iraqi government']),
    actor('abadi', 'person', ['Haider al-Abadi', 'Abadi'], { memberOf: ['iraq'] }),
    actor('erdogan', 'person', ['Recep Tayyip Erdogan', 'Erdogan'], { memberOf: ['turkey'] }),
  ],
  topics: targetTopics([
    'syria',
    'opposition',
    'russia',
    'iran',
    'turkey',
    'usa',
    'france',
    'saudi',
    'abadi',
  ]),
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-05-01' });

describe('reactions to what an actor said, proposed or decided', () => {
  it('"rejected calls by X": opposes the callers', () => {
    expect(
      t(
        'The US has rejected calls by Syrian opposition figures after Tokkhar to halt the bombings for the sake of thousands of civilians trapped in Manbij.',
      ),
    ).toContain('usa/opposition-as-target/oppose');
  });

  it('"denied claims by X": opposes the claimant', () => {
    expect(
      t('The Syrian government has long denied claims by the opposition on chemical weapons use.'),
    ).toContain('syria/opposition-as-target/oppose');
  });

  // Near miss: "last week" left out (a time phrase between subject and verb hides the subject).
  it('"vetoed a resolution chalked out by X": opposes the drafter, not the matter', () => {
    const out = t(
      'Russia vetoed a UN Security Council resolution chalked out by France calling for an end to the bombings in Aleppo.',
    );
    expect(out).toContain('russia/france-as-target/oppose');
  });

  it('near miss: a nationality adjective owns the product ("the Saudi mediation")', () => {
    expect(t('Turkey rejected the Saudi mediation with Qatar.')).toEqual(['turkey/saudi-as-target/oppose']);
    expect(t('Iran welcomed the Russian decision.')).toEqual(['iran/russia-as-target/support']);
  });

  it('near miss: "denied remarks by Iranian officials"', () => {
    expect(t('Saudi Arabia denied remarks by Iranian officials.')).toEqual(['saudi/iran-as-target/oppose']);
  });

  it("near miss: a leader's remarks count for the leader only", () => {
    // Erdogan has no target of his own here; a direct "criticized Erdogan" is no stance toward Turkey either.
    expect(t("Abadi criticized Erdogan's remarks about Sinjar.")).toEqual([]);
  });

  it('near miss: "a US-drafted resolution on Syria": opposes the drafter, nothing on Syria', () => {
    expect(t('Russia vetoed a US-drafted resolution on Syria.')).toEqual(['russia/usa-as-target/oppose']);
  });

  it('near miss: a refusal before the infinitive turns the reaction round', () => {
    expect(t('Iran refused to accept the Saudi offer.')).toEqual(['iran/saudi-as-target/oppose']);
  });

  it('near miss: no reaction in a source phrase, a prediction, a label or a group of the owner', () => {
    expect(t("According to Erdogan's statement, Iran rejected the plan.")).toEqual([]);
    expect(t('Iran would reject the Saudi offer.')).toEqual([]);
    expect(t('Iran rejected the US-backed plan.')).toEqual([]);
    expect(t('Iran criticized the Syrian rebel demands.')).toEqual([]);
    expect(t('If Iran rejects the Saudi initiative, talks will fail.')).toEqual([]);
    expect(t('Iran did not reject the Saudi initiative.')).toEqual([]);
  });

  it("near miss: the owner's own side holds no stance toward itself", () => {
    expect(t("Erdogan defended Turkey's decision.")).toEqual([]);
  });
});

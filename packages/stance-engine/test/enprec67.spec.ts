import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

// English precision on unseen text (enprec67): a country name that modifies a geographic noun
// ("Seizing Syria Village", "bombing Syrias largest city") places it and is no target; a siding
// title before a name ("Damascus ally Hezbollah said …") is a label, not a position; a monitor
// telling a casualty report names the doer without taking a side. Sentences are copied from the
// corpus (corpus/news-en.jsonl, FA-KES: no apostrophes) unless marked near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enprec67',
  actors: [
    actor('syria', 'government', ['Syria', 'Syrian government', 'Syrian regime', 'regime', 'Damascus']),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
    actor('rebels', 'armed-group', ['Syrian rebels', 'rebels']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'ISIS', 'Daesh']),
    actor('hezbollah', 'armed-group', ['Hezbollah']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('qatar', 'country', ['Qatar']),
    actor('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
  ],
  topics: ['syria', 'assad', 'rebels', 'isis', 'russia', 'iran'].map((id) => ({
    id: `${id}-as-target`,
    actor: id,
    label: { en: id },
    pro: {},
    anti: {},
  })),
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('English precision (enprec67)', () => {
  it('a country name before a geographic noun places it and is no target', () => {
    expect(
      triples('29-07-2016 ISIL Terrorists Execute 24 Civilians after Seizing Syria Village.'),
    ).not.toContain('isis/syria-as-target/oppose');
    expect(
      triples(
        'Syrian rebels and civilians showed no sign of leaving the besieged opposition-held sector of Aleppo on Friday despite a Russian deadline to resume bombing Syrias largest city at nightfall after a 17-day pause.',
      ),
    ).not.toContain('rebels/syria-as-target/oppose');
  });

  it('a country name not before a geographic noun stays a target (near misses)', () => {
    expect(triples('ISIL Terrorists Execute 24 Civilians after Attacking Syria.')).toContain(
      'isis/syria-as-target/oppose',
    );
    expect(triples('Syrian rebels vowed to resume bombing Syrias army at nightfall.')).toContain(
      'rebels/syria-as-target/oppose',
    );
  });

  it('a siding title before a name only labels it', () => {
    expect(
      triples(
        'A military media unit run by Damascus ally Hezbollah said a suicide attacker had detonated a car bomb near the convoy.',
      ),
    ).toEqual([]);
    expect(
      triples(
        'The evacuation brokered by regime ally Iran and rebel backer Qatar is set to see more than 30000 people evacuated in two stages.',
      ),
    ).not.toContain('iran/syria-as-target/support');
  });

  it('a copula or an apposition still states the siding (near misses)', () => {
    expect(
      triples(
        'Iran is Assads strongest regional ally and has extended him billions of dollars in credit since the crisis began in March 2011.',
      ),
    ).toContain('iran/assad-as-target/support');
    expect(
      triples(
        'The evacuation deal was brokered by Qatar a longtime supporter of Syrian opposition forces and Iran a key regime ally.',
      ),
    ).toContain('iran/syria-as-target/support');
  });

  it('a monitor telling a casualty report takes no side against the doer', () => {
    expect(
      triples(
        'Seventy-six people including 28 children were killed on Sunday when Syrian army helicopters dropped barrel bombs on the northern city of Aleppo the Syrian Observatory for Human Rights said on Monday.',
      ),
    ).not.toContain('sohr/syria-as-target/oppose');
  });

  it('an armed speaker, or a monitor without a casualty count, still blames the doer (near misses)', () => {
    expect(
      triples(
        'Seventy-six people including 28 children were killed on Sunday when Syrian army helicopters dropped barrel bombs on the northern city of Aleppo Qatar said on Monday.',
      ),
    ).toContain('qatar/syria-as-target/oppose');
    expect(
      triples(
        'The Syrian Observatory for Human Rights said Syrian army helicopters dropped barrel bombs on Aleppo.',
      ),
    ).toContain('sohr/syria-as-target/oppose');
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// backing20: "X backed by Y" before a finite act of force (Y supports X, as the gold codes it)
// now also reads a force after a temporal conjunction ("since the Syrian army backed by Russian
// jets began an offensive": the conjunction opens a clause, the force is its subject) and a
// helper's means joined by "and" ("backed by Turkish tanks and air strikes have been pushing"),
// and a helper named after its means and "from" ("backed by air strikes from a US-led coalition").
// A label without an act and a temporal preposition before a plain noun stay unread.
// Sentences are from the corpus (FA-KES: no apostrophes, commas often dropped).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-backing20',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian army', 'regime', 'government forces']),
    actor('rebels', 'armed-group', ['Syrian rebels', 'rebels']),
    actor('isis', 'armed-group', ['Islamic State', 'IS group', 'Daesh']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('sdf', 'armed-group', ['SDF', 'Syrian Democratic Forces']),
    actor('coalition', 'organization', ['US-led coalition', 'coalition']),
  ],
  topics: targetTopics(['syria', 'rebels', 'isis', 'russia', 'turkey', 'sdf']),
};
const t = triplesWith(CODEBOOK, { lang: 'en' });

describe('backing20: "X backed by Y" before an act of force', () => {
  it('reads the force after a temporal conjunction as the subject of its act', () => {
    expect(
      t(
        'The group said at least 127 people including 30 children have been killed by air strikes and shelling since the Syrian army backed by Russian jets began an offensive nearly two weeks ago to take the besieged rebel-held Eastern Ghouta area.',
      ),
    ).toContain('russia/syria-as-target/support');
  });

  it('reads past the means of force joined by "and"', () => {
    expect(
      t(
        'Syrian rebels backed by Turkish tanks and air strikes have been pushing towards the IS group stronghold of Dabiq a village with symbolic importance to the jihadists in an operation launched in late August.',
      ),
    ).toContain('turkey/rebels-as-target/support');
  });

  it('reads the helper named after its means and "from"', () => {
    expect(
      t(
        'The so-called SDF backed by air strikes from a US-led coalition launched an offensive to retake Manbij from IS on May 31.',
      ),
    ).toContain('coalition/sdf-as-target/support');
    // A passive with an unresolved subject and no act of its own: no holder.
    expect(
      t(
        'It was backed by fierce air strikes from Russia which launched its own air war in 2015 to back President Bashar al-Assads forces.',
      ).filter((x) => x.endsWith('/support')),
    ).toEqual([]);
  });

  it('keeps a label, and a clause after "and", unread', () => {
    // A label with no act after it.
    expect(
      t(
        'They have faced two separate offensives there one led by the regime with Russian backing and the other by the US-backed Syrian Democratic Forces.',
      ),
    ).not.toContain('russia/syria-as-target/support');
    // "and" joins a new clause, not more means: the act after it is no act of the backed force.
    expect(t('Syrian rebels backed by Turkish tanks and Russia said the talks would resume.')).not.toContain(
      'turkey/rebels-as-target/support',
    );
  });
});

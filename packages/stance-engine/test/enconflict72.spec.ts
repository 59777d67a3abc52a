import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English round "enconflict72": hostility between actors in war news. An untracked official
// after a capitalised title speaks for the state; a directive to stop opposes its addressee;
// driving a group out of a place or eradicating it, and a named force killing a
// number of a group named by its members' plural are deeds against it. A commitment does not
// reach the object of an infinitive with no cue of its own, and a relative "that" clause on a
// name identifies the group. Sentences are from corpus/news-en.jsonl (FA-KES).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enconflict72',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'Syrian army',
      'regime',
      'Damascus',
      'Assads government',
    ]),
    actor('assad', 'person', ['Bashar al-Assad', 'Bashar al Assad', 'Bashar Assad', 'Assad'], {
      memberOf: ['syria'],
    }),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition', 'Syrian Coalition']),
    actor('rebels', 'armed-group', ['rebels']),
    actor('protesters', 'movement', ['protesters']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'Daesh', 'IS']),
    actor('nusra', 'armed-group', ['Nusra Front', 'Al-Nusra']),
    actor('division-30', 'armed-group', ['Division 30']),
    actor('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    actor('coalition', 'organization', ['US-led coalition']),
    actor('un', 'organization', ['United Nations', 'UN']),
    actor('unsc', 'organization', ['UN Security Council']),
    actor('usa', 'country', ['United States', 'Washington']),
    actor('obama', 'person', ['Barack Obama', 'Obama']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('france', 'country', ['France', 'Paris']),
  ],
  topics: [
    ...targetTopics(['syria', 'assad', 'opposition', 'rebels', 'protesters', 'isis', 'nusra', 'unsc']),
    {
      id: 'ceasefire',
      label: { en: 'Ceasefire in Syria' },
      pro: { en: ['ceasefire'] },
      anti: { en: ['offensive'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-12' });

describe('an untracked official after a capitalised title speaks for the state', () => {
  it('"French Foreign Minister Jean-Marc Ayrault also accused Damascus"', () => {
    expect(
      t(
        'French Foreign Minister Jean-Marc Ayrault also accused Damascus of "extraordinary duplicity" over the bombings.',
      ),
    ).toContain('france/syria-as-target/oppose');
  });

  it('the trailing speaker "… Turkish Foreign Minister Mevlut Cavusoglu said" holds, not Assad', () => {
    const got = t(
      'Turkey remains committed to a ceasefire in Syria but Russia must stop insisting that Bashar al Assad should remain in office Turkish Foreign Minister Mevlut Cavusoglu said on Sunday.',
    );
    expect(got).toContain('turkey/ceasefire/support');
    expect(got).not.toContain('assad/ceasefire/support');
  });

  it('a capitalised headline verb ends the name: "Turkish Army Seizes Armed Insurgent …"', () => {
    expect(
      t(
        'Turkish Army Seizes Armed Insurgent at Turkish-Syrian Border Syrian forces managed to regain the territory located some 48 kilometers south of the Turkish border.',
      ),
    ).not.toContain('turkey/syria-as-target/support');
  });
});

describe('a directive to stop opposes its addressee', () => {
  it('"Division 30 called on Al-Nusra to stop spilling the blood of Muslims"', () => {
    expect(
      t(
        'In a statement posted on its Facebook page about the attack Division 30 called on Al-Nusra to stop "spilling the blood of Muslims".',
      ),
    ).toContain('division-30/nusra-as-target/oppose');
  });

  it('a call to act otherwise is no hostility: "called upon the UN Security Council to shoulder …"', () => {
    expect(
      t(
        'In a press release issued earlier on Tuesday the Syrian Coalition called upon the UN Security Council to shoulder its responsibilities towards stopping such attacks.',
      ),
    ).not.toContain('opposition/unsc-as-target/oppose');
  });
});

describe('deeds against a group', () => {
  it('"the SDF said they had established a military council to push Daesh militants out of Al Bab"', () => {
    expect(
      t(
        'On Sunday the SDF said they had established a military council to push Daesh militants out of Al Bab the alliances next target in the same province.',
      ),
    ).toContain('sdf/isis-as-target/oppose');
  });

  it('"in an effort to eradicate the IS"', () => {
    expect(
      t(
        'Obama said the United States would arm and equip Kurds Iraqis and Syrias moderate opposition in an effort to eradicate the IS.',
      ),
    ).toContain('obama/isis-as-target/oppose');
  });

  it('"Syrian troops killed 32 rebels in an ambush"', () => {
    expect(
      t(
        'Syrian troops killed 32 rebels in an ambush in the southern province of Daraa in the early hours of Sunday morning a monitoring group said.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('protesters are no armed group counted by its members', () => {
    expect(
      t('In June activists said Syrian forces killed at least 60 protesters in the city.'),
    ).not.toContain('syria/protesters-as-target/oppose');
  });

  it('"the fighting between rebels and President Bashar Assads government": both sides', () => {
    const got = t(
      'Eastern Ghouta is one of several "de-escalation" zones across western Syria where Russia has brokered deals to ease the fighting between rebels and President Bashar Assads government.',
    );
    expect(got).toContain('rebels/syria-as-target/oppose');
    expect(got).toContain('syria/rebels-as-target/oppose');
  });
});

describe('what the commitment or the frame does not hold', () => {
  it('"seeks to stymie opposition gains" is no support for the opposition', () => {
    expect(
      t(
        'Airstrikes on rebel positions have increased in Idlib as the Syrian regime seeks to stymie opposition gains in the province.',
      ),
    ).not.toContain('syria/opposition-as-target/support');
  });

  it('"a US-led coalition that aims to eradicate IS …, a report from the UN … says" is no UN position', () => {
    const got = t(
      'Some 50 civilians in Syria have been killed in airstrikes conducted by a US-led coalition that aims to eradicate Islamic State (IS) extremists a report from the UN Secretary General says.',
    );
    expect(got).not.toContain('un/isis-as-target/oppose');
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English round "encons": constructions that name holder and target in one sentence. Exchanges
// of fire and tit-for-tat attacks are hostile both ways; acting "in cooperation with" X is a
// relation of both sides; "dealt a blow to X", "inflicted losses on X" oppose X; a gerund after
// by/after/since has the clause's subject; "took <ground> from X" captures from X; the unit and
// means words of a backed force; an aspect verb's attributive participle ("the escalating war
// crimes") governs nothing; ground taken "from X" up to ten words on, never a distance; a pact or
// relation with X that a hostile verb drops ("suspended its memorandum … with X") opposes X; foiling
// or fending off an attack by X opposes X ("an old foil" is a noun); "army units", "an army unit"
// are the army named in full before. Sentences
// are from corpus/news-en.jsonl (FA-KES) unless marked "written".
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-encons',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'Syrian army',
      'regime',
      'regime forces',
    ]),
    actor('rebels', 'armed-group', ['rebels', 'Syrian rebels', 'rebel groups']),
    actor('opposition', 'movement', ['Syrian opposition', 'opposition', 'Syrian National Coalition']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS']),
    actor('ypg', 'armed-group', ['YPG']),
    actor('hezbollah', 'armed-group', ['Hezbollah']),
    actor('nusra', 'armed-group', ['Nusra Front', 'al-Nusra Front']),
    actor('coalition', 'organization', ['US-led coalition']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('usa', 'country', ['United States', 'Washington']),
  ],
  topics: [
    ...targetTopics([
      'syria',
      'rebels',
      'opposition',
      'isis',
      'ypg',
      'hezbollah',
      'nusra',
      'coalition',
      'russia',
      'turkey',
      'usa',
    ]),
    {
      id: 'civilian-protection',
      label: { en: 'Protection of civilians' },
      pro: { en: ['protection of civilians'] },
      anti: { en: ['war crimes'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-09-01' });

describe('hostility both ways: exchanges and tit-for-tat attacks', () => {
  it('"an escalating cycle of tit-for-tat attacks between regime forces and the opposition fighters"', () => {
    expect(
      t(
        'The deaths were the result of the latest bout in an escalating cycle of tit-for-tat attacks between regime forces and the opposition fighters holding the enclave on the Syrian capitals eastern outskirts.',
      ),
    ).toEqual(
      expect.arrayContaining(['syria/opposition-as-target/oppose', 'opposition/syria-as-target/oppose']),
    );
  });

  it('"locked in a cycle of tit-for-tat attacks" (written)', () => {
    expect(
      t('Regime forces and rebel groups are locked in a cycle of tit-for-tat attacks around the town.'),
    ).toEqual(expect.arrayContaining(['syria/rebels-as-target/oppose', 'rebels/syria-as-target/oppose']));
  });

  it('"traded fire with the YPG" (written)', () => {
    expect(t('Turkish troops traded fire with the YPG near the border on Sunday.')).toEqual(
      expect.arrayContaining(['turkey/ypg-as-target/oppose', 'ypg/turkey-as-target/oppose']),
    );
  });
});

describe('acting in cooperation with another side', () => {
  it('"taken control of the plain … in cooperation with the Syrian army": support both ways', () => {
    expect(
      t(
        'The Hezbollah said it had taken control of the plain outside the city and a main road in cooperation with the Syrian army.',
      ),
    ).toEqual(
      expect.arrayContaining(['hezbollah/syria-as-target/support', 'syria/hezbollah-as-target/support']),
    );
  });

  it('a call for cooperation is no joint act (written)', () => {
    expect(t('Turkey called for cooperation with Russia on Syria.')).not.toContain(
      'russia/turkey-as-target/support',
    );
  });
});

describe('light verbs of harm', () => {
  it('"the regime dealt a major blow to the opposition"', () => {
    expect(
      t(
        'Last month the regime dealt a major blow to the opposition by seizing its last key bastion in the region the town of Yabrud.',
      ),
    ).toContain('syria/opposition-as-target/oppose');
  });

  it('"IS dealt a significant blow to Russian-backed Syrian government forces"', () => {
    expect(
      t(
        'The airstrikes came after IS dealt a significant blow to Russian-backed Syrian government forces driving them out of Raqqa province.',
      ),
    ).toContain('isis/syria-as-target/oppose');
  });

  it('"inflicted heavy losses on Islamic State" (written)', () => {
    expect(t('Rebels inflicted heavy losses on Islamic State near the border.')).toContain(
      'rebels/isis-as-target/oppose',
    );
  });
});

describe('the doer of an adverbial gerund; ground taken from someone', () => {
  it('"Islamic State has made rapid gains … by seizing territory from rival rebel groups … take large areas from government forces"', () => {
    expect(
      t(
        'Islamic State has made rapid gains in Syria mostly by seizing territory from rival rebel groups using weaponry brought in from Iraq where last month it managed to take large areas from regime forces.',
      ),
    ).toEqual(expect.arrayContaining(['isis/rebels-as-target/oppose', 'isis/syria-as-target/oppose']));
  });

  it('across "of": "accuses foreign actors of orchestrating the conflict by supporting the opposition" gives no support', () => {
    expect(
      t(
        'The Syrian government accuses foreign actors of orchestrating the conflict by supporting the Syrian opposition with arms and money.',
      ),
    ).not.toContain('syria/opposition-as-target/support');
  });

  it('"took orders from the US-led coalition" takes nothing from it', () => {
    expect(
      t(
        'The statement said the attack left nearly 50 rebels dead charging they took orders from the US-led coalition fighting IS in Iraq and Syria.',
      ).filter((x) => x.startsWith('rebels/coalition')),
    ).toEqual([]);
  });

  it('"captured eight villages between Aleppo and the border from rebel groups" (written)', () => {
    expect(
      t('IS fighters captured eight villages between Aleppo and the border from rebel groups.'),
    ).toContain('isis/rebels-as-target/oppose');
  });

  it('a distance is no loser: "captured the town some 20 km from Turkey" (written)', () => {
    expect(t('Rebels captured the town some 20 km from Turkey.')).not.toContain(
      'rebels/turkey-as-target/oppose',
    );
  });
});

describe('backed forces and attributive participles', () => {
  it('"Turkish tanks and jets backed by planes from the US-led coalition launched an offensive" (written)', () => {
    expect(
      t(
        'Turkish tanks and jets backed by planes from the US-led coalition launched an offensive on the border town.',
      ),
    ).toContain('coalition/turkey-as-target/support');
  });

  it('"condemned the escalating war crimes": the condemning verb governs', () => {
    const found = t('The Syrian National Coalition condemned the escalating war crimes in Idlib and Aleppo.');
    expect(found).toContain('opposition/civilian-protection/support');
    expect(found).not.toContain('opposition/civilian-protection/oppose');
  });
});

describe('dropping a pact or relation with a partner', () => {
  it('"suspended its memorandum of understanding on air safety with Washington" (written)', () => {
    expect(
      t(
        'Moscow suspended its memorandum of understanding on air safety over Syria with Washington after the strikes.',
      ),
    ).toContain('russia/usa-as-target/oppose');
  });

  it('"froze its cooperation with Russia" (written)', () => {
    const found = t('Turkey froze its cooperation with Russia.');
    expect(found).toContain('turkey/russia-as-target/oppose');
    expect(found).not.toContain('turkey/russia-as-target/support');
  });

  it('a pact that frames the act names no one it is turned against (written)', () => {
    expect(t('Russia attacked the town under a deal with Turkey.')).not.toContain(
      'russia/turkey-as-target/oppose',
    );
  });
});

describe('foiling an attack', () => {
  it('"managed to foil an attack by the Nusra Front" (written after the corpus\'s SANA reports)', () => {
    expect(
      t(
        'The Syrian army managed to foil an attack by the Nusra Front on a number of military posts in Deir Ezzor.',
      ),
    ).toContain('syria/nusra-as-target/oppose');
  });

  it('"fended off an attack by rebels" (written)', () => {
    expect(t('Regime forces fended off an attack by rebels on the Zahra neighbourhood of Aleppo.')).toContain(
      'syria/rebels-as-target/oppose',
    );
  });

  it('a bare "foil" is a noun: "an old foil of Russia" (written)', () => {
    expect(t('Turkey has long been an old foil of Russia in the region.')).not.toContain(
      'turkey/russia-as-target/oppose',
    );
  });
});

describe('the units of an army named before', () => {
  it('"An army unit clashed with ISIS terrorists" after "the Syrian army"', () => {
    expect(
      t(
        'The Syrian army launched an offensive in Deir Ezzor on Sunday. An army unit clashed with ISIS terrorists in the surroundings of al-Mreiiyeh killing 9 terrorists.',
      ),
    ).toEqual(expect.arrayContaining(['syria/isis-as-target/oppose', 'isis/syria-as-target/oppose']));
  });

  it('no army named before: "Army units killed dozens of IS fighters" names no one (written)', () => {
    expect(t('Army units killed dozens of IS fighters near the town.')).toEqual([]);
  });
});

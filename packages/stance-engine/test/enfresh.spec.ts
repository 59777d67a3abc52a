// English recall round on fresh-en3's misses (round "enfresh"): a group's acronym alone is its
// name when the codebook names it with a group noun ("IS fighters" → "IS"), and an acronym that
// spells an English word counts only beside prose, not in an all-capitals headline; "an ally of
// the United States" (a relational noun's "of" past "the"); "fighting alongside X" backs both
// ways; the agents of a deal or truce after "by"/"between" read past siding titles and an office
// holder's own name ("rebel backer Qatar and government ally Iran", "brokered partly by");
// "government/regime positions" under attack are the government's; "in an offensive backed by X"
// after a deed makes X a helper of its subject; "claimed responsibility for the attack on X" owns
// the definite attack. Sentences are from
// corpus/news-en.jsonl and eval/fresh-en3 (a scene sentence put before some where the story had one).
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const ACTORS = [
  en('isis', 'armed-group', ['Islamic State', 'ISIS', 'Daesh', 'IS fighters', 'IS group']),
  en('syria', 'government', ['Syrian government', 'Syrian regime', 'Syria']),
  en('rebels', 'armed-group', ['rebels', 'rebel groups']),
  en('nusra', 'armed-group', ['Nusra Front']),
  en('ypg', 'armed-group', ['YPG']),
  en('us', 'government', ['United States', 'Washington']),
  en('russia', 'country', ['Russia', 'Moscow']),
  en('iran', 'country', ['Iran', 'Tehran']),
  en('turkey', 'country', ['Turkey', 'Ankara']),
  en('qatar', 'country', ['Qatar', 'Doha']),
  en('coalition', 'organization', ['US-led coalition', 'U.S.-led coalition']),
];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enfresh-en',
  actors: ACTORS,
  topics: [
    ...targetTopics(['isis', 'syria', 'rebels', 'nusra', 'ypg', 'us', 'coalition']),
    {
      id: 'ceasefire',
      label: { en: 'A ceasefire' },
      pro: { en: ['ceasefire', 'truce', 'de-escalation zone'] },
      anti: {},
    },
    {
      id: 'evacuation-deals',
      label: { en: 'Evacuation deals' },
      pro: { en: ['evacuation deal', 'four-town evacuation deal'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-01' });

// The same actors, Islamic State named without an "IS <noun>" form.
const tNoAcronym = triplesWith(
  {
    ...CODEBOOK,
    name: 'enfresh-en-no-acronym',
    actors: ACTORS.map((a) => (a.id === 'isis' ? en('isis', 'armed-group', ['Islamic State', 'ISIS']) : a)),
  },
  { lang: 'en', published_at: '2016-06-01' },
);

describe('enfresh: "IS" from "IS fighters", in prose only', () => {
  it('reads the bare acronym as the group', () => {
    expect(t('Rebels have been fighting IS since January.')).toEqual([
      'isis/rebels-as-target/oppose',
      'rebels/isis-as-target/oppose',
    ]);
  });
  it('not in an all-capitals headline, nor when the codebook has no such form', () => {
    expect(t('REBELS HAVE BEEN FIGHTING IS SINCE JANUARY')).toEqual([]);
    expect(tNoAcronym('Rebels have been fighting IS since January.')).toEqual([]);
  });
});

describe('enfresh: "an ally of the X"', () => {
  it('is an alliance both ways', () => {
    // (The ally in the named campaign fights its foe too: round "enally".)
    expect(
      t(
        'The YPG controls nearly all of Syrias northern frontier with Turkey and has been a close ally of the United States in the campaign against Islamic State (IS) group in Syria.',
      ),
    ).toEqual([
      'us/isis-as-target/oppose',
      'us/ypg-as-target/support',
      'ypg/isis-as-target/oppose',
      'ypg/us-as-target/support',
    ]);
  });
  it('not a relational noun without "of"', () => {
    expect(t('The United States and its ally Turkey disagree over the YPG.')).toEqual([]);
  });
});

describe('enfresh: fighting alongside', () => {
  it('backs both sides', () => {
    expect(
      t(
        'The rebels are fighting alongside the al Qaeda-affiliated Nusra Front which like IS group was excluded from a February ceasefire and from the Geneva peace talks.',
      ),
    ).toEqual(['isis/ceasefire/oppose', 'nusra/rebels-as-target/support', 'rebels/nusra-as-target/support']);
  });
  it('not fighting against', () => {
    expect(t('Rebels fought against IS alongside Turkish troops.')).toEqual([
      'isis/rebels-as-target/oppose',
      'rebels/isis-as-target/oppose',
    ]);
  });
});

describe('enfresh: titled brokers and parties', () => {
  it('reads every titled name of the list', () => {
    expect(
      t(
        'The blast puts the four-town evacuation deal brokered partly by rebel backer Qatar and government ally Iran in doubt.',
      ),
    ).toEqual(['iran/evacuation-deals/support', 'qatar/evacuation-deals/support']);
    expect(
      t(
        'More than 30000 people are set for evacuation under the evacuation deal brokered by rebel backer Qatar and regime ally Iran.',
      ),
    ).toEqual(['iran/evacuation-deals/support', 'qatar/evacuation-deals/support']);
    expect(
      t(
        'Atareb is in the west of Aleppo province in an area that is part of a "de-escalation zone" agreed under a deal earlier this year between Syrias allies Russia and Iran and rebel backer Turkey.',
      ),
    ).toEqual(['iran/ceasefire/support', 'russia/ceasefire/support', 'turkey/ceasefire/support']);
  });
  it('not a name past another verb', () => {
    expect(t('The evacuation deal was brokered by Qatar and criticised by Iran.')).toEqual([
      'qatar/evacuation-deals/support',
    ]);
  });
});

describe('enfresh: government positions under attack', () => {
  it('are the government as a side', () => {
    expect(
      t(
        'A Daesh counterattack on Syrian regime forces advancing towards a militant stronghold on Monday left 28 militants dead a monitor said. Dozens of Daesh militants early on Monday attacked government positions south of the town of Tabaqa a Daesh stronghold on the Euphrates River said the Syrian Observatory for Human Rights.',
      ),
    ).toEqual(['isis/syria-as-target/oppose']);
    expect(
      t(
        'The Syrian regime holds Homs. The Observatory said that rebels in Talbisseh had shelled regime positions around the nearby rebel-held town of Umm Sharshuh as fighting raged around it.',
      ),
    ).toEqual(['rebels/syria-as-target/oppose']);
  });
  it('not posts that are jobs', () => {
    expect(t('The Syrian regime holds Homs. Alawites hold many senior government positions.')).toEqual([]);
    expect(t('The Syrian regime holds Homs. Rebels were accused of attacking government employees.')).toEqual(
      [],
    );
  });
});

describe('enfresh: in an offensive backed by X', () => {
  it('X helps the subject of the deed', () => {
    expect(
      t('The YPG captured Tel Abyad from ISIS last year in an offensive backed by U.S.-led air strikes.'),
    ).toContain('coalition/ypg-as-target/support');
  });
  it('not without a deed of the subject', () => {
    expect(t('Residents fled in an offensive backed by Russia.')).toEqual([]);
  });
});

describe('enfresh: claimed responsibility for the attack', () => {
  it('owns the definite attack', () => {
    expect(t('Turkey said ISIS claimed responsibility for the attack on the YPG.')).toEqual([
      'isis/ypg-as-target/oppose',
    ]);
  });
  it('not the attack as an event others react to, nor an unclaimed one', () => {
    expect(t('Russia condemned the attack on the YPG.')).toEqual([]);
    expect(t('Nobody has claimed responsibility for the attack on the YPG.')).toEqual([]);
  });
});

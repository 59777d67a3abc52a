import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English precision round "enprec" (a judged sample of 120 English corpus statements, seed 2027):
// a state's forces named by a generic name ("government forces") after another country's
// nationality word are that country's; an act of force whose clause opens with units named as
// another side's ("troops from a Kurdish-Arab alliance", "a helicopter believed to belong to …")
// is not the deed of the officials who tell it; a verb whose object is a pause in an act ("continue
// a halt on air strikes") does not launch the act; a capitalised word inside the name of a court
// ("International Criminal Court") is no cue. Sentences are from corpus/news-en.jsonl (FA-KES)
// unless marked "written".
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enprec',
  actors: [
    actor('syria', 'government', [
      'Syrian government',
      'Syrian regime',
      'Syria',
      'Assad regime',
      'Assad',
      'regime',
      'government forces',
      'government troops',
      'regime forces',
    ]),
    actor('rebels', 'armed-group', ['rebels', 'Syrian rebels', 'opposition forces']),
    actor('opposition', 'movement', ['Syrian Coalition', 'Syrian National Coalition']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
    actor('uk', 'country', ['United Kingdom', 'Britain', 'UK']),
  ],
  topics: [
    ...targetTopics(['syria', 'rebels', 'opposition', 'isis', 'russia', 'turkey', 'usa', 'uk']),
    {
      id: 'russian-intervention',
      label: { en: "Russia's military intervention in Syria" },
      pro: { en: ['Russian intervention', 'Russian air strikes', 'Russian airstrikes'] },
      anti: { en: ['Russian withdrawal'] },
    },
    {
      id: 'civilian-protection',
      label: { en: 'Protection of civilians' },
      pro: { en: ['protection of civilians'] },
      anti: { en: ['war crimes'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-09-01' });

describe("another country's forces by a generic name", () => {
  it('"ISIL has been battling Iraqi government forces": not the Syrian government', () => {
    const out = t(
      'ISIL has been battling Iraqi government forces since June 9 when in launched a lightening offensive in the north of the country.',
    );
    expect(out).not.toContain('syria/isis-as-target/oppose');
    expect(out).not.toContain('isis/syria-as-target/oppose');
  });

  it('"battling both government troops and Kurdish militia": the generic name alone stays', () => {
    expect(
      t(
        'IS fighters have been battling both government troops and Kurdish militia in the northeastern province which has a large Kurdish population.',
      ),
    ).toContain('isis/syria-as-target/oppose');
  });

  it('"the Russian and Assad regime forces": a nationality word not right before the name keeps it', () => {
    expect(
      t(
        'Member of the Syrian Coalitions political committee Adnan Rahmoun condemned the escalating war crimes being committed by the Russian and Assad regime forces in Idlib and Aleppo.',
      ),
    ).toEqual(
      expect.arrayContaining(['opposition/russia-as-target/oppose', 'opposition/syria-as-target/oppose']),
    );
  });

  it('"Syrian and Iraqi government forces": a list with the own country keeps it (written)', () => {
    expect(t('ISIL has been battling Syrian and Iraqi government forces since June.')).toContain(
      'isis/syria-as-target/oppose',
    );
  });
});

describe("another side's units in a teller's act of force", () => {
  it('"thousands of troops from a Kurdish-Arab alliance are launching an attack … US officials told Reuters"', () => {
    expect(
      t(
        'Elsewhere in northern Syria thousands of troops from a Kurdish-Arab alliance are launching an attack to capture from Daesh a crucial swathe of the region known as the Manbij pocket following weeks of quiet preparations US officials told Reuters.',
      ),
    ).not.toContain('usa/isis-as-target/oppose');
  });

  it('"a helicopter believed to belong to Syrian government forces dropped barrel bombs … Turkish officials said"', () => {
    expect(
      t(
        'Earlier in the day the northern Aleppo province saw a new escalation as a helicopter believed to belong to Syrian government forces dropped barrel bombs in a deadly attack on Turkey-backed opposition forces in the border area Turkish officials said.',
      ),
    ).not.toContain('turkey/rebels-as-target/oppose');
  });

  it('"… the US military said" with no other side named keeps the teller (written)', () => {
    expect(t('Jets launched strikes on Daesh near Raqqa the US military said.')).toContain(
      'usa/isis-as-target/oppose',
    );
  });

  it("units of the teller's own keep the teller (written)", () => {
    expect(
      t('Thousands of troops of the United States are launching an attack on Daesh US officials said.'),
    ).toContain('usa/isis-as-target/oppose');
  });
});

describe('a pause in an act', () => {
  it('"Moscow says it will continue a halt on air strikes": no support for the strikes', () => {
    expect(
      t('Moscow says it will continue a halt on air strikes over Aleppo in place since October 18.'),
    ).not.toContain('russia/russian-intervention/support');
  });

  it('"declared a unilateral four-day pause in strikes": no support for the strikes', () => {
    expect(
      t(
        'NOBODY WILL LEAVE Damascus and Moscow declared a unilateral four-day pause in strikes on Oct. 18 promising rebels and residents safe passage to leave the city and have extended it for most days since although some attacks have continued.',
      ),
    ).not.toContain('russia/russian-intervention/support');
  });

  it('"will continue its strikes" still supports them (written)', () => {
    expect(t('Moscow says it will continue its strikes over Aleppo.')).toContain(
      'russia/russian-intervention/support',
    );
  });
});

describe('a word of a court’s name', () => {
  it('"calls … by France and the US for an ICC [International Criminal Court] investigation"', () => {
    expect(
      t(
        '"The case against Russia and Syria is clear and backed by firm evidence. The UK government must add its weight to calls already being made by France and the US for an ICC [International Criminal Court] investigation" said Welsh nationalist MP Hywel Williams.',
      ),
    ).not.toContain('uk/usa-as-target/oppose');
  });

  it('"the US State Department released a report stating that Syria continues to use chemical substances": a speech word stays one', () => {
    expect(
      t(
        'However in June 2016 the US State Department released a report stating that Syria continues to use chemical substances against citizens and can also stockpile chemical weapons.',
      ),
    ).toContain('usa/syria-as-target/oppose');
  });

  it('"the criminal acts perpetrated by Russia": the lower-case word is still a cue', () => {
    expect(
      t(
        'The Syrian Coalition said that this barbaric attack on the hospital represents a continuation of the criminal acts perpetrated by Russia aimed to quell the Syrian revolution and force the Syrian people to agree to Russian dictations.',
      ),
    ).toContain('opposition/russia-as-target/oppose');
  });
});

describe('an alternative put before someone', () => {
  it('"two hard choices: either to accept Assads terms … or …" is no support for Assad', () => {
    expect(
      t(
        'Vice-president of the Syrian Coalition Muwaffaq Nyrabia said that Russias policies in Syria are designed to put Syrians in front of two hard choices: either to accept Assads terms in the Geneva negotiations or the bombing and destruction of whole cities and vital civilian facilities will continue.',
      ),
    ).not.toContain('opposition/syria-as-target/support');
  });

  it('"agreed to accept the terms" is still support (written)', () => {
    expect(t('The Syrian Coalition agreed to accept Assads terms in the Geneva negotiations.')).toContain(
      'opposition/syria-as-target/support',
    );
  });
});

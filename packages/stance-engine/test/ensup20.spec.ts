// Round ensup20: who takes the side of a pact named with a participle or a framing deal. A
// participle after a truce may follow an untracked place ("a ceasefire in Aleppo announced by
// Russia") or a manner adverb ("Ceasefire repeatedly violated by regime forces"); a relative
// pronoun after "between X and Y" takes the truce before the phrase as its antecedent; the
// parties of a deal that frames a course of action ("a de-escalation zone agreed under a deal
// between Russia and Iran and opposition backer Turkey") take its side, the owner of a siding
// title in their list does not. The Arabic article of a name matches in either case ("al-Nusra"
// for a codebook's "Al-Nusra"). Sentences from corpus/news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'ensup20-unit-tests',
  actors: [
    en('russia', 'country', ['Russia', 'Moscow']),
    en('usa', 'country', ['United States', 'Washington', 'US']),
    en('iran', 'country', ['Iran']),
    en('turkey', 'country', ['Turkey']),
    en('syrian-government', 'government', ['Syrian regime', 'regime forces', 'regime', 'Syrian army']),
    en('nusra', 'armed-group', ['Al-Nusra', 'Nusra Front']),
    en('fsa', 'armed-group', ['FSA', 'Free Syrian Army']),
    en('isis', 'armed-group', ['IS', 'ISIS']),
    en('syrian-opposition', 'organization', ['opposition', 'Syrian opposition']),
  ],
  topics: [
    ...targetTopics(['syrian-opposition', 'syrian-government', 'nusra', 'fsa', 'isis']),
    {
      id: 'syria-ceasefire',
      label: { en: 'Ceasefires in Syria' },
      pro: { en: ['ceasefire', 'truce', 'de-escalation zone', 'de-escalation zones'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });
const SYRIA = 'Fighting went on in Syria on Friday. ';

describe('ensup20: participles after a truce', () => {
  it('past an untracked place: "a ceasefire in Aleppo announced by Russia"', () => {
    const found = triples(
      SYRIA +
        'A 48-hour ceasefire in Aleppo announced by Russia on Thursday has had little impact on fighting and air strikes and shelling have continued in and around the city since then.',
    );
    expect(found).toContain('russia/syria-ceasefire/support');
  });

  it('past a manner adverb: "Ceasefire repeatedly violated by regime forces"', () => {
    const found = triples(SYRIA + 'Ceasefire repeatedly violated by regime forces in some areas.');
    expect(found).toContain('syrian-government/syria-ceasefire/oppose');
  });

  it('not past a hedge: "a truce allegedly violated by"', () => {
    const found = triples(SYRIA + 'A truce allegedly violated by regime forces in some areas.');
    expect(found).not.toContain('syrian-government/syria-ceasefire/oppose');
  });

  it('a relative after "between X and Y" refers to the truce, not to Y', () => {
    const found = triples(
      SYRIA +
        'A brief ceasefire between the Russian-backed regime and US-backed opposition groups that was mediated by Washington and Moscow collapsed last month.',
    );
    expect(found).toContain('russia/syria-ceasefire/support');
    expect(found).toContain('usa/syria-ceasefire/support');
    expect(found).not.toContain('russia/syrian-opposition-as-target/support');
    expect(found).not.toContain('usa/syrian-opposition-as-target/support');
  });
});

describe('ensup20: the parties of a deal that frames a course of action', () => {
  it('"agreed under a deal earlier this year between …": every party, not the title owner', () => {
    const found = triples(
      SYRIA +
        'Atareb is in the west of Aleppo province in an area that is part of a "de-escalation zone" agreed under a deal earlier this year between the regimes allies Russia and Iran and opposition backer Turkey.',
    );
    expect(found).toContain('russia/syria-ceasefire/support');
    expect(found).toContain('iran/syria-ceasefire/support');
    expect(found).toContain('turkey/syria-ceasefire/support');
    expect(found).not.toContain('syrian-opposition/syria-ceasefire/support');
  });

  it('"as part of a deal agreed between Russia Iran and Turkey"', () => {
    const found = triples(
      SYRIA +
        'On Tuesday a rebel group launched an attack on a regime military base in the area which is supposed to be a so-called "de-escalation zone" as part of a deal agreed between Russia Iran and Turkey to bring violence levels down.',
    );
    expect(found).toContain('russia/syria-ceasefire/support');
    expect(found).toContain('turkey/syria-ceasefire/support');
  });

  it('a truce compounded with a deal noun: "a truce deal agreed by …"', () => {
    const found = triples(
      SYRIA +
        'Douma lies in the Eastern Ghouta region where a truce deal agreed by regime allies Iran and Russia was in place.',
    );
    expect(found).toContain('iran/syria-ceasefire/support');
    expect(found).toContain('russia/syria-ceasefire/support');
  });

  it('a deal with no course of action before it lends no side', () => {
    const found = triples(
      SYRIA +
        'Hundreds of residents were evacuated from the northern towns of Fuaa and Kafraya under a deal reached between the regime and rebels.',
    );
    expect(found.filter((t) => t.endsWith('/syria-ceasefire/support'))).toEqual([]);
  });

  it('a ceasefire as background is no stance: "since the ceasefire took effect"', () => {
    const found = triples(
      SYRIA +
        'An opposition source said that this was the first civilian casualty in Aleppo since the ceasefire took effect three days ago.',
    );
    expect(found.filter((t) => t.includes('/syria-ceasefire/'))).toEqual([]);
  });
});

describe('ensup20: the Arabic article of a name in either case', () => {
  it('"al-Nusra" is the codebook\'s "Al-Nusra", as holder and as target', () => {
    const found = triples(
      SYRIA +
        'Former FSA Deputy Chief of Staff Colonel Haitham Afisi said that over the past eight months al-Nusra had also attacked fighters from groups including the FSA SRF Hazzm Maarat al-Noman martyrs brigade.',
    );
    expect(found).toContain('nusra/fsa-as-target/oppose');
    const ambush = triples(
      SYRIA +
        'The Syrian army men for their part ambushed a group of al-Nusra fighters near Wadi al-Ezeib on Salamiyah-Ithriya road which ended in the killing of most of he groups members.',
    );
    expect(ambush).toContain('syrian-government/nusra-as-target/oppose');
  });

  it('other capitals still must match: "is" is not "IS"', () => {
    const found = triples(
      SYRIA +
        'Atareb is in the west of Aleppo province in an area that is part of a "de-escalation zone" agreed under a deal earlier this year between Syrias allies Russia and Iran and rebel backer Turkey.',
    );
    expect(found.filter((t) => t.startsWith('isis/') || t.includes('/isis-as-target/'))).toEqual([]);
  });
});

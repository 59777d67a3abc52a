// English holders named outside the sentence that holds the stance: a trailing "he said" after
// first-person words (the names in the quoted words are no antecedents); an official who speaks
// for a state as the subject a later "he" means and the subject of the proximity reading; a
// body named in full with a possessive written without its apostrophe, then "the coalition";
// "the senator/governor" after "Sen./Gov. <Name>". Sentences from corpus/news-en.jsonl, and
// contrasts written of their phrases.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enholder-unit-tests',
  actors: [
    en('usa', 'country', ['United States', 'US', 'U.S.', 'Washington']),
    en('tillerson', 'person', ['Rex Tillerson', 'Tillerson'], { memberOf: ['usa'] }),
    en('syrian-government', 'government', [
      'Syria',
      'Damascus',
      'Syrian government',
      'Assad regime',
      'Assads regime',
    ]),
    en('isis', 'armed-group', ['Islamic State', 'Daesh', 'ISIL', 'IS']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
    en('jordan', 'country', ['Jordan']),
    en('kerry', 'person', ['John Kerry', 'Kerry'], { memberOf: ['usa'] }),
    en('ypg', 'armed-group', ['YPG']),
    en('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    en('us-led-coalition', 'other', ['US-led coalition', 'U.S.-led coalition']),
    en('rubio', 'person', ['Marco Rubio', 'Rubio']),
    en('lepage', 'person', ['Paul LePage', 'LePage']),
    en('republicans', 'party', ['Republicans', 'Senate Republicans']),
    en('trump', 'person', ['Donald Trump', 'Trump']),
    en('pence', 'person', ['Mike Pence', 'Pence']),
  ],
  topics: targetTopics(['syrian-government', 'isis', 'ypg', 'sdf', 'lepage', 'trump', 'rubio']),
};
const triples = triplesWith(CODEBOOK, { lang: 'en', published_at: '2017-03-20' });

describe('a trailing "he said" after first-person words', () => {
  const lead =
    'The top priority for the United States in Syria is to defeat Daesh Secretary of State Rex Tillerson said at a TV interview on Sunday. ';

  it('"“Once Daesh threat has been reduced … I think we can …” he said" is Tillerson\'s', () => {
    expect(
      triples(
        lead +
          '"Once Daesh threat has been reduced or eliminated I think we can turn our attention directly to stabilising the situation in Syria" he said.',
      ),
    ).toContain('tillerson/isis-as-target/oppose');
    expect(triples(lead + '“We will destroy Daesh,” he told reporters in a statement.')).toContain(
      'tillerson/isis-as-target/oppose',
    );
  });

  it('not words about others ("the alliance should …" he added): the previous subject is not "he"', () => {
    const got = triples(
      'Marwah called on the international community to put pressure on Assads regime to stop the massacres immediately. ' +
        '"The international alliance should add Assads positions to the locations it is targeting in its attacks on the Islamic State group in Syria" he added.',
    );
    expect(got).not.toContain('syrian-government/isis-as-target/oppose');
  });

  it('not a speaker named three sentences back, nor "he said" before a clause of its own', () => {
    expect(
      triples(
        'Tillerson spoke on Sunday. Residents fled the town. Nobody came. "We will destroy Daesh" he said.',
      ),
    ).not.toContain('tillerson/isis-as-target/oppose');
    expect(
      triples('Tillerson spoke on Sunday. "We will destroy Daesh" he said adding that Turkey had agreed.'),
    ).not.toContain('tillerson/isis-as-target/oppose');
  });
});

describe('an official who speaks for a state is the subject actor', () => {
  it('"Turkish Foreign Minister … met Kerry … . He condemned the YPG": Turkey, not Kerry', () => {
    const got = triples(
      'Turkish Foreign Minister Mevlut Cavusoglu met Kerry in Ankara on Monday. He condemned the YPG.',
    );
    expect(got).toContain('turkey/ypg-as-target/oppose');
    expect(got).not.toContain('kerry/ypg-as-target/oppose');
  });

  it('"a unit of the Syrian armed forces destroyed two dens for ISIL terrorists", "Jordanian war planes … raids against Islamic State"', () => {
    expect(
      triples(
        'In Deir Ezzor a unit of the Syrian armed forces destroyed two dens for ISIL terrorists in Nazlet al-Rdeisat the city killing and injuring several of them.',
      ),
    ).toContain('syrian-government/isis-as-target/oppose');
    expect(
      triples(
        'Jordanian war planes participating in the alliance carried out bombing raids against Islamic State targets on Thursday Jordanian state TV reported without giving the location of the air strikes.',
      ),
    ).toContain('jordan/isis-as-target/oppose');
  });
});

describe('an official who speaks for a state speaks a quotation', () => {
  it('"“… . We condemn the YPG” Turkish Foreign Minister Mevlut Cavusoglu said": both sentences Turkey\'s', () => {
    const got = triples(
      '"We will fight Daesh until the end. We condemn the YPG" Turkish Foreign Minister Mevlut Cavusoglu said.',
    );
    expect(got).toContain('turkey/isis-as-target/oppose');
    expect(got).toContain('turkey/ypg-as-target/oppose');
    expect(
      triples('“We will fight Daesh until the end. We condemn the YPG,” a Turkish official said.'),
    ).toContain('turkey/isis-as-target/oppose');
  });

  it('not a headline run glued to the story ("Turkish Army Seizes Armed Insurgent …")', () => {
    expect(
      triples(
        'Turkish Army Seizes Armed Insurgent at Turkish-Syrian Border Syrian forces managed to regain the territory located some 48 kilometers south of the Turkish border.',
      ),
    ).toEqual([]);
  });
});

describe('a body named with a possessive without apostrophe keeps its head noun', () => {
  it('"US-led coalitions strikes … . The coalition conducts strikes … to support the SDF"', () => {
    expect(
      triples(
        'Civilians were killed in US-led coalitions strikes near Raqqa on Friday. The coalition conducts strikes in Raqqa to support the Syrian Democratic Forces.',
      ),
    ).toContain('us-led-coalition/sdf-as-target/support');
  });
});

describe('"the senator", "the governor" after "Sen. <Name>", "Gov. <Name>"', () => {
  it('the person the article introduced with the title', () => {
    expect(
      triples('Sen. Marco Rubio spoke in Miami on Monday. The senator criticized Donald Trump.'),
    ).toContain('rubio/trump-as-target/oppose');
    expect(
      triples(
        'Gov. Paul LePage apologized on Tuesday. Senate Republicans said they still had concerns about the governor.',
      ),
    ).toContain('republicans/lepage-as-target/oppose');
  });

  it('none after a senator we do not track, and "Vice President Mike Pence" is no "president"', () => {
    expect(
      triples(
        'Sen. Marco Rubio spoke in Miami. Sen. John Doe spoke later. The senator criticized Donald Trump.',
      ),
    ).toEqual([]);
    expect(triples('Vice President Mike Pence spoke in Miami. The senator criticized Donald Trump.')).toEqual(
      [],
    );
  });
});

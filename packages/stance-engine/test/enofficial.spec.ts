// A tracked person the article introduces as an official of a tracked body — by a title before the
// name ("Member of the Syrian Coalition's political committee Adnan Rahmoun", "Director of the
// Syrian Observatory … Rami Abdel Rahman") or in apposition after it ("X, a commander of al-Nusra,")
// — speaks for that body too. Not a past office ("a former commander"), a mere member ("a member
// of X"), a state, a government or a party (their heads and members speak for themselves).
// Sentences from corpus/news-en.jsonl, and contrasts written of their phrases.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'enofficial-unit-tests',
  actors: [
    en('coalition', 'organization', ['Syrian Coalition', 'Syrian National Coalition']),
    en('rahmoun', 'person', ['Adnan Rahmoun', 'Rahmoun'], { memberOf: ['coalition'] }),
    en('russia', 'country', ['Russia', 'Moscow']),
    en('nusra', 'armed-group', ['al-Nusra', 'Nusra Front']),
    en('golani', 'person', ['Abu Mohammad al-Golani', 'Golani']),
    en('alawites', 'other', ['Alawites']),
    en('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
    en('rami', 'person', ['Rami Abdel Rahman']),
    en('us-led-coalition', 'other', ['international coalition', 'US-led coalition']),
    en('syrian-government', 'government', ['Syrian regime', 'Assad regime', 'Syrian government']),
    en('assad', 'person', ['Bashar al-Assad', 'Assad']),
    en('republicans', 'party', ['Republican Party', 'Republicans']),
    en('mcconnell', 'person', ['Mitch McConnell', 'McConnell']),
  ],
  topics: targetTopics(['russia', 'alawites', 'us-led-coalition']),
};
const triples = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-10-01' });

describe('a tracked person introduced as an official of a tracked body speaks for it', () => {
  it('"Member of the Syrian Coalition\'s political committee Adnan Rahmoun condemned …"', () => {
    const got = triples(
      "Member of the Syrian Coalition's political committee Adnan Rahmoun condemned the escalating war crimes being committed by the Russian forces in Idlib and Aleppo.",
    );
    expect(got).toContain('rahmoun/russia-as-target/oppose');
    expect(got).toContain('coalition/russia-as-target/oppose');
  });

  it('"The Director of the Syrian Observatory for Human Rights Rami Abdel Rahman told AFP that …"', () => {
    const got = triples(
      'The Director of the Syrian Observatory for Human Rights Rami Abdel Rahman told AFP that the bombing carried out by the international coalition targeted the outskirts of the village of Tokhar at dawn yesterday which resulted in 56 civilians dying including 11 children.',
    );
    expect(got).toContain('rami/us-led-coalition-as-target/oppose');
    expect(got).toContain('sohr/us-led-coalition-as-target/oppose');
  });

  it('in apposition: "Abu Mohammad al-Golani, a commander of al-Nusra, threatened …"', () => {
    const got = triples(
      'Last month Abu Mohammad al-Golani, a commander of al-Nusra, threatened to target Alawites with rockets in Syria.',
    );
    expect(got).toContain('golani/alawites-as-target/oppose');
    expect(got).toContain('nusra/alawites-as-target/oppose');
  });

  it('the corpus spelling without commas (a proximity reading): "… al-Golani a commander of al-Nusra threatened …"', () => {
    const got = triples(
      'Last month Abu Mohammad al-Golani a commander of al-Nusra threatened to target Alawites with rockets.',
    );
    expect(got).toContain('golani/alawites-as-target/oppose');
    expect(got).toContain('nusra/alawites-as-target/oppose');
  });

  it('a later statement of the same person is the body\'s too ("Rahmoun called upon …")', () => {
    const got = triples(
      "Member of the Syrian Coalition's political committee Adnan Rahmoun spoke in Istanbul on Monday. Rahmoun condemned Russia for the massacres in Idlib.",
    );
    expect(got).toContain('coalition/russia-as-target/oppose');
  });
});

describe('no office, no body', () => {
  it('a past office: "Abu Mohammad al-Golani, a former commander of al-Nusra, threatened …"', () => {
    const got = triples(
      'Abu Mohammad al-Golani, a former commander of al-Nusra, threatened to target Alawites with rockets in Syria.',
    );
    expect(got).toContain('golani/alawites-as-target/oppose');
    expect(got).not.toContain('nusra/alawites-as-target/oppose');
  });

  it('a mere member: "Adnan Rahmoun, a member of the Syrian Coalition, condemned …"', () => {
    const got = triples(
      'Adnan Rahmoun, a member of the Syrian Coalition, condemned Russia for the massacres in Idlib.',
    );
    expect(got).toContain('rahmoun/russia-as-target/oppose');
    expect(got).not.toContain('coalition/russia-as-target/oppose');
  });

  it('a government\'s or a party\'s leader: "Syrian regime leader Bashar al-Assad", "Republican Party leader Mitch McConnell"', () => {
    const assad = triples(
      'Syrian regime leader Bashar al-Assad condemned the international coalition for the massacres in Syria.',
    );
    expect(assad).toContain('assad/us-led-coalition-as-target/oppose');
    expect(assad).not.toContain('syrian-government/us-led-coalition-as-target/oppose');
    const mcconnell = triples(
      'Republican Party leader Mitch McConnell condemned Russia for the massacres in Syria.',
    );
    expect(mcconnell).toContain('mcconnell/russia-as-target/oppose');
    expect(mcconnell).not.toContain('republicans/russia-as-target/oppose');
  });

  it('an untracked former official: "Naim Qassem, a former Nusra Front official, condemned …" gives the body nothing', () => {
    expect(
      triples('Naim Qassem, a Nusra Front official, condemned Russia for the massacres in Syria.'),
    ).toContain('nusra/russia-as-target/oppose');
    expect(
      triples('Naim Qassem, a former Nusra Front official, condemned Russia for the massacres in Syria.'),
    ).not.toContain('nusra/russia-as-target/oppose');
    expect(
      triples(
        'Abu Hatem, a former commander of the Nusra Front, condemned Russia for the massacres in Syria.',
      ),
    ).not.toContain('nusra/russia-as-target/oppose');
  });
});

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'enofficial-arabic-unit-tests',
  actors: [
    ar('hamas', 'armed-group', ['حركة حماس', 'حماس']),
    ar('marzouk', 'person', ['موسى أبو مرزوق', 'أبو مرزوق']),
    ar('israel', 'country', ['إسرائيل']),
  ],
  topics: targetTopics(['israel'], ['ar']),
};
const arTriples = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });

describe('Arabic parity: an official placed in a body, named and tracked', () => {
  it('"موسى أبو مرزوق، عضو المكتب السياسي لحركة حماس،" and "القيادي في حماس موسى أبو مرزوق" speak for Hamas', () => {
    for (const text of [
      'وأدان موسى أبو مرزوق، عضو المكتب السياسي لحركة حماس، إسرائيل على جرائمها في غزة',
      'وأدان موسى أبو مرزوق، القيادي في حماس، إسرائيل على جرائمها في غزة',
      'وقال القيادي في حماس موسى أبو مرزوق إن إسرائيل ترتكب جرائم في غزة',
    ]) {
      const got = arTriples(text);
      expect(got).toContain('marzouk/israel-as-target/oppose');
      expect(got).toContain('hamas/israel-as-target/oppose');
    }
  });

  it('not a past office (القيادي السابق) or a mere member (عضو حماس)', () => {
    for (const text of [
      'وأدان موسى أبو مرزوق، القيادي السابق في حماس، إسرائيل على جرائمها في غزة',
      'وأدان موسى أبو مرزوق، عضو حماس، إسرائيل على جرائمها في غزة',
    ]) {
      const got = arTriples(text);
      expect(got).toContain('marzouk/israel-as-target/oppose');
      expect(got).not.toContain('hamas/israel-as-target/oppose');
    }
  });
});

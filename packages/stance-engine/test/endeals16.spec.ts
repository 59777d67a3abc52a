// Pacts named with their parties: "under a deal between X, Y and Z", "under a U.S.-Russian deal",
// "the US-Russia-led truce". Sentences are real ones from corpus/news-en.jsonl and news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const actor = (
  id: string,
  kind: 'country' | 'government' | 'armed-group',
  en: string[],
  ar: string[] = [],
) => ({
  id,
  kind,
  names: { en, ar },
  roles: [],
  memberOf: [],
});
const target = (id: string) => ({ id: `${id}-as-target`, actor: id, label: { en: id }, pro: {}, anti: {} });

const CODEBOOK: Codebook = {
  version: 1,
  name: 'endeals16-unit-tests',
  actors: [
    actor('usa', 'country', ['United States', 'US', 'U.S.', 'Washington', 'American'], ['الولايات المتحدة']),
    actor('russia', 'country', ['Russia', 'Moscow', 'Russian'], ['روسيا']),
    actor('turkey', 'country', ['Turkey', 'Ankara', 'Turkish'], ['تركيا']),
    actor('iran', 'country', ['Iran', 'Tehran', 'Iranian'], ['إيران']),
    actor('syrian-government', 'government', ['Syrian government', 'regime'], ['النظام السوري']),
    actor('rebels', 'armed-group', ['rebels', 'opposition fighters'], ['الفصائل المسلحة']),
  ],
  topics: [
    {
      id: 'syria-ceasefire',
      label: { en: 'Ceasefires in Syria' },
      pro: { en: ['ceasefire', 'truce', 'cessation of hostilities', 'de-escalation zone'] },
      anti: {},
    },
    {
      id: 'chemical-disarmament',
      label: { en: 'Chemical disarmament of Syria' },
      pro: { en: ['Chemical Weapons Convention', 'destroy its chemical weapons'] },
      anti: {},
    },
    target('usa'),
    target('russia'),
    target('turkey'),
    target('iran'),
    target('syrian-government'),
    target('rebels'),
  ],
};
const en = triplesWith(CODEBOOK, { lang: 'en', published_at: '2017-06-01' });
const ar = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2017-06-01' });

describe('parties of a pact under which an act is done', () => {
  it('a hyphenated pair: both support the act the pact frames', () => {
    const found = en(
      'Following the 2013 Ghouta attack the Syrian government joined the international Chemical Weapons Convention under a U.S.-Russian deal.',
    );
    expect(found).toContain('usa/chemical-disarmament/support');
    expect(found).toContain('russia/chemical-disarmament/support');
  });

  it('a list after "between": each party supports the act, and the others', () => {
    const found = en(
      'Eastern Ghouta is supposed to be part of a de-escalation zone under a deal between Russia Iran and Turkey aimed at reducing the level of violence.',
    );
    for (const a of ['russia', 'iran', 'turkey']) expect(found).toContain(`${a}/syria-ceasefire/support`);
    expect(found).toContain('turkey/russia-as-target/support');
    expect(found).toContain('iran/turkey-as-target/support');
    expect(found).toContain('russia/iran-as-target/support');
  });

  it('a hyphenated pair leading a truce supports it', () => {
    const found = en(
      'The airstrikes on and around Aleppo mark another violation to the US-Russia-led truce agreed in February.',
    );
    expect(found).toContain('usa/syria-ceasefire/support');
    expect(found).toContain('russia/syria-ceasefire/support');
  });
});

describe('pacts that make no allies', () => {
  it('a state and an armed group settling a fight support the act, not each other', () => {
    const found = en(
      'The evacuations were taking place under a deal between Syrias regime and rebels that is also seeing residents and rebels transported out of Madaya and Zabadani towns near Damascus.',
    );
    expect(found).not.toContain('rebels/syrian-government-as-target/support');
    expect(found).not.toContain('syrian-government/rebels-as-target/support');
  });

  it('a three-party list with an armed group among states is a settlement', () => {
    const found = en('The agreement between Russia, the regime and rebels collapsed.');
    expect(found).not.toContain('rebels/russia-as-target/support');
    expect(found).not.toContain('russia/rebels-as-target/support');
  });

  it('a proposed or possible deal is a prediction', () => {
    expect(en('A proposed deal between Turkey and Russia would create safe zones.')).toEqual([]);
    expect(en('Analysts fear a possible deal between Turkey, Russia and Iran.')).toEqual([]);
  });

  it('a single-party "X-brokered" modifier is a label', () => {
    expect(en('On Tuesday the eighth round of Russia-brokered talks will kick off.')).toEqual([]);
  });
});

describe('Arabic pacts of three parties', () => {
  it('"الاتفاق بين تركيا وإيران وروسيا": each supports the others', () => {
    const found = ar(
      'وقالت إن وجود 400 قتيل يعكس فشل محادثات استانا التي تم خلالها الاتفاق بين تركيا وإيران وروسيا على إنشاء مناطق "خفض توتر" للحد من العنف في سوريا.',
    );
    expect(found).toContain('turkey/russia-as-target/support');
    expect(found).toContain('russia/iran-as-target/support');
    expect(found).toContain('iran/turkey-as-target/support');
  });
});

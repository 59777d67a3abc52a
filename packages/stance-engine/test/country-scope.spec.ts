import { inCountryScope } from '../src/extract/mentions.js';
import { compileCodebook, extractStatements } from '../src/index.js';
import type { Codebook } from '@stance/codebook';

// A codebook about Iraq names its elections "الانتخابات" and its parliament "مجلس النواب"; in a
// story that names other countries but never Iraq those words are another country's (sentences
// from news-ar). A topic is set in the countries its label names after "in"/"في".
const IRAQ_CODEBOOK: Codebook = {
  version: 1,
  name: 'country-scope',
  actors: [
    { id: 'erdogan', kind: 'person', names: { ar: ['رجب طيب أردوغان', 'أردوغان'] }, roles: [], memberOf: [] },
    {
      id: 'iraqi-parliament',
      kind: 'government',
      names: { ar: ['مجلس النواب العراقي', 'مجلس النواب'], en: ['Iraqi parliament'] },
      roles: [],
      memberOf: [],
    },
    { id: 'tax-law', kind: 'other', names: { ar: ['قانون الضريبة'] }, roles: [], memberOf: [] },
  ],
  topics: [
    {
      id: 'iraq-elections',
      label: { ar: 'إجراء الانتخابات في العراق', en: 'Holding elections in Iraq' },
      pro: { ar: ['الانتخابات'], en: ['elections'] },
      anti: { ar: ['مقاطعة الانتخابات'] },
    },
    { id: 'tax-law-as-target', actor: 'tax-law', label: { ar: 'قانون الضريبة' }, pro: {}, anti: {} },
  ],
};
const compiled = compileCodebook(IRAQ_CODEBOOK);
const triples = (text: string): string[] =>
  extractStatements(compiled, { id: 't', text }).map((s) => `${s.actor}/${s.topic}/${s.stance}`);

describe('topics and institutions tied to a country', () => {
  const turkishVote =
    'ويسعى الرئيس التركي رجب طيب أردوغان للفوز بفترة رئاسية ثانية في الانتخابات التي ستجري في 25 يونيو/حزيران الجاري.';

  it('need the article to name that country when it names another', () => {
    expect(triples(turkishVote)).toEqual([]);
    // Naming no country at all is no sign of another setting.
    expect(triples('ودعا أردوغان إلى المشاركة في الانتخابات.')).toEqual(['erdogan/iraq-elections/support']);
    expect(triples(`تشهد تركيا والعراق انتخابات هذا العام. ${turkishVote}`)).toEqual([
      'erdogan/iraq-elections/support',
    ]);
  });

  it('reads an institution under a bare alias only where its country is named', () => {
    expect(triples('وفي الأردن رفض مجلس النواب قانون الضريبة.')).toEqual([]);
    expect(triples('ورفض مجلس النواب العراقي قانون الضريبة.')).toEqual([
      'iraqi-parliament/tax-law-as-target/oppose',
    ]);
    expect(triples('عاد النواب إلى بغداد. ورفض مجلس النواب قانون الضريبة.')).toEqual([
      'iraqi-parliament/tax-law-as-target/oppose',
    ]);
  });
});

describe('inCountryScope', () => {
  const iq = new Set(['IQ']);
  const trIq = new Set(['TR', 'IQ']);
  it('keeps what a story names, or a story naming no country', () => {
    expect(inCountryScope(iq, new Set(['IQ', 'US']))).toBe(true);
    expect(inCountryScope(iq, new Set())).toBe(true);
    expect(inCountryScope(undefined, new Set(['TR']))).toBe(true);
    expect(inCountryScope(trIq, new Set(['TR', 'IQ', 'SY']))).toBe(true);
  });

  it('drops what is tied to a country the story leaves out while naming another', () => {
    expect(inCountryScope(iq, new Set(['TR']))).toBe(false);
    // Turkish operations in Iraq, in a story about Afrin that names Turkey and Syria only.
    expect(inCountryScope(trIq, new Set(['TR', 'SY']))).toBe(false);
    // Naming only countries the topic itself names leaves no other setting.
    expect(inCountryScope(trIq, new Set(['TR']))).toBe(true);
  });
});

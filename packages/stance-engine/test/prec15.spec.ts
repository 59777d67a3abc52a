// Four readings that gave a side to someone who takes none: an act called on to stop, a hostile
// act between a cue and its victim, a speaker after "and its allies" with the comma lost, and
// reports received of an act. Sentences are real ones (short excerpts) from corpus/news-*.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'prec15-unit-tests',
  actors: [
    { id: 'russia', kind: 'country', names: { ar: ['روسيا'], en: ['Russia'] }, roles: [], memberOf: [] },
    { id: 'israel', kind: 'country', names: { ar: ['إسرائيل'] }, roles: [], memberOf: [] },
    { id: 'syria', kind: 'country', names: { ar: ['سوريا'], en: ['Syria'] }, roles: [], memberOf: [] },
    { id: 'kuwait', kind: 'country', names: { ar: ['الكويت'] }, roles: [], memberOf: [] },
    { id: 'houthis', kind: 'armed-group', names: { ar: ['الحوثي'] }, roles: [], memberOf: [] },
    { id: 'coalition', kind: 'party', names: { en: ['Syrian Coalition'] }, roles: [], memberOf: [] },
    { id: 'nusra', kind: 'armed-group', names: { en: ['Al Nusra Front'] }, roles: [], memberOf: [] },
    {
      id: 'sohr',
      kind: 'organization',
      names: { en: ['Syrian Observatory for Human Rights'] },
      roles: [],
      memberOf: [],
    },
    { id: 'un', kind: 'organization', names: { en: ['U.N.'] }, roles: [], memberOf: [] },
    { id: 'regime', kind: 'government', names: { en: ['regime'] }, roles: [], memberOf: [] },
  ],
  topics: [
    { id: 'syria-as-target', actor: 'syria', label: { ar: 'سوريا' }, pro: {}, anti: {} },
    { id: 'israel-as-target', actor: 'israel', label: { ar: 'إسرائيل' }, pro: {}, anti: {} },
    { id: 'houthis-as-target', actor: 'houthis', label: { ar: 'الحوثي' }, pro: {}, anti: {} },
    { id: 'nusra-as-target', actor: 'nusra', label: { en: 'Nusra' }, pro: {}, anti: {} },
    {
      id: 'offensives',
      label: { en: 'offensives' },
      pro: { en: ['aerial bombardment', 'bombardment'] },
      anti: {},
    },
  ],
};
const ar = triplesWith(CODEBOOK, { lang: 'ar' });
const en = triplesWith(CODEBOOK, { lang: 'en' });

describe('an act called on to stop is the addressee’s', () => {
  it('the caller opposes the addressee, not the victim of its act', () => {
    const found = ar('دعت روسيا إسرائيل إلى الكف عن استهداف سوريا.');
    expect(found).toContain('russia/israel-as-target/oppose');
    expect(found).not.toContain('russia/syria-as-target/oppose');
  });

  it('an act carried on is still its doer’s', () => {
    expect(ar('واصلت إسرائيل استهداف سوريا.')).toContain('israel/syria-as-target/oppose');
  });

  it('the act’s named agent after ل is still opposed by the caller', () => {
    const found = ar(
      'وأكد مندوب الكويت داعياً مجلس الأمن للتدخل لوقف الهجمات الصاروخية لميليشيات الحوثي على السعودية.',
    );
    expect(found).toContain('kuwait/houthis-as-target/oppose');
  });
});

describe('English fallbacks across an act or a report', () => {
  it('condemning the escalating aggression on Syria is no support of Syria', () => {
    const found = en(
      'The Syrian Coalition strongly condemned the escalating Russian aggression on Syria after rebels managed to break the siege on Aleppo.',
    );
    expect(found).not.toContain('coalition/syria-as-target/support');
  });

  it('a speaker after "and its allies" (comma lost) is not one of the allies', () => {
    const found = en(
      'Idlib which is held by Al Qaeda affiliate Al Nusra Front and its allies the Syrian Observatory for Human Rights said.',
    );
    expect(found).not.toContain('sohr/nusra-as-target/support');
  });

  it('an ally named after "and its ally" is a label, no side taken (supact74)', () => {
    expect(en('Syria and its ally Russia said on Monday they would fight on.')).not.toContain(
      'russia/syria-as-target/support',
    );
  });

  it('receiving reports of bombardment takes no side; carrying it on does', () => {
    expect(
      en('The U.N. continues to receive "distressing reports of aerial bombardment" in Idlib.'),
    ).not.toContain('un/offensives/support');
    expect(en('The regime continues its aerial bombardment of Idlib.')).toContain(
      'regime/offensives/support',
    );
  });
});

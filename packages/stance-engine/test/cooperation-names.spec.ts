// "التعاون" in the name of a body or office ("مجلس التعاون الخليجي", "وزير الخارجية والتعاون
// الدولي") is no pact; standing with someone is read past an adverb of how firmly ("وقوف بلاده
// "دوما" مع السعودية"). First sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'cooperation-names-unit-tests',
  actors: [
    actor('saudi', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('uae', 'country', ['الإمارات العربية المتحدة', 'الإمارات']),
    actor('kuwait', 'country', ['الكويت', 'دولة الكويت']),
    actor('us', 'country', ['الولايات المتحدة']),
    actor('hezbollah', 'armed-group', ['حزب الله']),
    // A person of a country, so that "بلاده" is read as an official's country.
    actor('trump', 'person', ['ترامب'], { memberOf: ['us'] }),
  ],
  topics: [
    { id: 'saudi-as-target', label: { ar: 'السعودية' }, actor: 'saudi', pro: {}, anti: {} },
    { id: 'uae-as-target', label: { ar: 'الإمارات' }, actor: 'uae', pro: {}, anti: {} },
    { id: 'hezbollah-as-target', label: { ar: 'حزب الله' }, actor: 'hezbollah', pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-10-12T00:00:00Z' });

describe('Arabic cooperation in names of bodies and offices', () => {
  it('a minister "of foreign affairs and international cooperation" makes no pact; his country stands with Saudi Arabia', () => {
    const found = triples(
      'أكد الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي الإماراتي، مساء الخميس، وقوف بلاده "دوما" مع السعودية؛ مضيفا أن السبب وراء ذلك "أنها وقفة مع الشرف والعز والاستقرار".',
    );
    expect(found).not.toContain('saudi/uae-as-target/support');
    expect(found).toContain('uae/saudi-as-target/support');
  });

  it('the Gulf Cooperation Council in a list of designators gives nobody a pact with the designated', () => {
    const found = triples(
      'وقد صنفت الجامعة العربية والولايات المتحدة وفرنسا ومجلس التعاون الخليجي وكندا واليابان وهولندا، حزب الله كمنظمة إرهابية.',
    );
    expect(found).not.toContain('us/hezbollah-as-target/support');
  });

  it('cooperation as a deed is still read', () => {
    expect(triples('وقالت الإمارات إنها ستواصل التعاون مع السعودية.')).toContain(
      'uae/saudi-as-target/support',
    );
  });
});

describe('Arabic standing with someone past an adverb', () => {
  it('"وقوفها التام إلى جانب": complete standing by is standing by', () => {
    const found = triples(
      'واختتم المصدر تصريحه بالقول، إن دولة الكويت تؤكد وقوفها التام إلى جانب المملكة العربية السعودية وتأييدها لكل ما تتخذه من إجراءات للحفاظ على أمنها واستقرارها.',
    );
    expect(found).toContain('kuwait/saudi-as-target/support');
  });

  it('"وقف" before a noun still stops something', () => {
    expect(triples('ودعت الإمارات إلى وقف القتال مع حزب الله.')).not.toContain(
      'uae/hezbollah-as-target/support',
    );
  });
});

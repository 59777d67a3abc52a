// A built-in untracked name that only extends a codebook name with words restating who it is
// ("وحدات حماية الشعب الكردية" for an operator's "وحدات حماية الشعب") is the codebook actor:
// the longer match must not hide it. Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'codebook-names-masked-unit-tests',
  actors: [
    { id: 'turkey', kind: 'country', names: { ar: ['تركيا', 'أنقرة'] }, roles: [], memberOf: [] },
    { id: 'ypg', kind: 'armed-group', names: { ar: ['وحدات حماية الشعب'] }, roles: [], memberOf: [] },
    { id: 'syria', kind: 'government', names: { ar: ['الجيش السوري'] }, roles: [], memberOf: [] },
  ],
  topics: [
    { id: 'ypg-as-target', actor: 'ypg', label: { ar: 'وحدات حماية الشعب' }, pro: {}, anti: {} },
    { id: 'syria-as-target', actor: 'syria', label: { ar: 'الجيش السوري' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('codebook names inside built-in untracked names', () => {
  it('a people’s adjective after the codebook name keeps the codebook actor', () => {
    expect(
      triples(
        'وبدأت تركيا في 20 يناير بدعم من فصائل سورية موالية لها هجوماً على منطقة عفرين تقول إنه يستهدف وحدات حماية الشعب الكردية، التي تعتبرها أنقرة "ارهابية".',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
  });

  it('a word that makes it another group does not ("الجيش السوري الحر")', () => {
    expect(
      triples(
        'وبدأت تركيا، وحلفاءها من الجيش السوري الحر، في 20 يناير الماضي، عملية عسكرية لطرد مقاتلي وحدات حماية الشعب الكردية من المنطقة المحاذية للحدود التركية.',
      ),
    ).toEqual(['turkey/ypg-as-target/oppose']);
  });
});

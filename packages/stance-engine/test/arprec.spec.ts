// Arabic precision: identifying phrases read as positions. Sentences are real ones from
// corpus/news-ar.jsonl (outside every eval set), shortened where marked.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'arprec-unit-tests',
  actors: [
    { id: 'turkey', kind: 'country', names: { ar: ['تركيا', 'أنقرة'] }, roles: [], memberOf: [] },
    {
      id: 'usa',
      kind: 'country',
      names: { ar: ['الولايات المتحدة', 'واشنطن', 'أمريكا'] },
      roles: [],
      memberOf: [],
    },
    { id: 'eu', kind: 'organization', names: { ar: ['الاتحاد الأوروبي'] }, roles: [], memberOf: [] },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
    { id: 'pkk', kind: 'armed-group', names: { ar: ['حزب العمال الكردستاني'] }, roles: [], memberOf: [] },
  ],
  topics: [
    { id: 'pkk-as-target', actor: 'pkk', label: { ar: 'حزب العمال الكردستاني' }, pro: {}, anti: {} },
    { id: 'turkey-as-target', actor: 'turkey', label: { ar: 'تركيا' }, pro: {}, anti: {} },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('Arabic identifying phrases are no positions', () => {
  it('a list of designators in a relative clause identifies the group', () => {
    const found = triples(
      'ويشن حزب العمال الكردستاني، الذي تعتبره الولايات المتحدة وتركيا والاتحاد الأوروبي منظمة إرهابية، تمردا على الدولة منذ الثمانينيات.',
    );
    expect(found).not.toContain('usa/pkk-as-target/oppose');
    expect(found).not.toContain('eu/pkk-as-target/oppose');
  });

  it('a single designator still takes the side', () => {
    // (Shortened.)
    const found = triples('ويشن حزب العمال الكردستاني، الذي تصنفه أنقرة منظمة إرهابية، تمردا منذ عقود.');
    expect(found).toContain('turkey/pkk-as-target/oppose');
  });

  it('an alliance participle after an untracked noun describes that noun', () => {
    // (Shortened.)
    const found = triples(
      'وتعتبرها أنقرة جماعة "إرهابية" متحالفة مع متمردي حزب العمال الكردستاني، الذين يقاتلون داخل حدود تركيا.',
    );
    expect(found).not.toContain('turkey/pkk-as-target/support');
    expect(found).not.toContain('pkk/turkey-as-target/support');
  });

  it('wanting X to do something is no support of X', () => {
    const found = triples(
      'أمريكا تريد لإيران أن تعود إلى طهران وتنهي كل حضور لها في المنطقة، كما تريد لها أن تنهي برنامج صواريخها الباليستية.',
    );
    expect(found).not.toContain('usa/iran-as-target/support');
  });
});

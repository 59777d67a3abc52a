// Wrong holders in Arabic (rules-1.6 precision round): an elided holder is carried from the
// previous sentence only when the sentence has no subject of its own; a plain definite noun
// right after the governing verb ("عبرت النقابات") is such a subject, one we do not track.
// Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-untracked-unit-tests',
  actors: [
    {
      id: 'iraqi-government',
      kind: 'government',
      names: { ar: ['الحكومة العراقية', 'السلطات العراقية'] },
      roles: [],
      memberOf: [],
    },
  ],
  topics: [
    { id: 'protests', label: { ar: 'الاحتجاجات' }, pro: { ar: ['حق التظاهر السلمي'] }, anti: {} },
    { id: 'anti-corruption', label: { ar: 'مكافحة الفساد' }, pro: { ar: ['محاسبة الفاسدين'] }, anti: {} },
  ],
};
const compiled = compileCodebook(CODEBOOK);
const triples = (text: string): string[] =>
  extractStatements(compiled, { id: 't', text, lang: 'ar', published_at: '2018-07-27T00:00:00Z' })
    .map((s) => `${s.actor}/${s.topic}/${s.stance}`)
    .sort();

describe('Arabic holders carried over an untracked subject', () => {
  it('a plain definite subject after the governing verb is not the previous holder', () => {
    expect(
      triples(
        'وذكرت اللجان المركزية في بيان أن مظاهرات "جمعة المطالب الاستراتيجية" ستطالب الحكومة العراقية بتفعيل بناء ميناء الفاو الكبير.\n' +
          'وفي تطور لافت، عبرت النقابات والاتحادات المهنية العراقية، للمرة الأولى، عن دعمها للاحتجاجات التي تشهدها مدن جنوبي العراق منذ أكثر من 3 أسابيع، وطالبت بمحاسبة الفاسدين.',
      ),
    ).toEqual([]);
  });

  it('a bare institution head ("المجلس") still continues the body named before', () => {
    expect(
      triples(
        'وأكد المجلس أن السلطات العراقية "ستتخذ كافة الإجراءات الرادعة بحق هؤلاء المندسين وملاحقتهم وفق القانون".\n' +
          'وأعرب المجلس عن وقوفه "مع حق التظاهر السلمي والمطالب المشروعة للمتظاهرين".',
      ),
    ).toEqual(['iraqi-government/protests/support']);
  });
});

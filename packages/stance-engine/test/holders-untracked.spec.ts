// Wrong holders in Arabic (rules-1.6 precision round): an elided holder is carried from the
// previous sentence only when the sentence has no subject of its own; a plain definite noun
// right after the governing verb ("عبرت النقابات") is such a subject, one we do not track.
// Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

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
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الحفاظ على الاتفاق النووي'] },
      anti: {},
    },
    { id: 'protests', label: { ar: 'الاحتجاجات' }, pro: { ar: ['حق التظاهر السلمي'] }, anti: {} },
    { id: 'anti-corruption', label: { ar: 'مكافحة الفساد' }, pro: { ar: ['محاسبة الفاسدين'] }, anti: {} },
  ],
};
// The Iranian nuclear deal, for a story of May 2018.
const DEAL_CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-untracked-deal-unit-tests',
  actors: [{ id: 'iran', kind: 'country', names: { ar: ['إيران'] }, roles: [], memberOf: [] }],
  topics: [
    { id: 'nuclear-deal', label: { ar: 'الاتفاق النووي' }, pro: { ar: ['الاتفاق النووي'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });
const dealTriples = triplesWith(DEAL_CODEBOOK, { lang: 'ar' });

describe('Arabic holders carried over an untracked subject', () => {
  it('a plain definite subject after the governing verb is not the previous holder', () => {
    expect(
      triples(
        'وذكرت اللجان المركزية في بيان أن مظاهرات "جمعة المطالب الاستراتيجية" ستطالب الحكومة العراقية بتفعيل بناء ميناء الفاو الكبير.\n' +
          'وفي تطور لافت، عبرت النقابات والاتحادات المهنية العراقية، للمرة الأولى، عن دعمها للاحتجاجات التي تشهدها مدن جنوبي العراق منذ أكثر من 3 أسابيع، وطالبت بمحاسبة الفاسدين.',
      ),
    ).toEqual([]);
  });

  it('an untracked subject of an earlier verb in the sentence blocks the carry too', () => {
    expect(
      dealTriples(
        'وتضيف الوثيقة أن النشاطات التي كانت تجري تحت مشروع عماد معظمها كان دراسات في المجال التقني حول مشروع الملح الأخضر، المتفجرات الشديدة بما في ذلك تطويل نوع خاص من المتفجرات، وإعادة هندسة صاروخ شهاب ٣.\n' +
          'حتى اللحظة ليس هناك من تأكيد أو نفي إيراني لحصول الحادثة، وإن أجمعت التصريحات الإيرانية على وصف ما قدمه نتنياهو بالمسرحية الهزلية، كما قال وزير الخارجية ظريف ونائبه عباس عراقتشي في تصريحين منفصلين.\n' +
          'أما الوكالة الدولية للطاقة الذرية فهي أشارت في بيان لها في اليوم التالي لمؤتمر نتنياهو إلى أن النشاطات ذات البعد العسكري التي جرت قبل عام ٢٠٠٣ لم تتطور الى ما هو أكثر من الإمكانية و الدراسات العلمية والحصول على قدرات تقنية وليس لديها ما يدل على ان ايران عملت على التطوير النووي العسكري بعد ٢٠٠٩.\n' +
          'كما أكدت الدول الأوروبية بدورها بعد المؤتمر أن ما جرى عرضه يؤكد ما كان لديها سابقا، وهو ما يجعل من الحفاظ على الاتفاق النووي أمرا ضروريا.',
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

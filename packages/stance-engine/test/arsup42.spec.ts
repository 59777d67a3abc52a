// Beginning an act (arsup42): بدأ / شرع with an act as object is the subject's deed ("وبدأ الجيش
// التركي عملية عسكرية في عفرين"); not بدا "seemed" (folded alike, told apart by the hamza kept in
// the original), not the auxiliary "began to …" (بدأ + present verb or ب-phrase), not what begins
// when it is the subject right after the verb ("وبدأت الاحتجاجات"), and not a time clause after it.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arsup42-unit-tests',
  actors: [
    actor('turkish-army', 'government', ['الجيش التركي']),
    actor('turkey', 'country', ['تركيا', 'أنقرة']),
    actor('trump', 'person', ['ترامب', 'دونالد ترامب']),
    actor('iraq', 'government', ['الحكومة العراقية']),
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('iran', 'country', ['إيران']),
  ],
  topics: [
    {
      id: 'afrin-operation',
      label: { ar: 'عملية غصن الزيتون' },
      pro: { ar: ['عملية عسكرية في عفرين', 'حملة عسكرية', 'غصن الزيتون'] },
      anti: {},
    },
    {
      id: 'embassy-move',
      label: { ar: 'نقل السفارة' },
      pro: { ar: ['نقل السفارة'] },
      anti: {},
    },
    {
      id: 'protests',
      label: { ar: 'الاحتجاجات' },
      pro: { ar: ['الاحتجاجات'] },
      anti: {},
    },
    {
      id: 'sanctions',
      label: { ar: 'العقوبات' },
      pro: { ar: ['العقوبات', 'فرض العقوبات'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('beginning an act is doing it (arsup42)', () => {
  it('the subject of بدأ holds the act it begins', () => {
    expect(
      triples('وبدأ الجيش التركي عملية عسكرية في عفرين باسم "غصن الزيتون"، في 20 يناير الماضي.'),
    ).toContain('turkish-army/afrin-operation/support');
  });

  it('with an elided subject and with شرع في', () => {
    expect(
      triples('وكان دونالد ترامب قد أعلن العام الماضي قراره، وبدأ عملية لنقل السفارة إلى القدس.'),
    ).toContain('trump/embassy-move/support');
    expect(triples('وقد شرعت أنقرة يوم 20 يناير الماضي في حملة عسكرية ضد المليشيا الكردية.')).toContain(
      'turkey/afrin-operation/support',
    );
  });

  it('not بدا "seemed", spelled without hamza', () => {
    expect(triples('وبدا الجيش التركي عملية عسكرية في عفرين.')).not.toContain(
      'turkish-army/afrin-operation/support',
    );
  });

  it('not what begins, when it is the subject right after the verb', () => {
    expect(triples('وبدأت الاحتجاجات قبل تسعة أيام حيث هاجم محتجون مباني حكومية.')).toEqual([]);
  });

  it('the auxiliary "began to …" leaves the side to the verb it carries', () => {
    expect(triples('وبدأت الولايات المتحدة بفرض العقوبات على إيران.')).toContain('usa/sanctions/support');
  });

  it('not a time clause after it', () => {
    expect(
      triples('وقال إن المشاكل الاقتصادية في إيران بدأت عندما أعادت واشنطن فرض العقوبات على بلاده.'),
    ).not.toContain('iran/sanctions/support');
  });
});

// Arabic recall round 16 (Iraqi politics): a verb joined by و shares the subject of a clause
// opened by a verb written like its verbal noun (ورفض، ووصفه), and a plural of warning governed by
// another cue is the warner's act. Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arabic-iraq-16-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], { memberOf: ['us'] }),
    actor('iraq', 'government', ['بغداد', 'الحكومة العراقية']),
    actor('krg', 'government', ['أربيل', 'حكومة إقليم كردستان']),
    actor('kurds', 'armed-group', ['الأكراد']),
    actor('turkey', 'country', ['تركيا', 'أنقرة']),
    actor('sadr', 'person', ['مقتدى الصدر', 'الصدر']),
    actor('abadi', 'person', ['حيدر العبادي', 'العبادي']),
    actor('sairoon', 'party', ['سائرون', 'تحالف سائرون']),
  ],
  topics: [
    { id: 'us-as-target', label: { ar: 'الولايات المتحدة' }, actor: 'us', pro: {}, anti: {} },
    { id: 'iran-as-target', label: { ar: 'إيران' }, actor: 'iran', pro: {}, anti: {} },
    { id: 'turkey-as-target', label: { ar: 'تركيا' }, actor: 'turkey', pro: {}, anti: {} },
    { id: 'sadr-as-target', label: { ar: 'مقتدى الصدر' }, actor: 'sadr', pro: {}, anti: {} },
    { id: 'abadi-as-target', label: { ar: 'حيدر العبادي' }, actor: 'abadi', pro: {}, anti: {} },
    { id: 'sairoon-as-target', label: { ar: 'سائرون' }, actor: 'sairoon', pro: {}, anti: {} },
    {
      id: 'sanctions-on-iran',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['عقوبات على إيران', 'فرض عقوبات'] },
      anti: { ar: ['رفع العقوبات'] },
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-29T00:00:00Z' });

describe('Arabic: a verb joined by و after a clause opened by a verb-noun homograph', () => {
  it('shares that clause\'s subject ("ووصفه ترامب بأنه …، وهدد بفرض عقوبات على إيران")', () => {
    const found = triples(
      'ولا يشمل اتفاق 2015 الذي يهدف إلى الحد من برنامج إيران النووي مقابل رفع العقوبات عنها، برنامج الصواريخ الباليستية. ' +
        'ووصفه ترامب بأنه "أسوأ اتفاق في التاريخ"، وهدد بفرض عقوبات على إيران ما لم توافق بريطانيا وفرنسا وألمانيا على مراجعة الاتفاق.',
    );
    expect(found).toContain('trump/sanctions-on-iran/support');
    expect(found).not.toContain('iran/sanctions-on-iran/support');
  });
});

describe('Arabic: a plural of warning under another cue', () => {
  it('is the warner\'s act, not a warning the holder makes ("واستنكرت تحذيرات الولايات المتحدة")', () => {
    const found = triples(
      'أدانت إيران واستنكرت تحذيرات الولايات المتحدة الأمريكية، بأنها ستحمل طهران مسؤولية الهجمات التي قد تستهدف المنشآت التابعة لها في مدينة البصرة.',
    );
    expect(found).not.toContain('iran/us-as-target/support');
  });
});

describe('Arabic: a nationality after a state act written with لل', () => {
  it('is the target of the stance noun with a pronoun before it ("عن رفضهما للقصف الإيراني")', () => {
    const found = triples(
      'وأعرب بغداد وأربيل عن رفضهما للقصف الإيراني الذي استهدف منطقة كويسنجق في إقليم كردستان العراق.',
    );
    expect(found).toContain('iraq/iran-as-target/oppose');
    expect(found).toContain('krg/iran-as-target/oppose');
  });

  it('near miss: not after a bare verbal noun, whose agent may be anyone ("التصدي للهجوم التركي")', () => {
    const found = triples(
      'وتخلى العديد من الاكراد عن محاربة داعش في محافظة دير الزور شرقي سوريا ليتمكنوا من التصدي للهجوم التركي في عفرين شمالا.',
    );
    expect(found.filter((t) => t.endsWith('turkey-as-target/oppose'))).toEqual([]);
  });
});

describe('Arabic: an alliance noun with two coordinated genitives', () => {
  it('names a pact between them ("أن تحالف الصدر والعبادي يضم 187 نائبا")', () => {
    const found = triples(
      'وأظهرت وثيقة نشرتها وكالة الأنباء العراقية أن تحالف الصدر والعبادي يضم 187 نائبا من 20 قائمة انتخابية.',
    );
    expect(found).toContain('sadr/abadi-as-target/support');
    expect(found).toContain('abadi/sadr-as-target/support');
  });

  it('near miss: one genitive names a group, no pact ("تحالف سائرون الذي يقوده الصدر")', () => {
    const found = triples('وجاء تحالف سائرون الذي يقوده الصدر في المركز الأول بحصوله على 54 مقعدا.');
    expect(found.filter((t) => t.endsWith('/support'))).toEqual([]);
  });
});

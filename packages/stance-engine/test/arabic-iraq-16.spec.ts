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
  ],
  topics: [
    { id: 'us-as-target', label: { ar: 'الولايات المتحدة' }, actor: 'us', pro: {}, anti: {} },
    { id: 'iran-as-target', label: { ar: 'إيران' }, actor: 'iran', pro: {}, anti: {} },
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

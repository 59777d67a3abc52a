// Lifting, easing or suspending a restriction (Arabic رفع، تخفيف، تعليق + العقوبات/الحظر/الحصار)
// reverses it the way وقف does, when a stance, a preposition or مقابل governs the verbal noun;
// an ungoverned one names an event and takes no side.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arlift54-unit-tests',
  actors: [
    actor('trump', 'person', ['ترامب']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('saudi', 'country', ['السعودية']),
    actor('usa', 'country', ['الولايات المتحدة']),
  ],
  topics: [
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    {
      id: 'iran-nuclear-deal',
      label: { ar: 'الاتفاق النووي الإيراني' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['العقوبات على إيران'] },
    },
    { id: 'sanctions', label: { ar: 'العقوبات' }, pro: { ar: ['العقوبات'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('Arabic lifting of sanctions (arlift54)', () => {
  it('extending the easing of sanctions on Iran is no stance against Iran or the deal', () => {
    const found = triples(
      'في يناير/ كانون ثاني، مدد ترامب قرار تخفيف العقوبات على إيران بسبب ما قال إنه سيكون آخر مرة.',
    );
    expect(found).not.toContain('trump/iran-as-target/oppose');
    expect(found).not.toContain('trump/iran-nuclear-deal/oppose');
  });

  it('the lifting, governed by a stance, reverses the sanctions', () => {
    expect(
      triples('في مقابل ذلك، فإن الولايات المتحدة أعربت عن استعدادها لرفع العقوبات في نهاية المطاف.'),
    ).toContain('usa/sanctions/oppose');
  });

  it('"in exchange for lifting sanctions" supports the deal agreed', () => {
    expect(
      triples(
        'ويموجب الاتفاق، وافقت طهران على الحد من أنشطتها النووية النووية مقابل رفع العقوبات على إيران.',
      ),
    ).toEqual(['iran/iran-nuclear-deal/support']);
  });

  it('an ungoverned lifting names an event, not the speaker’s course', () => {
    expect(
      triples(
        'ورأت السعودية أن الاتفاق والذي تم بموجبه رفع العقوبات على إيران وتحرير عشرات المليارات من أرصدتها المجدة، قد أطلق يد طهران.',
      ),
    ).not.toContain('saudi/iran-nuclear-deal/support');
  });

  it('رفع without a restriction after it is no cue', () => {
    expect(triples('ورفع ترامب العلم الأمريكي في البيت الأبيض.')).toEqual([]);
  });
});

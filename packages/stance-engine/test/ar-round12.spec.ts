// Arabic round 12: withdrawals and other deeds named by a verbal noun under a verb that reacts to
// them. Sentences from corpus/news-ar.jsonl (one spelling slip mended: "النوي" → "النووي").
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'ar-round12-unit-tests',
  actors: [
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن', 'أمريكا', 'أميركا']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], {
      memberOf: ['usa'],
      roles: [
        {
          title: { ar: ['الرئيس الأمريكي', 'الرئيس الأميركي'] },
          from: '2017-01-20',
          to: '2021-01-20',
        },
      ],
    }),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('zarif', 'person', ['ظريف'], { memberOf: ['iran'] }),
    actor('france', 'country', ['فرنسا']),
    actor('macron', 'person', ['إيمانويل ماكرون', 'ماكرون'], { memberOf: ['france'] }),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('netanyahu', 'person', ['بنيامين نتنياهو', 'نتنياهو']),
    actor('iraq', 'country', ['العراق', 'وزارة الخارجية العراقية']),
    actor('turkey', 'country', ['تركيا']),
  ],
  topics: [
    { id: 'deal', label: { ar: 'الاتفاق النووي الإيراني' }, pro: { ar: ['الاتفاق النووي'] }, anti: {} },
    {
      id: 'turkish-ops',
      label: { ar: 'العمليات التركية في العراق' },
      pro: { ar: ['الاعتداءات والتجاوزات على الحدود العراقية'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-10T00:00:00Z' });

describe('a deed noun under a reacting verb composes with the verb once', () => {
  it('condemning the continuation of attacks opposes them', () => {
    const got = triples(
      'وكانت وزارة الخارجية العراقية دانت مساء الخميس استمرار الاعتداءات والتجاوزات على الحدود العراقية من قبل القوات التركية.',
    );
    expect(got).toContain('iraq/turkish-ops/oppose');
    expect(got).not.toContain('iraq/turkish-ops/support');
  });
});

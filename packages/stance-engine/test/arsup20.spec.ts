// Signing an agreement (round "arsup20"): وقّع / أبرم with an agreement, treaty, truce or
// memorandum as its object (after the VSO subject and an optional على) is a deed for the
// agreement, and for the other side named after مع. وقع with anything else is "happened" or
// "fell"; signatories named after the agreement ("وقعت على الاتفاق إيران والولايات المتحدة …")
// sign together and take no side on each other. Sentences are those of corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arsup20-ar',
  actors: [
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('jordan', 'country', ['الأردن']),
    ar('china', 'country', ['الصين']),
    ar('araghchi', 'person', ['عراقجي']),
  ],
  topics: [
    {
      id: 'nuclear-deal',
      label: { en: 'The Iran nuclear deal' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
    {
      id: 'ceasefire',
      label: { en: 'Ceasefire in Syria' },
      pro: { ar: ['وقف إطلاق النار'] },
      anti: {},
    },
    ...targetTopics(['russia', 'usa', 'china']),
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-24' });

describe('signing an agreement', () => {
  it('the signer supports the agreement', () => {
    // BB-middleEast-201-20180316
    expect(
      t('لكن في عام 2015، وقعت طهران على الاتفاق النووي من أجل رفع العقوبات الاقتصادية المفروضة عليها.'),
    ).toContain('iran/nuclear-deal/support');
    // BB-middleEast-658-20180624
    const got = t(
      'وكانت روسيا والولايات المتحدة والأردن قد وقعوا اتفاقا لوقف إطلاق النار في يوليو/تموز الماضي لتهدئة الأوضاع في مناطق جنوب غربي سوريا.',
    );
    expect(got).toContain('russia/ceasefire/support');
    expect(got).toContain('usa/ceasefire/support');
  });
  it('an agreement with another side supports that side', () => {
    // BB-internationalNews-473-20180506
    expect(
      t(
        'وكانت تركيا قد وقعت اتفاقا مع روسيا في ديسمبر/ كانون الأول الماضي لشراء بطاريات صواريخ أرض جو إس-400.',
      ),
    ).toContain('turkey/russia-as-target/support');
  });
  it('must not fire: signatories named after the agreement, or وقع without an agreement', () => {
    // BB-middleEast-456-20180506
    const got = t(
      'ويحل بعد أسبوع الموعد النهائي لاتخاذ قرار بشأن انسحاب الولايات المتحدة من الاتفاق أو الاستمرار في الالتزام بها.\nوفي عام 2015، وقعت على الاتفاق إيران والولايات المتحدة والصين وروسيا وألمانيا وفرنسا وبريطانيا.',
    );
    expect(got).not.toContain('usa/russia-as-target/support');
    expect(got).not.toContain('iran/usa-as-target/support');
    expect(got).not.toContain('iran/china-as-target/support');
    // "الذي وقع في 2015": the deal that was signed; the speaker takes no side by that.
    expect(
      t(
        'وقال عراقجي إن الاتفاق النووي الإيراني الذي وقع في 2015 يمر "بلحظة حرجة" عقب تهديدات الولايات المتحدة بإعادة فرض عقوبات على إيران.',
      ),
    ).not.toContain('araghchi/nuclear-deal/support');
  });
});

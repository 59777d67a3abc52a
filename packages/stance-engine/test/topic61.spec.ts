// Topic phrases in another number (round "topic61"): a codebook phrase whose Arabic head noun is
// a singular in taa marbuta ("ضربة عسكرية", "المبادرة الدولية") also names the act in the sound
// feminine plural ("ضربات عسكرية", "المبادرات الدولية"); adjectives stay as written. Not the other
// way round, and not for actor names. Sentences are those of corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { spellingVariants } from '../src/compile.js';
import { foldString } from '../src/text/normalize.js';
import { actorsNamedIn, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'topic61-ar',
  actors: [
    ar('us', 'government', ['الولايات المتحدة', 'واشنطن']),
    ar('france', 'country', ['فرنسا']),
    ar('uk', 'country', ['بريطانيا']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('houthis', 'armed-group', ['الحوثيون', 'الحوثي']),
    ar('coalition', 'organization', ['التحالف العربي', 'التحالف بقيادة السعودية']),
    ar('iraqi-government', 'government', ['الحكومة العراقية']),
  ],
  topics: [
    {
      id: 'strikes',
      label: { en: 'Western strikes on the Syrian government' },
      pro: { ar: ['ضربة عسكرية', 'ضربات جوية'] },
      anti: {},
    },
    {
      id: 'mediation',
      label: { en: 'International mediation in Yemen' },
      pro: { ar: ['المبادرة الدولية'] },
      anti: {},
    },
    {
      id: 'iraqi-government-as-target',
      actor: 'iraqi-government',
      label: { en: 'Iraqi government' },
      pro: {},
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-14' });

describe('a topic phrase with its head noun in the plural', () => {
  it('"ضربة عسكرية" names "ضربات عسكرية" launched by the subjects', () => {
    const got = t(
      'وشنت الولايات المتحدة وبريطانيا وفرنسا، فجر السبت، ضربات عسكرية على أهداف للنظام في سوريا ردا على هجوم كيماوي في دوما.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['us/strikes/support', 'uk/strikes/support', 'france/strikes/support']),
    );
    // Not the other way: a codebook's "ضربات جوية" is not one "ضربة جوية" of another war.
    const single = t(
      'وكان التحالف بقيادة السعودية قد أعلن مقتل ثمانية عناصر من حزب الله بينهم قائد ميداني في ضربة جوية استهدفت الحوثيين شمال العاصمة صنعاء.',
    );
    expect(single.filter((s) => s.includes('/strikes/'))).toEqual([]);
  });

  it('with the article: support for "الضربات العسكرية" and a condemnation of them', () => {
    expect(
      t(
        'عبر مصدر بوزارة الخارجية السعودية، عن تأييد المملكة العربية السعودية للضربات العسكرية التي نفذتها الولايات المتحدة الأمريكية وفرنسا وبريطانيا ضد أهداف بالبرنامج الكيماوي السوري.',
      ),
    ).toContain('saudi-arabia/strikes/support');
    expect(
      t(
        'فشلت موسكو السبت في تمرير مشروع قرار في مجلس الأمن يدين الضربات العسكرية للولايات المتحدة وبريطانيا وفرنسا على سوريا.',
      ),
    ).toContain('russia/strikes/oppose');
  });

  it('"المبادرة الدولية" names "المبادرات الدولية"', () => {
    expect(
      t('ورفض الحوثيون كل المبادرات الدولية لوقف القتال، ووضع المدينة تحت إشراف الأمم المتحدة.'),
    ).toContain('houthis/mediation/oppose');
  });

  it('variants: the plural for topics only, adjectives kept, other heads left alone', () => {
    expect(spellingVariants(foldString('العملية العسكرية التركية'), true)).toContain(
      foldString('العمليات العسكرية التركية'),
    );
    expect(spellingVariants(foldString('عملية عسكرية في شمال العراق'), true)).toContain(
      foldString('عمليات عسكرية في شمال العراق'),
    );
    expect(spellingVariants(foldString('الحكومة العراقية'), false)).not.toContain(
      foldString('الحكومات العراقية'),
    );
    expect(spellingVariants(foldString('ضربات جوية'), true)).not.toContain(foldString('ضربة جوية'));
    expect(spellingVariants(foldString('الانسحاب الفوري'), true)).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/ات /)]),
    );
  });
});

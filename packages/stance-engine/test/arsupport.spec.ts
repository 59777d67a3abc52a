import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Arabic advocacy of a course of action: readiness (استعداده لـ، مستعد لـ), "instead of" (بدل), and
// whose joining a noun of joining names. Sentences are from corpus/news-ar.jsonl (shortened) unless
// marked brief (the round's own examples).
const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-ar-support',
  actors: [
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('sadr', 'person', ['مقتدى الصدر', 'الصدر']),
    actor('houthis', 'armed-group', ['الحوثيين', 'ميليشيات الحوثي', 'الحوثيون']),
    actor('un', 'organization', ['الأمم المتحدة']),
    actor('germany', 'country', ['ألمانيا']),
  ],
  topics: [
    ...targetTopics(['houthis'], ['ar']),
    {
      id: 'sanctions',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['العقوبات'] },
      anti: { ar: ['رفع العقوبات'] },
    },
    {
      id: 'strike',
      label: { ar: 'ضربة عسكرية في سوريا' },
      pro: { ar: ['ضربة عسكرية', 'ضربات'] },
      anti: {},
    },
    {
      id: 'deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
    {
      id: 'rerun',
      label: { ar: 'إعادة الانتخابات' },
      pro: { ar: ['إعادة الانتخابات'] },
      anti: {},
    },
    {
      id: 'talks',
      label: { ar: 'المشاورات' },
      pro: { ar: ['المشاورات', 'مشاورات جنيف'] },
      anti: {},
    },
    {
      id: 'resistance',
      label: { ar: 'قوات المقاومة' },
      pro: { ar: ['قوات المقاومة'] },
      anti: {},
    },
    {
      id: 'truce',
      label: { ar: 'الهدنة' },
      pro: { ar: ['هدنة'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('Arabic advocacy of a course of action', () => {
  it('readiness for a course of action takes its side', () => {
    expect(
      t('في مقابل ذلك، فإن الولايات المتحدة أعربت عن استعدادها لرفع العقوبات في نهاية المطاف.'),
    ).toContain('usa/sanctions/oppose');
    expect(t('وقال مسؤولون أمريكيون إن واشنطن مستعدة لتوجيه ضربة عسكرية في سوريا.')).toContain(
      'usa/strike/support',
    );
    expect(t('وقالت ألمانيا إنها ليست مستعدة للانسحاب من الاتفاق النووي.')).toEqual(['germany/deal/support']); // brief
  });

  it('bare preparations (الاستعداد، استعدادا، استعدادات) are deeds, not positions', () => {
    expect(t('وذكرت تقارير أن الولايات المتحدة بدأت الاستعداد لتوجيه ضربة عسكرية.')).not.toContain(
      'usa/strike/support',
    );
    expect(t('وتحركت غواصات الولايات المتحدة وذلك استعدادا لتوجيه ضربات للجيش السوري.')).not.toContain(
      'usa/strike/support',
    );
  });

  it('"بدل" negates what follows it, "بدلا من ذلك" does not', () => {
    expect(t('ودعا الصدر العراقيين إلى التوحد بدل السعي لإعادة الانتخابات.')).toEqual(['sadr/rerun/oppose']);
    expect(
      t('لكن الأمم المتحدة قالت إن على جميع الأطراف أن تلتزم بدلا من ذلك بهدنة مدتها 30 يوما.'),
    ).toContain('un/truce/support');
  });

  it('the genitive of a noun of joining is who joins, not who reports it', () => {
    expect(t('وأعلن الحوثيون التحاقهم بمشاورات جنيف.')).toEqual(['houthis/talks/support']); // brief
    expect(
      t(
        'وذكرت مصادر أن ميليشيات الحوثي نصبت نقاط تفتيش، واعتقلت العديد من المسافرين بحجة ذهابهم إلى عدن للالتحاق بقوات المقاومة في الساحل الغربي.',
      ),
    ).not.toContain('houthis/resistance/support');
  });
});

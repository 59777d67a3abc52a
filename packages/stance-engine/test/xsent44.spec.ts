// "المملكة" alone stands for the one Arab kingdom the story has named, so that it holds and is
// targeted as that state; not with two kingdoms named, and not in "المملكة المتحدة".
// Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'xsent44-unit-tests',
  actors: [
    actor('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية', 'الرياض']),
    actor('morocco', 'country', ['المغرب', 'الرباط']),
    actor('uk', 'country', ['بريطانيا', 'المملكة المتحدة']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('houthis', 'movement', ['الحوثيين', 'الحوثيون', 'جماعة الحوثي']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب']),
  ],
  topics: [
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    { id: 'saudi-as-target', actor: 'saudi-arabia', label: { ar: 'السعودية' }, pro: {}, anti: {} },
    {
      id: 'iran-regional-role',
      label: { ar: 'الدور الإقليمي لإيران' },
      pro: {},
      anti: { ar: ['التدخلات الإيرانية'] },
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });

describe('"المملكة" is the one kingdom the story has named', () => {
  it('"وتتهم المملكة إيران بتزويد الحوثيين" after Saudi Arabia is named: Saudi Arabia against Iran', () => {
    const got = triples(
      'وصعد الحوثيون في الفترة الأخيرة هجماتهم بالصواريخ البالسيتية على السعودية. وتتهم المملكة إيران بتزويد الحوثيين بهذه الصواريخ، وتعتبر ذلك "تهديدا خطيرا" للأمن الوطني السعودي.',
    );
    expect(got).toContain('saudi-arabia/iran-as-target/oppose');
  });

  it('"مشيدا بدور المملكة" is praise of Saudi Arabia', () => {
    const got = triples(
      'وحسب وكالة الأنباء السعودية (واس)، أكد العاهل السعودي على جهود المملكة الرامية لإيجاد حل سياسي للأزمة اليمنية. ومن جهة أخرى، أكد ترامب على ضرورة التصدي للخطر الإيراني الرامي لزعزعة الاستقرار في المنطقة، مشيدا بدور المملكة في تحقيق الاستقرار وجهودها في هذا الشأن.',
    );
    expect(got).toContain('trump/saudi-as-target/support');
  });

  it('with Saudi Arabia and Morocco both named, "حكومة المملكة" is neither', () => {
    const got = triples(
      'أكد مصدر مسؤول بوزارة الخارجية السعودية اليوم الثلاثاء، وقوف المملكة إلى جانب المملكة المغربية، في كل ما يهدد أمنها واستقرارها، ووحدة أراضيها. وأضاف المصدر، أن حكومة المملكة تدين بشدة التدخلات الإيرانية في شؤون المغرب الداخلية.',
    );
    expect(got.filter((t) => t.startsWith('morocco/'))).toEqual([]);
  });

  it('no kingdom named before: "المملكة" is nobody', () => {
    const got = triples('وتتهم المملكة إيران بتزويد الحوثيين بهذه الصواريخ.');
    expect(got.filter((t) => t.startsWith('saudi-arabia/'))).toEqual([]);
  });

  it('"المملكة المتحدة" is the United Kingdom, not the kingdom named before', () => {
    const got = triples(
      'وصعد الحوثيون هجماتهم على السعودية. وتتهم المملكة المتحدة إيران بتزويد الحوثيين بهذه الصواريخ.',
    );
    expect(got).toContain('uk/iran-as-target/oppose');
    expect(got).not.toContain('saudi-arabia/iran-as-target/oppose');
  });
});

// Arabic constructions with holder and target in one clause that the rules did not read (round
// "arcons"): pressure put on someone (الضغط على X), for a purpose or not; a negation closed by
// إلا/سوى, which restricts instead of negating; the participle معارض with its ل-complement;
// slogans "لا لـ…/نعم لـ…"; keenness (حرص على); and دستوري as a legitimacy predicate. Sentences are those of corpus/news-ar.jsonl (some shortened),
// with near misses showing where the readings stay silent.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arcons-ar',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('trump', 'person', ['دونالد ترامب', 'ترامب']),
    ar('pompeo', 'person', ['مايك بومبيو', 'بومبيو']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('israel', 'country', ['إسرائيل']),
    ar('turkey', 'country', ['تركيا']),
    ar('qatar', 'country', ['قطر']),
    ar('russia', 'country', ['روسيا']),
    ar('houthis', 'armed-group', ['الحوثيين', 'الحوثيون', 'الميليشيات المتمردة']),
    ar('coalition', 'organization', ['التحالف العسكري بقيادة السعودية', 'التحالف']),
    ar('security-council', 'organization', ['مجلس الأمن']),
    ar('iraq', 'government', ['بغداد', 'الحكومة العراقية']),
    ar('maliki-spokesman', 'person', ['تركي المالكي']),
    ar('protesters', 'movement', ['المحتجون', 'المحتجين']),
  ],
  topics: [
    ...targetTopics(['iran', 'turkey', 'qatar', 'usa', 'coalition'], ['ar']),
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي مع إيران' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
    {
      id: 'political-solution',
      label: { ar: 'الحل السياسي في اليمن' },
      pro: { ar: ['الحل السياسي'] },
      anti: {},
    },
    {
      id: 'corruption',
      label: { ar: 'الفساد' },
      pro: { ar: ['الفساد'] },
      anti: {},
    },
    {
      id: 'referendum',
      label: { ar: 'استفتاء الانفصال' },
      pro: { ar: ['استفتاء الانفصال'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-10' });

describe('pressure put on someone', () => {
  it('"تعهده بزيادة الضغط على طهران": against the one pressed', () => {
    const got = t('وجاءت العقوبات الأخيرة بعد يومين فقط من إعلان ترامب تعهده بزيادة الضغط على طهران.');
    expect(got).toContain('trump/iran-as-target/oppose');
  });

  it('"تريد الضغط على …" is no longer read as support for the one pressed', () => {
    const got = t('وقال المسؤول إن الولايات المتحدة تريد الضغط على إيران.');
    expect(got).toContain('usa/iran-as-target/oppose');
    expect(got).not.toContain('usa/iran-as-target/support');
  });

  it('"وتضغط الولايات المتحدة على قطر": the verb\'s subject may stand between', () => {
    expect(t('وتضغط الولايات المتحدة على قطر.')).toContain('usa/qatar-as-target/oppose');
  });

  it('"ضغوطا كبيرة على": a qualifier may stand between', () => {
    expect(t('ومارست واشنطن ضغوطا كبيرة على قطر.')).toContain('usa/qatar-as-target/oppose');
  });

  it('for a purpose it is a directive: the purpose is backed, the one pressed is its addressee', () => {
    const got = t(
      'وأضاف تركي المالكي أن التحالف نفذ عمليات في اليمن للضغط على الميليشيات المتمردة من أجل القبول بالحل السياسي.',
    );
    expect(got).toContain('coalition/political-solution/support');
    expect(got).not.toContain('coalition/political-solution/oppose');
  });

  it('near miss: pressure that failed takes no side', () => {
    expect(t('وأشار المسؤول إلى أن مجلس الأمن قد فشل في الضغط على إيران.')).toEqual([]);
  });

  it('near miss: "تحت ضغط X" names where the pressure comes from', () => {
    expect(t('واتخذت قطر القرار تحت ضغط الولايات المتحدة.')).not.toContain('qatar/usa-as-target/oppose');
  });
});

describe('restriction: a negation closed by إلا/سوى asserts', () => {
  it('"ليست سوى رد على هجمات التحالف": the speakers oppose what they answer', () => {
    const got = t(
      'ويقول الحوثيون إن هجماتهم ليست سوى رد على هجمات التحالف العسكري بقيادة السعودية في اليمن.',
    );
    expect(got).toContain('houthis/coalition-as-target/oppose');
  });

  it('"ما هو إلا كارثة" is an evaluation, not its negation', () => {
    const got = t('وقال ترامب إن الاتفاق النووي ما هو إلا كارثة.');
    expect(got).toContain('trump/nuclear-deal/oppose');
    expect(got).not.toContain('trump/nuclear-deal/support');
  });

  it('near miss: "لن … إلا بعد" keeps the refusal', () => {
    const got = t('وقال ترامب إن بلاده لن تدعم الاتفاق النووي إلا بعد تعديله.');
    expect(got).not.toContain('trump/nuclear-deal/support');
  });
});

describe('opposing as a participle with its complement', () => {
  it('"يعد معارضا شرسا للاتفاق النووي"', () => {
    const got = t('ويعد بومبيو معارضا شرسا للاتفاق النووي مع إيران.');
    expect(got).toContain('pompeo/nuclear-deal/oppose');
  });

  it('"باتت إسرائيل أشد معارض للاتفاق النووي"', () => {
    expect(t('وباتت إسرائيل أشد معارض للاتفاق النووي مع إيران.')).toContain('israel/nuclear-deal/oppose');
  });

  it('near miss: the opposition as a group, before a purpose, opposes nothing', () => {
    expect(t('وتدعم تركيا المعارضة السورية لإسقاط الحكومة.')).toEqual([]);
  });
});

describe('slogans of no and yes', () => {
  it('"لا لـ<topic>" on a banner: the ones raising it reject it', () => {
    const got = t('ورفع المحتجون يافطات في الناصرية جنوب العراق كتب عليها "لا للفساد ونعم للتغيير".');
    expect(got).toContain('protesters/corruption/oppose');
  });

  it('near miss: "لا لزوم له" is an idiom, no slogan', () => {
    expect(t('وقال المحتجون إن الفساد يتسبب في تأخير لا لزوم له.')).not.toContain(
      'protesters/corruption/oppose',
    );
  });
});

describe('keenness', () => {
  it('"أكدت … حرصها على العلاقات مع قطر": backs what it is keen on', () => {
    const got = t('وأكدت الولايات المتحدة حرصها على العلاقات مع قطر.');
    expect(got).toContain('usa/qatar-as-target/support');
  });
});

describe('legitimacy predicates', () => {
  it('"غير دستوري" after a topic: the speaker rejects it', () => {
    expect(t('وقالت الحكومة العراقية إن استفتاء الانفصال غير دستوري.')).toContain('iraq/referendum/oppose');
  });

  it('near miss: "التعديلات الدستورية" classifies, it judges nothing', () => {
    expect(t('وقالت الحكومة العراقية إن استفتاء الانفصال سبق التعديلات الدستورية.')).toEqual([]);
  });
});

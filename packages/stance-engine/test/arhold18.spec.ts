// Arabic holders by verb agreement (arhold18 round): a masculine directive verb right before a
// name that takes a feminine verb (a country other than العراق، لبنان …, a name in ة or ات) does
// not agree with it, so the name is the addressee and the subject is elided; neither the analysis
// nor the proximity fallback makes the addressee the holder. Also: "مصدر مسؤول في وزارة الخارجية
// السعودية" (the formula of a body's official statement) is the body's voice, and a describing
// verb's evaluation is not sought past a comma before a clause opener ("، مما عزز …"), so the
// verb over "ما يصفه كثيرون بـ…" holds the topic. Sentences follow corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arhold18-unit-tests',
  actors: [
    actor('gabriel', 'person', ['سيغمار غابرييل', 'غابرييل']),
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('russia', 'country', ['روسيا']),
    actor('syria', 'country', ['سوريا']),
    actor('iraq', 'country', ['العراق']),
    actor('israel', 'country', ['إسرائيل']),
    actor('unsc', 'organization', ['مجلس الأمن الدولي', 'مجلس الأمن']),
    actor('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('iran', 'country', ['إيران']),
  ],
  topics: [
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق'] },
    },
    {
      id: 'iran-role',
      label: { ar: 'الدور الإيراني في المنطقة' },
      pro: { ar: ['التدخلات الإيرانية', 'النفوذ الإيراني'] },
      anti: {},
    },
    ...targetTopics(['israel', 'syria'], ['ar']),
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-02-17T00:00:00Z' });

describe('a masculine directive verb before a feminine name: the name is the addressee', () => {
  it('the elided subject of the previous sentence holds the call, not the addressee', () => {
    expect(
      triples(
        'وقال سيغمار غابرييل إن الدبلوماسية المتعددة الأطراف تمكنت من حل أزمات مستعصية. ودعا الولايات المتحدة إلى الحفاظ على الاتفاق النووي.',
      ),
    ).toEqual(['gabriel/nuclear-deal/support']);
  });

  it('a resolution that demands a country act is the body that adopted it', () => {
    expect(
      triples(
        'وصدق مجلس الأمن الدولي على مشروع قرار يطالب إسرائيل بوقف كل النشاطات الاستيطانية في الأراضي الفلسطينية.',
      ),
    ).toEqual(['unsc/israel-as-target/oppose']);
  });

  it('the addressee of an untracked speaker holds nothing, also not in the fallback', () => {
    const got = triples(
      'وكتب سفير واشنطن في جنيف تغريدة عن المؤتمر. وطالب روسيا في تغريدة سابقة بالتدخل ونصح سوريا بالتنحي.',
    );
    expect(got.filter((t) => t.startsWith('russia/'))).toEqual([]);
  });

  it('a feminine verb agrees with the country after it, which is its subject', () => {
    expect(triples('ودعت الولايات المتحدة إلى الحفاظ على الاتفاق النووي.')).toEqual([
      'usa/nuclear-deal/support',
    ]);
  });

  it('a masculine country name after a masculine verb is its subject', () => {
    expect(triples('ودعا العراق إلى الحفاظ على الاتفاق النووي.')).toEqual(['iraq/nuclear-deal/support']);
  });

  it('a named subject between the verb and the addressee keeps the subject', () => {
    expect(triples('ودعا غابرييل الولايات المتحدة إلى الحفاظ على الاتفاق النووي.')).toEqual([
      'gabriel/nuclear-deal/support',
    ]);
  });
});

describe('an official source in a body speaks for it', () => {
  it('"مصدر مسؤول في وزارة الخارجية السعودية" is Saudi Arabia', () => {
    expect(triples('وأدان مصدر مسؤول في وزارة الخارجية السعودية التدخلات الإيرانية في المنطقة.')).toEqual([
      'saudi-arabia/iran-role/oppose',
    ]);
  });

  it('an anonymous source without a body stays nobody', () => {
    expect(triples('وأدان مصدر مسؤول التدخلات الإيرانية في المنطقة.')).toEqual([]);
    expect(triples('وأدانت مصادر دبلوماسية التدخلات الإيرانية في المنطقة.')).toEqual([]);
  });
});

describe('a describing verb under a stance verb, before a consequence clause', () => {
  it('the condemner holds what others describe, past "، مما …"', () => {
    expect(
      triples(
        'ونددت السعودية بما يصفه كثيرون بالنفوذ الإيراني في الشؤون السياسية للعراق، مما عزز من انتشار الفساد في البلاد.',
      ),
    ).toEqual(['saudi-arabia/iran-role/oppose']);
  });
});

// Lists of demanded acts (round "arcue19"): in "طالبوا بإقالة المحافظ وتوفير الخدمات" the second act
// is governed by the demand, as the first one is, not by the first act (إقالة), whose object
// closed before "و"; a second object after such a listed act shares its governor ("وتوفير الخدمات
// وفرص العمل"). After a topic phrase that opens with a negative act noun ("مواجهة الفساد وسوء
// الخدمات") a second object is that act's, and is not read from the cue before the phrase.
// أقرّ with a law, plan or agreement as its object passes or adopts it, a deed that supports it;
// with ب it is "admitted". Sentences are those of corpus/news-ar.jsonl, and its Iraqi protest
// reports shortened.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arcue19-ar',
  actors: [
    ar('protesters', 'movement', ['المتظاهرون', 'المحتجون', 'متظاهرون']),
    ar('abadi', 'person', ['العبادي', 'حيدر العبادي']),
    ar('sistani', 'person', ['السيستاني']),
    ar('uae', 'country', ['الإمارات', 'الإمارات العربية المتحدة']),
    ar('parliament', 'government', ['البرلمان', 'مجلس النواب العراقي']),
    ar('knesset', 'government', ['الكنيست', 'الكنيست الإسرائيلي']),
    ar('coalition', 'organization', ['التحالف الدولي']),
  ],
  topics: [
    {
      id: 'services',
      label: { en: 'Better services' },
      pro: { ar: ['توفير الخدمات', 'تحسين الخدمات', 'فرص العمل'] },
      anti: { ar: ['سوء الخدمات'] },
    },
    {
      id: 'anti-corruption',
      label: { en: 'Fighting corruption' },
      pro: { ar: ['مكافحة الفساد', 'محاربة الفساد', 'مواجهة الفساد'] },
      anti: { ar: ['الفساد'] },
    },
    {
      id: 'recount',
      label: { en: 'Manual recount' },
      pro: { ar: ['إعادة فرز الأصوات'] },
      anti: {},
    },
    {
      id: 'nation-state-law',
      label: { en: 'Nation-state law' },
      pro: { ar: ['قانون القومية', 'قانون الدولة القومية'] },
      anti: {},
    },
    {
      id: 'strikes',
      label: { en: 'Coalition strikes' },
      pro: { ar: ['ضربات جوية'] },
      anti: {},
    },
    {
      id: 'protection',
      label: { en: 'Protection of Palestinians' },
      pro: { ar: ['حماية الشعب الفلسطيني'] },
      anti: {},
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-07-20' });

describe('a list of demanded acts', () => {
  it('the second act is demanded, not stopped by the first one', () => {
    expect(t('وطالب المتظاهرون بإقالة المحافظ وتوفير الخدمات وفرص العمل.')).toEqual([
      'protesters/services/support',
    ]);
    expect(t('وطالب المتظاهرون برحيل المحافظ ومحاربة الفساد.')).toEqual([
      'protesters/anti-corruption/support',
    ]);
    // corpus: the UAE foreign ministry on the Gaza protests.
    expect(
      t(
        'وأدانت الإمارات لاستخدام القوة في مواجهة المسيرات السلمية، داعيا المجتمع الدولي إلى "الاضطلاع بمسؤولياته تجاه وقف العنف وحماية الشعب الفلسطيني الشقيق".',
      ),
    ).toContain('uae/protection/support');
    expect(t('ودعا العبادي إلى وقف العنف وتوفير الخدمات الصحية.')).toContain('abadi/services/support');
  });

  it('reaches the last act of a long ordered list', () => {
    // fresh-iq's sentence, as the AFP report words it.
    expect(
      t(
        'كما وجه العبادي "بإطلاق تخصيصات للبصرة لتحلية المياه وفك الاختناقات في شبكات الكهرباء وتوفير الخدمات الصحية اللازمة".',
      ),
    ).toContain('abadi/services/support');
  });

  it('must not fire: a second object of the act inside a topic phrase, or a thing after "و"', () => {
    const got = t('ودعا السيستاني إلى مواجهة الفساد وسوء الخدمات.');
    expect(got).toContain('sistani/anti-corruption/support');
    expect(got).not.toContain('sistani/services/oppose');
    // "إطلاق سراح" then a definite noun, not an act: nothing new is read from the list.
    expect(t('وطالب المتظاهرون بإطلاق سراح المعتقلين والفساد مستمر.')).not.toContain(
      'protesters/anti-corruption/support',
    );
  });
});

describe('أقر: passing a law', () => {
  it('a law passed by a body is supported by it', () => {
    expect(
      t(
        'وكان البرلمان قد أقر الأربعاء قانونا بإعادة فرز الأصوات يدويا على مستوى البلاد إثر مزاعم بعمليات تزوير كبيرة.',
      ),
    ).toContain('parliament/recount/support');
    expect(t('وأقر الكنيست الإسرائيلي، الخميس، قانون الدولة القومية.')).toContain(
      'knesset/nation-state-law/support',
    );
  });

  it('must not fire: أقر ب is "admitted"', () => {
    // corpus, AL-internationalNews-1415-20180601
    expect(
      t(
        'أقر التحالف الدولي بقيادة الولايات المتحدة في سوريا والعراق، الجمعة، بمقتل تسعة مدنيين إضافيين في ضربات جوية.',
      ),
    ).not.toContain('coalition/strikes/support');
  });
});

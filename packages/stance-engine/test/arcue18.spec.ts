import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Arabic stance cues the lexicon lacked: a concern felt or voiced by a verb's subject ("تشعر
// إسرائيل بالقلق من"), good relations with someone ("علاقات جيدة مع"), involvement in a misdeed
// ("ضالعة في"), and "مشروع" as a predicate (legitimate). Sentences are copied from the corpus
// (corpus/news-ar.jsonl) unless marked as the task's examples.
const arActor = actorsNamedIn('ar');

const AR: Codebook = {
  version: 1,
  name: 'unit-tests-arcue18',
  actors: [
    arActor('iran', 'country', ['إيران', 'طهران']),
    arActor('israel', 'country', ['إسرائيل']),
    arActor('russia', 'country', ['روسيا', 'موسكو']),
    arActor('turkey', 'country', ['تركيا', 'أنقرة']),
    arActor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    arActor('saudi', 'country', ['السعودية']),
    arActor('ypg', 'armed-group', ['وحدات حماية الشعب الكردي', 'وحدات حماية الشعب']),
    arActor('iraqi-government', 'government', ['الحكومة العراقية']),
    arActor('trump', 'person', ['دونالد ترامب', 'ترامب']),
    arActor('mattis', 'person', ['جيمس ماتيس', 'ماتيس']),
    arActor('velayati', 'person', ['علي أكبر ولايتي', 'ولايتي']),
    arActor('pompeo', 'person', ['مايك بومبيو', 'بومبيو']),
  ],
  topics: [
    ...targetTopics(['iran', 'israel', 'russia', 'turkey', 'usa', 'saudi', 'ypg', 'iraqi-government']),
    {
      id: 'iran-regional-role',
      label: { ar: 'الدور الإيراني' },
      pro: { ar: ['التواجد الإيراني', 'الوجود الإيراني', 'النفوذ الإيراني'] },
      anti: {},
    },
    {
      id: 'settlements',
      label: { ar: 'المستوطنات' },
      pro: { ar: ['المستوطنات الإسرائيلية'] },
      anti: {},
    },
    {
      id: 'ceasefire',
      label: { ar: 'وقف إطلاق النار' },
      pro: { ar: ['وقف إطلاق النار'] },
      anti: {},
    },
  ],
};

const ar = triplesWith(AR, { lang: 'ar', published_at: '2018-05-10' });

describe('Arabic: a concern felt or voiced by the subject of a verb', () => {
  it('تشعر X بالقلق من / أعرب عن القلق / أبدى قلقا: the subject opposes what it is concerned about', () => {
    expect(
      ar('وتشعر إسرائيل بالقلق أيضا من ترسيخ إيران لوجودها العسكري في سوريا وقصفت أهدافا إيرانية هناك.'),
    ).toContain('israel/iran-as-target/oppose');
    // Shortened from "أن الولايات المتحدة تشعر بقلق بالغ إزاء قرار أنقرة شراء …" (after "بالغ", إزاء
    // reaches no target yet).
    expect(ar('وقال بومبيو إن الولايات المتحدة تشعر بالقلق إزاء تركيا.')).toContain(
      'usa/turkey-as-target/oppose',
    );
    // The task's kind of sentence, with the noun and its verb of voicing apart.
    expect(ar('وأعربت السعودية عن القلق من النفوذ الإيراني.')).toEqual(['saudi/iran-regional-role/oppose']);
    expect(ar('وأبدت السعودية قلقا من النفوذ الإيراني.')).toEqual(['saudi/iran-regional-role/oppose']);
  });

  it('a plural adjective of concern is the speaker’s: نحن قلقون من', () => {
    expect(ar('وقال بومبيو: نحن قلقون من النفوذ الإيراني.')).toContain('pompeo/iran-regional-role/oppose');
  });

  it('must not fire: a concern not felt, or felt by no one named', () => {
    // Corpus: "قال إن الولايات المتحدة "لا تشعر بالقلق" من هذه الخطوة" (the EU's blocking law).
    expect(ar('وقال مسؤول إن الولايات المتحدة لا تشعر بالقلق من النفوذ الإيراني.')).toEqual([]);
    expect(
      ar('هناك إدراك متنامي بدور السعودية المحوري والقادم وقلق من الدور الإيراني الإقليمي.'),
    ).not.toContain('saudi/iran-regional-role/oppose');
    // A concern owned by a genitive keeps its owner: "عن قلق موسكو" is Russia's, not the voicer's.
    expect(ar('وأعرب بومبيو عن قلق موسكو من النفوذ الإيراني.')).toEqual(['russia/iran-regional-role/oppose']);
  });
});

describe('Arabic: good relations with someone', () => {
  it('علاقات جيدة / وثيقة مع X: the holder sides with X', () => {
    expect(
      ar(
        'وأنشأت روسيا علاقات جيدة مع وحدات حماية الشعب الكردي، ودعتها للمشاركة في مؤتمر الحوار الوطني، الذي عقد مؤخرا في سوتشي.',
      ),
    ).toContain('russia/ypg-as-target/support');
    expect(
      ar(
        'لكن موسكو لديها علاقات وثيقة بإسرائيل، فرئيس الوزراء الإسرائيلي، بنيامين نتنياهو، كان مدعوا مؤخرا كضيف شرف في استعراض عسكري ضخم في موسكو.',
      ),
    ).toContain('russia/israel-as-target/support');
    // The task's example, with the government named as the codebook names it.
    expect(ar('وقال بومبيو: تجمعنا علاقات طويلة وجيدة مع الحكومة العراقية.')).toContain(
      'pompeo/iraqi-government-as-target/support',
    );
  });

  it('must not fire: relations described in a relative clause, or relations without a good word', () => {
    expect(
      ar(
        'وقال ترامب، الذي يتمتع بعلاقات وثيقة مع السعودية، وولي العهد، إن بلاده طلبت من تركيا الأدلة الصوتية.',
      ),
    ).not.toContain('trump/saudi-as-target/support');
    expect(ar('وقررت السعودية قطع العلاقات مع إيران.')).not.toContain('saudi/iran-as-target/support');
    expect(ar('وناقش الوزير إعادة العلاقات مع إيران.')).toEqual([]);
  });
});

describe('Arabic: involvement in a misdeed', () => {
  it('X ضالعة / متورطة في + misdeed, in a speaker’s words: the speaker opposes X', () => {
    // The task's example (the corpus quotes it without "إن").
    expect(ar('وقال ماتيس إن إيران ضالعة في مشاكل المنطقة كافة من اليمن إلى العراق.')).toContain(
      'mattis/iran-as-target/oppose',
    );
    expect(ar('وقال بومبيو إن إيران متورطة في الهجوم على السفارة.')).toContain(
      'pompeo/iran-as-target/oppose',
    );
  });

  it('must not fire: negated involvement, or the parties involved in a conflict', () => {
    expect(ar('وقال بومبيو إن إيران ليست متورطة في الهجوم.')).toEqual([]);
    expect(
      ar('وتطالب الولايات المتحدة روسيا والقوى الأخرى المتورطة في النزاع السوري بإنجاز القرار الدولي.'),
    ).not.toContain('usa/russia-as-target/oppose');
  });
});

describe('Arabic: مشروع as the predicate (legitimate)', () => {
  it('a definite noun phrase ending in مشروع: support; غير مشروع: oppose', () => {
    // fresh-ar: «فرأى المسؤول الإيراني أن "التواجد" الإيراني في المنطقة مشروع لأن إيران تنتمي …».
    expect(
      ar('وقال ولايتي إن "التواجد" الإيراني في المنطقة مشروع لأن إيران تنتمي لمنطقة غرب آسيا.'),
    ).toContain('velayati/iran-regional-role/support');
    expect(ar('وقال ولايتي إن الوجود الإيراني في المنطقة غير مشروع.')).toContain(
      'velayati/iran-regional-role/oppose',
    );
  });

  it('must not fire: a project or a draft', () => {
    expect(ar('وقدمت روسيا مشروع قرار إلى مجلس الأمن بشأن وقف إطلاق النار.')).not.toContain(
      'russia/ceasefire/support',
    );
    expect(ar('وقال ولايتي إن إيران ستواصل مشروعها في المنطقة.')).toEqual([]);
  });
});

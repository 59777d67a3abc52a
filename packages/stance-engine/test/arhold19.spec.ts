// Round arhold19: Arabic holders around quotations and reported speech.
// - No actor inside a quotation (three words or more, with a word of its own) that closed before a
//   cue is that cue's subject: a circumstantial participle after the closing mark ("…"، مشددا /
//   داعيا / متوعدا …) goes on with the clause the quotation belongs to. A quoted act noun with its
//   agent in the genitive ("رفض الإمارات القاطع") names who expresses it.
// - A noun of a party (حليف، شريك …) takes no complement clause: "لقائه حليفه السوري إن …".
// - A name in the genitive of a community noun (أكراد سوريا، عشائر العراق) is a place, not the actor.
// Sentences from corpus/news-ar.jsonl (articles in no eval set), some shortened.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arhold19-unit-tests',
  actors: [
    ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('uae', 'country', ['الإمارات', 'الإمارات العربية المتحدة']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('israel', 'country', ['إسرائيل']),
    ar('syria', 'country', ['سوريا', 'دمشق']),
    ar('kuwait', 'country', ['الكويت', 'دولة الكويت']),
    ar('houthis', 'armed-group', ['الحوثيين', 'الحوثيون']),
    ar('trump', 'person', ['دونالد ترامب', 'ترامب']),
    ar('putin', 'person', ['فلاديمير بوتين', 'بوتين']),
  ],
  topics: [
    ...targetTopics(['saudi-arabia', 'iran', 'israel', 'houthis', 'syria'], ['ar']),
    {
      id: 'political-solution',
      label: { ar: 'الحل السياسي في سوريا' },
      pro: { ar: ['العملية السياسية'] },
      anti: {},
    },
    {
      id: 'protection',
      label: { ar: 'حماية الفلسطينيين' },
      pro: { ar: ['حماية الشعب الفلسطيني'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-15' });

describe('a participle after a closing quotation mark', () => {
  it('is not held by the last actor inside the quotation', () => {
    const out = triples(
      'ودان البيت الأبيض، في بيان "الهجمات الاستفزازية بالصواريخ التي قام بها النظام الإيراني من سوريا"، مضيفا "ندعم بقوة حق إسرائيل في التحرك للدفاع عن نفسها".',
    );
    expect(out).not.toContain('iran/israel-as-target/support');
    expect(out).not.toContain('syria/israel-as-target/support');
  });

  it('goes on with the subject of the verb that opened the quotation', () => {
    expect(
      triples(
        'وكان ترامب قال في كلمة له، الثلاثاء، معلنا انسحاب بلاده من الاتفاق النووي الإيراني: "من الواضح أننا لن نستطيع منع إيران من تصنيع قنبلة نووية بهذا الاتفاق ذو البنية الضعيفة،" متوعدا بعقوبات اقتصادية ضد طهران.',
      ),
    ).toContain('trump/iran-as-target/oppose');
  });

  it('passes over a quoted phrase to the speaker named before it', () => {
    const out = triples(
      'علّق وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، الجمعة، على ما وصفها بـ"الأزمة التي تطال السعودية"، في إشارة على ما يبدو إلى قضية اختفاء الإعلامي السعودي جمال خاشقجي، مؤكدا على رفض الأحكام المسبقة ومحاولات تقويض استقرار السعودية.',
    );
    expect(out).toContain('uae/saudi-arabia-as-target/support');
  });

  it('takes the agent of a quoted act noun ("رفض الإمارات القاطع") as the one who goes on', () => {
    expect(
      triples(
        'وشدد البيان على "رفض الإمارات القاطع" لاستخدام القوة في مواجهة المسيرات السلمية، التي انطلقت في الذكرى الـ 70 للنكبة، داعيا المجتمع الدولي إلى "الاضطلاع بمسؤولياته تجاه وقف العنف وحماية الشعب الفلسطيني الشقيق".',
      ),
    ).toContain('uae/protection/support');
  });

  it('keeps the speaker of a quotation that is the predicate of its own clause', () => {
    expect(
      triples(
        'وقال العتيبي إن دولة الكويت "تدين وتستنكر بأشد العبارات" تلك الهجمات الصاروخية على المملكة، مشيراً إلى أنها "تعبّر دون ادنى شك عن انتهاك الحوثيين للقانون الدولي وقرارات مجلس الأمن ذات الصلة".',
      ),
    ).toContain('kuwait/houthis-as-target/oppose');
  });
});

describe('a list of act nouns under على or ضرورة', () => {
  it('is read by the list governor, not by the first act ("وقف العنف وحماية …")', () => {
    const out = triples('وشددت الإمارات على ضرورة وقف العنف وحماية الشعب الفلسطيني الشقيق.');
    expect(out).toContain('uae/protection/support');
    expect(out).not.toContain('uae/protection/oppose');
  });
});

describe('a noun of a party before إن', () => {
  it('does not make the ally the speaker of the clause ("لقائه حليفه السوري إن …")', () => {
    const out = triples(
      'وقال الرئيس الروسي خلال لقائه حليفه السوري إن بدء العملية السياسية في سوريا سيساعد في انسحاب "القوات المسلحة الأجنبية" من هذا البلد.',
    );
    expect(out).not.toContain('syria/political-solution/support');
  });
});

describe('a country named in the genitive of a community noun', () => {
  it('is the place of the community, not the country (أكراد سوريا)', () => {
    const out = triples('وأكد أكراد سوريا رفضهم للتدخل الإيراني في عفرين.');
    expect(out).not.toContain('syria/iran-as-target/oppose');
  });

  it('leaves the country itself a holder', () => {
    expect(triples('وأكدت سوريا رفضها للتدخل الإيراني في عفرين.')).toContain('syria/iran-as-target/oppose');
  });

  it('is no target either (دفاعا عن أكراد سوريا)', () => {
    const out = triples(
      'وقالت إيران إن المقاتلين الأجانب يقومون بواجب أممي، دفاعا عن أكراد سوريا وغيرهم من الأقليات الدينية والعرقية.',
    );
    expect(out.filter((t) => t.includes('syria-as-target'))).toEqual([]);
  });
});

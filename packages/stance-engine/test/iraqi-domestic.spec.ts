// Constructions of Iraqi domestic news (eval/fresh-iq round), each counted over corpus/news-ar.jsonl
// before it became a rule: threats of one's own course of action (توعد بالقصاص), orders with a
// day word before their ب-complement and وجّه/أوعز as order verbs, a bare two-word title naming
// the one holder of the title named paragraphs before, and destabilising (زعزعة الاستقرار) as a
// judgement rather than praise of stability; a consequence clause (مما …) and a crowd subject
// (يتهم السكان …) hold no position of the actor before them; a decision's named owner holds it
// whatever the verb governing the decision noun does (رفضت المحكمة قرار البرلمان بـ…); a group
// named by a plural noun is named without the article too (أضرم محتجون النار …). Sentences are real ones from the corpus unless
// marked; every rule has a near miss that must not fire.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const asTarget = (id: string) => ({ id: `${id}-as-target`, actor: id, label: { ar: id }, pro: {}, anti: {} });

const CODEBOOK: Codebook = {
  version: 1,
  name: 'iraqi-domestic-unit-tests',
  actors: [
    actor('abadi', 'person', ['حيدر العبادي', 'العبادي'], {
      roles: [{ title: { ar: ['رئيس الوزراء العراقي'] }, from: '2014-09-08', to: '2018-10-24' }],
    }),
    actor('jaafari', 'person', ['إبراهيم الجعفري', 'الجعفري'], {
      roles: [{ title: { ar: ['رئيس الوزراء العراقي'] }, from: '2005-05-03', to: '2006-05-20' }],
    }),
    actor('iraqi-parliament', 'government', ['البرلمان العراقي', 'البرلمان']),
    actor('federal-court', 'government', ['المحكمة الاتحادية العليا', 'المحكمة الاتحادية']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('russia', 'country', ['روسيا']),
    actor('protesters', 'movement', ['المتظاهرون', 'المحتجون']),
    actor('sadr', 'person', ['مقتدى الصدر']),
    actor('iraqi-government', 'government', ['الحكومة العراقية', 'الحكومة المركزية']),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('usa', 'country', ['الولايات المتحدة']),
    actor('isis', 'armed-group', ['داعش', 'تنظيم داعش']),
  ],
  topics: [
    {
      id: 'executions',
      label: { ar: 'تنفيذ أحكام الإعدام' },
      pro: { ar: ['تنفيذ حكم الإعدام', 'تنفيذ أحكام الإعدام', 'القصاص', 'الاقتصاص'] },
      anti: {},
    },
    {
      id: 'services',
      label: { ar: 'الخدمات' },
      pro: { ar: ['توفير الخدمات', 'تطوير الخدمات الأساسية'] },
      anti: {},
    },
    { id: 'recount', label: { ar: 'إعادة الفرز' }, pro: { ar: ['إعادة فرز الأصوات'] }, anti: {} },
    {
      id: 'annul-abroad',
      label: { ar: 'إلغاء أصوات الخارج' },
      pro: { ar: ['إلغاء نتائج انتخابات الخارج'] },
      anti: {},
    },
    { id: 'rerun', label: { ar: 'إعادة الانتخابات' }, pro: { ar: ['إعادة الانتخابات'] }, anti: {} },
    { id: 'corruption', label: { ar: 'الفساد' }, pro: {}, anti: { ar: ['الفساد'] } },
    asTarget('iran'),
    asTarget('iraqi-government'),
    asTarget('iraqi-parliament'),
    asTarget('isis'),
  ],
};
const read = triplesWith(CODEBOOK, { lang: 'ar' });
const triples = (text: string, date = '2018-07-01'): string[] =>
  read(text, { published_at: `${date}T00:00:00Z` });

describe('Iraqi domestic news: threats and orders of a course of action', () => {
  it('توعد with a course of action endorses it (69 uses in the corpus)', () => {
    expect(
      triples(
        'ويأتي ذلك بعدما توعد العبادي في وقت سابق الخميس بالاقتصاص من جهاديين متورطين بإعدام مجموعة من الرهائن.',
      ),
    ).toEqual(['abadi/executions/support']);
  });

  it('near miss: توعد with a person still opposes the person threatened', () => {
    expect(triples('وتوعد العبادي تنظيم داعش.')).toEqual(['abadi/isis-as-target/oppose']);
  });

  it('an order with a day word before its ب-complement: "أمر أمس بتنفيذ …"', () => {
    expect(triples('وكان العبادي أمر أمس بتنفيذ حكم الإعدام في كل المدانين بالإرهاب.')).toEqual([
      'abadi/executions/support',
    ]);
    expect(triples('وأمر البرلمان اليوم بإعادة فرز الأصوات يدويا.')).toEqual([
      'iraqi-parliament/recount/support',
    ]);
  });

  it('وجّه with a ب-complement orders it: "وجه العبادي بإطلاق … وتوفير الخدمات"', () => {
    expect(
      triples('كما وجه العبادي بإطلاق تخصيصات للبصرة لتحلية المياه وتوفير الخدمات الصحية اللازمة.'),
    ).toEqual(['abadi/services/support']);
  });

  it('near misses: توجه (went) and a ب of manner are no orders (constructed)', () => {
    expect(triples('وتوجه العبادي بالطائرة إلى البصرة لتوفير الخدمات.')).toEqual([]);
    expect(triples('ووجه العبادي بشكل مباشر رسالة عن توفير الخدمات.')).toEqual([]);
  });
});

describe('Iraqi domestic news: a bare title far from the name', () => {
  // BB-middleEast-980-20180909 (eval/fresh-iq): the prime minister is named in the second
  // sentence and called "رئيس الوزراء" seven sentences later.
  const BASRA =
    'وجاء الإعلان عن رفع حظر التجول، الذي فُرض مساء يوم الجمعة، بعدما أمر رئيس الوزراء العراقي، حيدر العبادي، بإقالة عدد من كبار ضباط الشرطة في البصرة بعد أيام من الاحتجاجات الدامية هناك.\n' +
    'وقُتل 12 شخصا في اشتباكات مع قوات الأمن خلال الأيام القليلة الماضية.\n' +
    'وفُرض حظر التجول بعدما أضرم محتجون النار في القنصلية في المدينة، ذات الغالبية الشيعية.\n' +
    'واشتدت حدة الاستياء في البصرة بسبب قلة فرص العمل ونقص إمدادات الكهرباء والمياه الصالحة للشرب.\n' +
    'وفي الآونة الأخيرة، نُقل مئات الأشخاص إلى المستشفيات بعد شرب مياه ملوثة.\n' +
    'ويتهم السكان المسؤولين بالفساد، قائلين إنهم سمحوا بانهيار البنية التحتية في المنطقة التي توفر قسطا كبيرا من ثروة البلد النفطية.\n';
  const PLEDGE = 'وتعهد رئيس الوزراء يوم الجمعة بتعجيل صرف مخصصات مالية لتطوير الخدمات الأساسية في البصرة.';

  it('"رئيس الوزراء" names the one prime minister the article named, however far back', () => {
    expect(triples(BASRA + PLEDGE, '2018-09-09')).toEqual(['abadi/services/support']);
  });

  it("near miss: not after another prime minister's full title, nor a former holder (constructed)", () => {
    const otherPm = 'والتقى رئيس الوزراء البريطاني السابق توني بلير وفدا من البصرة.\n';
    expect(triples(BASRA + otherPm + PLEDGE, '2018-09-09')).toEqual([]);
    const former = BASRA.replace(
      'رئيس الوزراء العراقي، حيدر العبادي',
      'رئيس الوزراء الأسبق، إبراهيم الجعفري',
    );
    expect(triples(former + PLEDGE, '2018-09-09')).toEqual([]);
  });
});

describe('Iraqi domestic news: destabilising is a judgement (91 uses in the corpus)', () => {
  it('"إيران المزعزع للاستقرار", "إيران تزعزع استقرار المنطقة" oppose Iran', () => {
    expect(
      triples(
        'وقالت السعودية إنها تسعى لوقف تأثير حزب الله وإيران المزعزع للاستقرار في المنطقة، من خلال استهداف قادتهم.',
      ),
    ).toEqual(['saudi-arabia/iran-as-target/oppose']);
    expect(triples('وقال وزير الخارجية الأمريكي: "إن إيران تزعزع استقرار المنطقة بأكملها".')).toEqual([
      'usa/iran-as-target/oppose',
    ]);
  });

  it('near miss: stability without a destabilising word still praises (constructed)', () => {
    expect(triples('وقال العبادي إن إيران ضمانة للاستقرار.')).toEqual(['abadi/iran-as-target/support']);
  });
});

describe('Iraqi domestic news: whose words these are not', () => {
  it('"مما أثار …" opens a consequence: the calls it raised are not the subject\'s', () => {
    expect(triples('وكان البرلمان قد طالب بإعادة فرز الأصوات، مما أثار نداءات بإعادة الانتخابات.')).toEqual([
      'iraqi-parliament/recount/support',
    ]);
  });

  it("near miss: a second complement of the same demand is still the subject's (constructed)", () => {
    expect(triples('وكان البرلمان قد طالب بإعادة فرز الأصوات وبإعادة الانتخابات.')).toEqual([
      'iraqi-parliament/recount/support',
      'iraqi-parliament/rerun/support',
    ]);
  });

  it('residents right after the verb are its subject: the government after them is accused', () => {
    expect(
      triples('ويتهم السكان الحكومة المركزية في بغداد بالفساد، قائلين إنها سمحت بانهيار البنية التحتية.'),
    ).toEqual([]);
  });

  it('near miss: a tracked subject still accuses (constructed)', () => {
    expect(triples('ويتهم مقتدى الصدر الحكومة المركزية بالفساد.')).toEqual([
      'sadr/corruption/support',
      'sadr/iraqi-government-as-target/oppose',
    ]);
  });

  it('the proximity reading stops at a clause opener too ("… بينما ساعدت إيران …")', () => {
    expect(triples('ووفرت روسيا دعما جويا قويا بينما ساعدت إيران بمليشياتها المختلفة قوات الأسد.')).toEqual(
      [],
    );
    expect(triples('ووفرت روسيا دعما لإيران.')).toEqual(['russia/iran-as-target/support']);
  });
});

describe("Iraqi domestic news: rejecting a body's decision", () => {
  it('"رفضت المحكمة قرار البرلمان بإلغاء …": the court opposes the measure, the parliament holds it', () => {
    expect(
      triples(
        'من جهة ثانية، رفضت المحكمة الاتحادية قرار البرلمان بإلغاء نتائج انتخابات الخارج والنازحين والقوات الأمنية.',
        '2018-06-21',
      ),
    ).toEqual([
      'federal-court/annul-abroad/oppose',
      'federal-court/iraqi-parliament-as-target/oppose',
      'iraqi-parliament/annul-abroad/support',
    ]);
  });

  it('near miss: welcoming the decision keeps both on its side (constructed)', () => {
    expect(triples('ورحبت المحكمة الاتحادية بقرار البرلمان بإعادة فرز الأصوات.', '2018-06-21')).toEqual([
      'federal-court/iraqi-parliament-as-target/support',
      'federal-court/recount/support',
      'iraqi-parliament/recount/support',
    ]);
  });
});

describe('Iraqi domestic news: a group named by a plural noun', () => {
  it('"محتجون" without the article is some of "المحتجون" (180 such uses in the corpus)', () => {
    expect(
      triples(
        'وفُرض حظر التجول بعدما أضرم محتجون النار في القنصلية الإيرانية في المدينة، ذات الغالبية الشيعية.',
      ),
    ).toEqual(['protesters/iran-as-target/oppose']);
  });

  it('near miss: one protester is not the group (constructed)', () => {
    expect(triples('وأضرم متظاهر النار في القنصلية الإيرانية في المدينة.')).toEqual([]);
  });
});

// Arabic round on statements whose holder or topic is named in an earlier sentence: an official
// called by office and nationality after his name ("المسؤول الإيراني"), and the bare head of an
// agreement named before with a participle of signing or a relative after a demonstrative.
// Sentences from eval/fresh-ar and corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'ar-xsent14-unit-tests',
  actors: [
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('velayati', 'person', ['علي أكبر ولايتي', 'علي ولايتي', 'ولايتي'], { memberOf: ['iran'] }),
    actor('european-states', 'organization', ['الدول الأوروبية', 'الأوروبيين']),
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن', 'أمريكا']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], { memberOf: ['usa'] }),
    actor('eu', 'organization', ['الاتحاد الأوروبي']),
    actor('hariri', 'person', ['سعد الحريري', 'الحريري'], {
      roles: [{ title: { ar: ['رئيس الحكومة اللبنانية'] }, from: '2016-12-18', to: '2020-01-21' }],
    }),
    actor('russia', 'country', ['روسيا', 'موسكو']),
    actor('lavrov', 'person', ['سيرغي لافروف', 'لافروف'], { memberOf: ['russia'] }),
    actor('coalition', 'other', ['التحالف بقيادة السعودية', 'التحالف']),
  ],
  topics: [
    {
      id: 'deal',
      label: { ar: 'الاتفاق النووي الإيراني' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي'] },
    },
    {
      id: 'sanctions',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['إعادة فرض إجراءات الحظر', 'إعادة الحظر'] },
      anti: {},
    },
    {
      id: 'embassy',
      label: { ar: 'نقل السفارة الأمريكية إلى القدس' },
      pro: { ar: ['نقل السفارة الأمريكية إلى القدس', 'نقل سفارتها'] },
      anti: {},
    },
    { id: 'coalition-as-target', actor: 'coalition', label: { ar: 'التحالف' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-20' });

describe('a definite office noun with a nationality adjective is the person of that state named last', () => {
  const named =
    'وقال ولايتي في تصريحات أدلى بها الخميس للصحفيين، وفقا لوكالة "فارس" الإيرانية، إن بلاده تعتقد أن استرضاء ترامب سيجعل الاتفاق النووي بلا قيمة.\n';
  const warned =
    'وحذر المسؤول الإيراني الدول الأوروبية من التشكيك في "مصداقية الاتفاق النووي" والعمل على إعادة فرض إجراءات الحظر على إيران.';

  it('"وحذر المسؤول الإيراني … من … إعادة فرض إجراءات الحظر" after Velayati is named: Velayati and Iran', () => {
    const got = triples(named + warned);
    expect(got).toContain('velayati/sanctions/oppose');
    expect(got).toContain('iran/sanctions/oppose');
  });

  it('near miss: with no person of that state named before, the anonymous official holds nothing', () => {
    expect(triples(warned)).toEqual([]);
  });

  it('near miss: an official named by office alone since ("مسؤول إيراني") is someone else', () => {
    const other = 'وقال مسؤول إيراني للصحفيين إن المحادثات مستمرة.\n';
    expect(triples(named + other + warned)).not.toContain('velayati/sanctions/oppose');
  });
});

describe('a definite office noun with a nationality adjective after an official named by his office', () => {
  const noPersons = triplesWith(
    { ...CODEBOOK, actors: CODEBOOK.actors.filter((a) => a.kind !== 'person') },
    { lang: 'ar', published_at: '2018-04-26' },
  );
  const warned =
    'وحذر المسؤول الإيراني الدول الأوروبية من التشكيك في "مصداقية الاتفاق النووي" والعمل على إعادة فرض إجراءات الحظر على إيران.';

  it('"شدد مستشار المرشد الأعلى الإيراني … وحذر المسؤول الإيراني …": the state holds', () => {
    const text =
      'شدد مستشار المرشد الأعلى الإيراني للشؤون الدولية، علي ولايتي، الخميس، على أن طهران لن تقبل بذلك.\n' +
      warned;
    expect(noPersons(text)).toContain('iran/sanctions/oppose');
  });

  it('near miss: after an official introduced without name or office ("مسؤول إيراني كبير")', () => {
    const text = 'وقال مسؤول إيراني كبير رفض الكشف عن اسمه إن طهران لن تقبل بذلك.\n' + warned;
    expect(noPersons(text)).toEqual([]);
  });
});

describe('a bare head of an agreement named before, with a participle of signing or after a demonstrative', () => {
  it('"انسحابها … من الاتفاق الموقع في 2015" after "الاتفاق النووي" in the previous sentence', () => {
    const text =
      'وهذا التعهد الذي قطعه وزراء خارجية الدول الخمس التي لا تزال طرفا في الاتفاق النووي مع إيران، شكل جزءا من 11 هدفا.\n' +
      'وكانت واشنطن طلبت إثر انسحابها في أيار/مايو 2018 من الاتفاق الموقع في 2015، من كافة الدول الوقف التام لوارداتها من النفط الإيراني.';
    expect(triples(text)).toContain('usa/deal/oppose');
  });

  it('"التزام الاتحاد الأوروبي بالاتفاق المبرم مع إيران" after "الاتفاق النووي"', () => {
    const text =
      'وكان كانتي يتحدث من طهران الجمعة، منذ قرار الرئيس الأمريكي، دونالد ترامب، الخروج من الاتفاق النووي مع إيران.\n' +
      'ويسعى كانتي إلى طمأنة الإيرانيين بشأن التزام الاتحاد الأوروبي بالاتفاق المبرم مع إيران على الرغم من انسحاب الولايات المتحدة الأمريكية منه.';
    expect(triples(text)).toContain('eu/deal/support');
  });

  it('"وندد ترامب بهذا الاتفاق الذي …": a relative after a demonstrative', () => {
    const text =
      'ورغم اعتراض الحلفاء الأوروبيين انسحبت الولايات المتحدة في أيار/مايو من الاتفاق النووي مع إيران الذي تم توقيعه عام 2015. ' +
      'وندد ترامب بهذا الاتفاق الذي تم التوصل إليه خلال حكم سلفه باراك أوباما بوصفه متحيزا لصالح إيران.';
    expect(triples(text)).toContain('trump/deal/oppose');
  });

  it('near miss: another definite adjective makes another agreement ("الاتفاق الأمني")', () => {
    const text =
      'وانسحبت الولايات المتحدة من الاتفاق النووي مع إيران.\n' +
      'وأكدت واشنطن التزامها بالاتفاق الأمني مع بغداد.';
    expect(triples(text)).not.toContain('usa/deal/support');
  });
});

describe('a quotation after an opening reporting verb with no subject ("وأضاف: نستنكر …") is the speaker it continues', () => {
  it('"وأضاف:" نستنكر الخطوة … بنقل سفارتها" after Hariri spoke in the previous sentence', () => {
    const text =
      'قال رئيس الحكومة اللبنانية سعد الحريري: "نؤكد على تضامننا الكامل مع الإخوة الفلسطينيين في نضالهم المشروع". ' +
      'وأضاف:" نستنكر الخطوة الاستفزازية التي قامت بها الولايات المتحدة بنقل سفارتها إلى القدس التي من شأنها أن تزيد الصراع بين الاسرائيليين والفلسطينيين".';
    expect(triples(text)).toContain('hariri/embassy/oppose');
  });

  it('near miss: the actor called "ما يسمى ب…" after "ندعو … إلى" is its addressee, not supported', () => {
    const text =
      'وأضاف لافروف أمام مجلس حقوق الإنسان التابع للأمم المتحدة في جنيف، أن موسكو ستستمر في دعم الجيش السوري. ' +
      'وتابع: "ندعو أعضاء ما يسمى بالتحالف الأميركي إلى ضمان وصول المساعدات الإنسانية إلى المناطق الخاضعة لسيطرته".';
    const got = triples(text);
    expect(got).not.toContain('lavrov/coalition-as-target/support');
    expect(got).not.toContain('russia/coalition-as-target/support');
  });
});

// Agreements and pacts (pacts): reaching, signing or striking an agreement supports what it
// settles and, for its parties, each other (the guideline's "an agreement between A and B").
// Arabic: توصّل إلى/لـ اتفاق (مع Y), وقّع/أبرم with a subject of names joined by و; English:
// "reached/struck/signed a deal (with Y)". Not coded: unreached, negated or attempted pacts, and
// no alliance from a truce, evacuation or prisoner exchange between enemies.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'pacts-ar-unit-tests',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'الولايات المتحدة الأميركية', 'واشنطن']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('saudi', 'country', ['السعودية', 'الرياض']),
    ar('russia', 'country', ['روسيا']),
    ar('syria', 'government', ['سوريا', 'دمشق']),
    ar('opposition', 'armed-group', ['المعارضة السورية', 'المعارضة']),
    ar('kuwait', 'country', ['الكويت']),
    ar('philippines', 'country', ['الفلبين']),
    ar('egypt', 'country', ['مصر']),
    ar('ethiopia', 'country', ['إثيوبيا']),
    ar('eu', 'organization', ['الاتحاد الأوروبي']),
    ar('israel', 'country', ['إسرائيل', 'تل أبيب']),
    ar('factions', 'armed-group', ['الفصائل الفلسطينية']),
    ar('ypg', 'armed-group', ['وحدات حماية الشعب الكردية']),
  ],
  topics: [
    ...targetTopics(
      [
        'usa',
        'turkey',
        'saudi',
        'russia',
        'syria',
        'opposition',
        'kuwait',
        'philippines',
        'egypt',
        'ethiopia',
      ],
      ['ar'],
    ),
    ...targetTopics(['israel', 'factions', 'ypg'], ['ar']),
    {
      id: 'truce',
      label: { ar: 'وقف إطلاق النار' },
      pro: { ar: ['وقف إطلاق النار', 'وقف إطلاق نار'] },
      anti: {},
    },
  ],
};
const arTriples = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('Arabic reached agreements: توصل إلى اتفاق (pacts)', () => {
  it('two parties joined by و reaching an agreement support each other', () => {
    expect(
      arTriples(
        'توصلت الولايات المتحدة الأميركية وتركيا لاتفاق على خطة لسحب وحدات حماية الشعب الكردية السورية من مدينة منبج الواقعة في شمال سوريا.',
      ),
    ).toEqual(expect.arrayContaining(['turkey/usa-as-target/support', 'usa/turkey-as-target/support']));
    expect(
      arTriples(
        'ذكرت وكالة "أسوشيتد برس"، الخميس، بأن الرياض وأنقرة توصلتا إلى اتفاق على تشكيل مجموعة عمل مشتركة للبحث عن الصحفي السعودي المختفي.',
      ),
    ).toEqual(expect.arrayContaining(['saudi/turkey-as-target/support', 'turkey/saudi-as-target/support']));
  });

  it('"توصل … إلى تفاهم مع Y" makes Y a partner', () => {
    expect(
      arTriples(
        'و قد أعلن وزير الخارجية التركي مولود جاويش أوغلو عدة مرات أنهم توصلوا إلى تفاهم مع واشنطن بشأن من سيحكم منبج بعد انسحاب الأكراد منها.',
      ),
    ).toContain('turkey/usa-as-target/support');
  });

  it('the ceasefire an agreement reached sets up is supported', () => {
    expect(
      arTriples(
        'وتقوم روسيا، التي تساند قوات الرئيس بشار الأسد، بدور الوساطة بينها وبين فصائل المعارضة، وتوصلت الجمعة إلى اتفاق لوقف إطلاق النار، ينص على إجلاء المقاتلين المعارضين.',
      ),
    ).toContain('russia/truce/support');
  });

  it('failed, unreached or sought agreements take no side', () => {
    expect(
      arTriples(
        'في وقت سابق من أبريل الجاري، اجتمع وزراء خارجية مصر وإثيوبيا والسودان في الخرطوم لإجراء محادثات، لكنهم لم يتوصلوا إلى اتفاق بشأن النزاع المستمر منذ وقت طويل بشأن الحصول على مياه النيل.',
      ),
    ).not.toContain('egypt/ethiopia-as-target/support');
    expect(
      arTriples(
        'وكان رؤساء روسيا وتركيا وإيران قد اجتمعوا الجمعة في العاصمة الإيرانية، طهران، لبحث تطورات الوضع في إدلب، لكنهم فشلوا بالتوصل إلى اتفاق هدنة في المحافظة السورية.',
      ),
    ).not.toContain('russia/turkey-as-target/support');
    expect(
      arTriples(
        'ومنذ ذلك الحين، يحاول البلدان التوصل إلى اتفاق لحماية حقوق العمال الفلبينيين في الكويت، ولا سيما نحو 170 ألف خادمة.',
      ),
    ).toEqual([]);
  });

  it('"توصل إلى أن" (found that) is no pact', () => {
    expect(
      arTriples(
        'وأفاد بيان المنظمة أن بعثة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية توصلت إلى أن "الكلور انبعث من الاسطوانات عند الاصطدام في حي التليل في سراقب".',
      ),
    ).toEqual([]);
  });

  it('an evacuation deal with the other side of a fight makes no ally of it', () => {
    expect(
      arTriples(
        'وكانت المعارضة السورية توصلت إلى اتفاق مع روسيا، الأسبوع الماضي، لإجلاء المناطق الشمالية المحاصرة في حمص ومناطق من محافظة حماه.',
      ),
    ).not.toContain('opposition/russia-as-target/support');
  });

  it('a state and armed factions reaching a ceasefire support it, not each other', () => {
    const found = arTriples(
      'وتوصلت إسرائيل والفصائل الفلسطينية في يوليو، إلى اتفاق وقف إطلاق نار عبر وساطة مصرية، وذلك بعد أعنف تبادل للقصف منذ حرب عام 2014.',
    );
    expect(found).toEqual(expect.arrayContaining(['factions/truce/support', 'israel/truce/support']));
    expect(found).not.toContain('israel/factions-as-target/support');
    expect(found).not.toContain('factions/israel-as-target/support');
  });
});

describe('Arabic signing with a coordinated subject (pacts)', () => {
  it('the agreement is found past the names joined by و, and binds both signatories', () => {
    expect(
      arTriples(
        'وقعت الكويت والفلبين اتفاقية تهدف إلى إنهاء الخلاف بين البلدين بشأن معاملة العمالة الفلبينية في الخدمة المنزلية.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'kuwait/philippines-as-target/support',
        'philippines/kuwait-as-target/support',
      ]),
    );
    expect(
      arTriples(
        'ووقعت واشنطن وتل أبيب على صفقة العام الماضي تبيع الأولى الثانية 50 طائرة من هذا الطراز بحلول عام 2024.',
      ),
    ).toEqual(expect.arrayContaining(['israel/usa-as-target/support', 'usa/israel-as-target/support']));
  });

  it('a deal "to stop the flow" of migrants is no truce: the partner stays', () => {
    expect(
      arTriples(
        'انخفضت أعداد المهاجرين بشكل كبير بعد أن وقع الاتحاد الأوروبي على اتفاق مع تركيا لوقف التدفق.',
      ),
    ).toContain('eu/turkey-as-target/support');
  });

  it('وقع as "happened" stays no signing after coordinated names', () => {
    expect(arTriples('وقعت اشتباكات بين روسيا وتركيا في المنطقة.')).not.toContain(
      'russia/turkey-as-target/support',
    );
  });
});

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'pacts-en-unit-tests',
  actors: [
    en('israel', 'country', ['Israel']),
    en('russia', 'country', ['Russia']),
    en('turkey', 'country', ['Turkey']),
    en('hezbollah', 'armed-group', ['Hezbollah']),
    en('army', 'government', ['the army', 'Syrian army']),
  ],
  topics: [
    ...targetTopics(['israel', 'russia', 'turkey', 'hezbollah', 'army']),
    { id: 'truce', label: { en: 'ceasefire' }, pro: { en: ['ceasefire', 'truce'] }, anti: {} },
  ],
};
const enTriples = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2018-06-01' });

describe('English agreements reached, struck or signed (pacts)', () => {
  it('"reached an agreement with X" binds both parties', () => {
    expect(enTriples('Turkey reached an agreement with Russia on the future of the town.')).toEqual(
      expect.arrayContaining(['russia/turkey-as-target/support', 'turkey/russia-as-target/support']),
    );
  });

  it('"struck a deal" is a pact, not a blow', () => {
    const found = enTriples('Israel struck a deal with Russia on a ceasefire in the south.');
    expect(found).toContain('israel/truce/support');
    expect(found).not.toContain('israel/truce/oppose');
    expect(found).not.toContain('israel/russia-as-target/oppose');
  });

  it('a local truce with the army is for the truce, no alliance', () => {
    const found = enTriples(
      'Jayrud is a heavily populated area whose leaders struck a local truce with the army that had saved it from the heavy bombing.',
    );
    expect(found).not.toContain('army/hezbollah-as-target/support');
    expect(found.filter((t) => t.endsWith('army-as-target/support') || t.endsWith('oppose'))).toEqual([]);
  });

  it('enemies reaching a truce stay enemies', () => {
    const found = enTriples('Israel and Hezbollah reached a truce after weeks of fighting.');
    expect(found).not.toContain('israel/hezbollah-as-target/support');
    expect(found).not.toContain('hezbollah/israel-as-target/support');
  });

  it('a pact not reached takes no side', () => {
    expect(enTriples('Turkey has not reached an agreement with Russia.')).toEqual([]);
    expect(enTriples('Turkey failed to reach an agreement with Russia.')).toEqual([]);
  });
});

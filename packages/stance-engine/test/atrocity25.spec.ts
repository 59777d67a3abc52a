// Inside a speaker's words, an actor named as the doer of an atrocity (a chemical attack or
// chemical weapons, a massacre, war crimes, barrel bombs …) is accused by the speaker, who
// opposes it. Sentences are real ones from corpus/news-ar.jsonl and news-en.jsonl, besides the
// plain forms of the construction.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const actor = (id: string, kind: Codebook['actors'][number]['kind'], ar: string[], en: string[]) => ({
  id,
  kind,
  names: { ar, en },
  roles: [],
  memberOf: [],
});

const CODEBOOK: Codebook = {
  version: 1,
  name: 'atrocity25-unit-tests',
  actors: [
    actor('france', 'country', ['فرنسا'], ['France']),
    actor('macron', 'person', ['إيمانويل ماكرون', 'ماكرون'], ['Emmanuel Macron', 'Macron']),
    actor('germany', 'country', ['ألمانيا', 'برلين'], ['Germany', 'Berlin']),
    actor('russia', 'country', ['روسيا', 'موسكو'], ['Russia', 'Moscow']),
    actor('lavrov', 'person', ['سيرغي لافروف', 'لافروف'], ['Sergei Lavrov', 'Lavrov']),
    actor('turkey', 'country', ['تركيا'], ['Turkey']),
    actor('eu', 'organization', ['الاتحاد الأوروبي'], ['European Union', 'EU']),
    actor('un', 'organization', ['الأمم المتحدة'], ['United Nations', 'UN']),
    actor('iran', 'country', ['إيران', 'طهران'], ['Iran', 'Tehran']),
    actor('pompeo', 'person', ['مايك بومبيو', 'بومبيو'], ['Mike Pompeo', 'Pompeo']),
    actor(
      'syria-gov',
      'government',
      ['الحكومة السورية', 'النظام السوري', 'القوات الحكومية السورية', 'دمشق'],
      ['Syrian government', 'Syrian regime', 'Damascus'],
    ),
    actor('assad', 'person', ['بشار الأسد', 'الأسد'], ['Bashar al-Assad', 'Assad']),
  ],
  topics: [
    { id: 'syria-gov-as-target', actor: 'syria-gov', label: { ar: 'الحكومة السورية' }, pro: {}, anti: {} },
    { id: 'assad-as-target', actor: 'assad', label: { ar: 'الأسد' }, pro: {}, anti: {} },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
  ],
};
const ar = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01' });
const en = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-05-01' });

describe('Arabic: a speaker names the doer of an atrocity', () => {
  it('carried out the chemical attack, used chemical weapons, committed a massacre, is responsible for it', () => {
    expect(ar('قالت فرنسا إن النظام السوري نفذ الهجوم الكيميائي على دوما.')).toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('قالت فرنسا إن النظام السوري استخدم الأسلحة الكيميائية في دوما.')).toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('قالت فرنسا إن قوات النظام السوري ارتكبت مجزرة في دوما.')).toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('قالت فرنسا إن النظام السوري مسؤول عن الهجوم الكيميائي.')).toContain(
      'france/syria-gov-as-target/oppose',
    );
  });

  it('evidence that the government carried out the chemical attack', () => {
    expect(
      ar(
        'أما في باريس، فقد قال الرئيس الفرنسي، إيمانويل ماكرون، إن فرنسا لديها دليل على أن الحكومة السورية نفذت الهجوم الكيماوي، وستتخذ القرار بشأن الرد على ذلك فور الانتهاء من جمع كل المعلومات الضرورية.',
      ),
    ).toContain('france/syria-gov-as-target/oppose');
    expect(
      ar(
        'في غضون ذلك، قال الاتحاد الأوروبي، يوم الأحد، إن هناك دلائل على أن القوات الحكومية السورية استخدمت أسلحة كيماوية ضد مدينة دوما المحاصرة التي تسيطر عليها قوات المعارضة، وطالب التكتل الأوروبي برد دولي.',
      ),
    ).toContain('eu/syria-gov-as-target/oppose');
  });

  it('"هو المسؤول عن الهجوم": responsibility for an attack, past the regime and title words', () => {
    expect(
      ar(
        'وأدانت برلين "الهجوم الكيميائي" على مدينة دوما بالغوطة الشرقية، وقالت إن الأدلة تشير إلى أن نظام الرئيس بشار الأسد هو المسؤول عن الهجوم.',
      ),
    ).toContain('germany/assad-as-target/oppose');
    expect(
      ar(
        'وأضاف بومبيو، الأربعاء، أن طهران هي المسؤولة عن الهجمات الأخيرة على القنصلية الأمريكية في البصرة والهجمات على المنشآت الأمريكية في بغداد.',
      ),
    ).toContain('pompeo/iran-as-target/oppose');
  });

  it('a body\'s finding ("خلصت … إلى أن") is its accusation', () => {
    expect(
      ar(
        'وخلصت الأمم المتحدة، العام الماضي، إلى أن الحكومة السورية مسؤولة عن استخدام غاز الأعصاب السارين في هجوم وقع أبريل/نيسان العام الماضي، راح ضحيته أكثر من 80 شخصا.',
      ),
    ).toContain('un/syria-gov-as-target/oppose');
  });

  it("not when denied, negated, questioned, supposed, or only reported as others' claims", () => {
    expect(ar('نفت فرنسا أن يكون النظام السوري استخدم الأسلحة الكيميائية.')).not.toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('قالت فرنسا إن النظام السوري لم يستخدم الأسلحة الكيميائية.')).not.toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('قالت فرنسا إنها سترد إذا ثبت أن النظام السوري استخدم الأسلحة الكيميائية.')).not.toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('هل استخدمت الحكومة السورية أسلحة كيميائية من قبل؟')).toEqual([]);
    expect(
      ar(
        'انتقد وزير الخارجية الروسي سيرغي لافروف، الاثنين، تقارير عن أن قوات النظام السوري مسؤولة عن هجوم بغاز الكلور في الغوطة الشرقية، حسبما نقلت عنه وكالة الإعلام الروسية.',
      ),
    ).not.toContain('lavrov/syria-gov-as-target/oppose');
  });

  it('no speaker, or the actor as the victim, gives nothing', () => {
    expect(ar('النظام السوري استخدم الأسلحة الكيميائية في دوما.')).toEqual([]);
    expect(ar('قالت فرنسا إن روسيا نفذت الهجوم الكيميائي على النظام السوري.')).not.toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(ar('قالت فرنسا إن النظام السوري شن تحقيقا في الهجوم الكيميائي.')).toEqual([]);
  });
});

describe('English: a speaker names the doer of an atrocity', () => {
  it('used chemical weapons, was responsible for a massacre, dropped barrel bombs', () => {
    expect(en('France said the Syrian regime used chemical weapons in Douma.')).toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(en('France said the Syrian regime used small amounts of sarin gas.')).toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(
      en(
        'Earlier in the day the northern Aleppo province saw a new escalation as a helicopter believed to belong to Syrian government forces dropped barrel bombs in a deadly attack on Turkey-backed opposition forces in the border area Turkish officials said.',
      ),
    ).toContain('turkey/syria-gov-as-target/oppose');
  });

  it('an inquiry of a body found it', () => {
    expect(en('A UN inquiry found that the Syrian regime used sarin in Khan Sheikhoun.')).toContain(
      'un/syria-gov-as-target/oppose',
    );
  });

  it("not when denied, negated or the journalist's own words", () => {
    expect(en('Syria and its ally Russia deny Damascus carried out any such chemical attack.')).not.toContain(
      'russia/syria-gov-as-target/oppose',
    );
    expect(en('France said the Syrian regime did not use chemical weapons.')).not.toContain(
      'france/syria-gov-as-target/oppose',
    );
    expect(
      en('France said the Syrian regime committed to ending the use of chemical weapons.'),
    ).not.toContain('france/syria-gov-as-target/oppose');
    expect(
      en(
        'The Syrian regime committed a horrific massacre in the village of al-Bureij northeast of Aleppo where 18 civilians were killed.',
      ),
    ).toEqual([]);
  });
});

// Arabic stances toward actors (round "aract56"). An attack on ground an actor holds is an attack
// on that actor, as in English ("rebel-held areas"): "مناطق تسيطر عليها X", "الخاضعة لسيطرة X",
// "مناطق سيطرة X", "تحت سيطرة X". Before "مع" the definite "التحالف" (elsewhere the coalition) is
// the act of allying: "إن التحالف مع عون مستمر". An aggression word with على/ضد is an attack on
// what follows ("أدان العدوان على سوريا"), not an evaluation of its victim. Sentences are those of
// corpus/news-ar.jsonl or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'aract56-ar',
  actors: [
    ar('syria', 'government', ['النظام السوري', 'الحكومة السورية', 'دمشق']),
    ar('rebels', 'armed-group', ['الفصائل المسلحة', 'المعارضة المسلحة']),
    ar('isis', 'armed-group', ['تنظيم الدولة الإسلامية', 'داعش']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('israel', 'country', ['إسرائيل']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    ar('hariri', 'person', ['سعد الحريري']),
    ar('aoun', 'person', ['ميشال عون']),
    ar('sdf', 'armed-group', ['قوات سوريا الديمقراطية']),
  ],
  topics: targetTopics(
    ['syria', 'rebels', 'isis', 'iran', 'israel', 'turkey', 'pkk', 'hariri', 'aoun', 'sdf'],
    ['ar', 'en'],
  ),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-11' });

describe('an attack on ground an actor holds', () => {
  it('"أطلقت قوات إيرانية صواريخ على مناطق تحت سيطرة إسرائيل"', () => {
    expect(
      t(
        'والخميس قالت إسرائيل إنها هاجمت كل البنية التحتية العسكرية الإيرانية تقريبا في سوريا بعد أن أطلقت قوات إيرانية صواريخ على مناطق تحت سيطرة إسرائيل.',
      ),
    ).toContain('iran/israel-as-target/oppose');
  });

  it('a strike noun after a light verb: "تشن القوات … هجمات عنيفة على المناطق التي تسيطر عليها X"', () => {
    expect(
      t(
        'ومنذ 18 فبراير/ شباط الماضي، تشن الحكومة السورية هجمات عنيفة على المناطق التي تسيطر عليها الفصائل المسلحة في الغوطة.',
      ),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('a verb with its subject before the object: "قصفت تركيا المناطق الخاضعة لسيطرة X"', () => {
    expect(t('وقصفت تركيا المناطق الخاضعة لسيطرة حزب العمال الكردستاني في شمال العراق.')).toContain(
      'turkey/pkk-as-target/oppose',
    );
  });

  it('a relative after a comma still describes the place struck', () => {
    expect(
      t('وقصفت الحكومة السورية الغوطة الشرقية، التي تسيطر عليها المعارضة المسلحة، لليوم الثالث.'),
    ).toContain('syria/rebels-as-target/oppose');
  });

  it('aid reaching ground someone holds takes no side against them', () => {
    expect(
      t(
        'وصلت بعض المعونات إلى المنطقة التي تسيطر عليها المعارضة المسلحة لكن بعض الجمعيات الخيرية تقول إن هناك حاجة لأكثر من ذلك.',
      ),
    ).toEqual([]);
  });

  it('a warning about the people of ground someone holds is no attack on the holder', () => {
    expect(
      t(
        'وحذرت إيران من خروج الأوضاع الانسانية في الغوطة الشرقية، التي تسيطر عليها المعارضة المسلحة، عن السيطرة.',
      ),
    ).not.toContain('iran/rebels-as-target/oppose');
  });
});

describe('"التحالف مع": the act of allying', () => {
  it('"إن التحالف مع X مستمر" in reported words', () => {
    expect(t('وقال سعد الحريري إن التحالف مع ميشال عون مستمر لأنه يؤمن الاستقرار.')).toContain(
      'hariri/aoun-as-target/support',
    );
  });

  it('after an intention noun: "نيته التحالف مع X"', () => {
    expect(t('وأعلن سعد الحريري نيته التحالف مع ميشال عون في الانتخابات المقبلة.')).toContain(
      'hariri/aoun-as-target/support',
    );
  });

  it('the coalition owning a noun before مع is the coalition: "قوات التحالف مع"', () => {
    expect(t('وقال سعد الحريري إن قوات التحالف مع قوات سوريا الديمقراطية تقدمت في دير الزور.')).not.toContain(
      'hariri/sdf-as-target/support',
    );
  });
});

describe('an aggression word with على/ضد is an attack on what follows', () => {
  it('condemning "العدوان على سوريا" takes no side against Syria', () => {
    expect(t('وأعربت إيران عن إدانة "العدوان" على سوريا، ودعت إلى احترام سيادة الدول.')).not.toContain(
      'iran/syria-as-target/oppose',
    );
  });

  it('rejecting any aggression on an actor is no stance against it', () => {
    const got = t('وقال سعد الحريري إننا نرفض أي اعتداء على تركيا من خلال أراضينا.');
    expect(got).not.toContain('hariri/turkey-as-target/oppose');
  });

  it('the aggressor named by a nationality adjective still opposes the victim', () => {
    expect(t('وقالت تركيا إن الاعتداء الإسرائيلي على سوريا مرفوض.')).toEqual(
      expect.arrayContaining(['israel/syria-as-target/oppose', 'turkey/israel-as-target/oppose']),
    );
  });

  it('without على/ضد the aggression word is its agent\'s act: "أدان اعتداءات إسرائيل"', () => {
    expect(t('وأدان سعد الحريري اعتداءات إسرائيل.')).toContain('hariri/israel-as-target/oppose');
  });
});

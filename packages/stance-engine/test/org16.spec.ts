// Readings around the Islamic State named in full or as "التنظيم" (round "org16"): a war on
// someone as an alliance's purpose opposes them ("تحالفا دوليا للحرب على داعش"); a verbal noun in
// a clause coordinated after a comma is not composed with the verb before it ("يشتبك … ، ويركز
// على قتال داعش"); a verbal noun with its own pronoun after a suspicion or charge is the
// suspect's deed ("يشتبه بانضمامهم"); the genitive of an attack noun followed by its على-object
// is its agent ("هجوم التنظيم عليها"); "lack"/"absence" negate what follows ("criticized the
// lack of … action to force a halt to …"); a bare "التنظيم" is the organisation named in full
// before. Sentences are those of corpus/news-*.jsonl and the development sets, or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'org16-ar-unit-tests',
  actors: [
    ar('isis', 'armed-group', ['تنظيم الدولة الإسلامية', 'تنظيم داعش', 'داعش']),
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('syrian-government', 'government', ['الجيش السوري', 'الحكومة السورية']),
    ar('sdf', 'armed-group', ['قوات سوريا الديمقراطية']),
    ar('iraqi-government', 'government', ['النظام العراقي', 'الحكومة العراقية']),
    ar('iraqi-forces', 'armed-group', ['القوات العراقية']),
  ],
  topics: [...targetTopics(['isis', 'usa', 'sdf', 'syrian-government'], ['ar'])],
};
const t = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('a war on someone as an alliance purpose (org16)', () => {
  it('"تحالفا دوليا للحرب على X" opposes X and makes no ally of it', () => {
    const got = t(
      'ونتيجة لتوسع تنظيم داعش في سوريا والعراق، شكلت واشنطن، في سبتمبر 2014، تحالفا دوليا للحرب على داعش.',
    );
    expect(got).toContain('usa/isis-as-target/oppose');
    expect(got).not.toContain('usa/isis-as-target/support');
    expect(got).not.toContain('isis/usa-as-target/support');
  });

  it('not a war on someone elsewhere ("لا تعلن الحرب على", "اقتصرت الحرب على")', () => {
    expect(t('وقال إن الولايات المتحدة لا تعلن الحرب على الحكومة السورية.')).not.toContain(
      'usa/syrian-government-as-target/oppose',
    );
  });
});

describe('a verbal noun in a coordinated clause (org16)', () => {
  it('"يشتبك … مع X، وظل … مركزا على استعادة أراض من Y" opposes Y', () => {
    const got = t(
      'نادرا ما يشتبك الجيش السوري مع قوات سوريا الديمقراطية في حملته على داعش، وظل على مبعدة من مناطق هذه القوات شرقي الفرات، مركزا على استعادة أراض من داعش غربي النهر.',
    );
    expect(got).toContain('syrian-government/isis-as-target/oppose');
    expect(got).not.toContain('syrian-government/isis-as-target/support');
  });

  it('still composes within one clause ("دعت … إلى وقف قتال")', () => {
    expect(t('يشتبك الجيش السوري مع قوات سوريا الديمقراطية، ويركز على قتال داعش.')).toContain(
      'syrian-government/isis-as-target/oppose',
    );
  });
});

describe('a suspect’s deed (org16)', () => {
  it('"يشتبه بانضمامهم" is not the trying government’s', () => {
    const got = t(
      'ويأتي ذلك الحكم في إطار المحاكمات التي يجريها النظام العراقي بحق أشخاص أجانب يشتبه بانضمامهم لداعش والقتال في صفوفه.',
    );
    expect(got).not.toContain('iraqi-government/isis-as-target/support');
  });

  it('a possessive verbal noun without suspicion stays its holder’s', () => {
    expect(t('أعلنت الحكومة السورية دعمها لقوات سوريا الديمقراطية.')).toContain(
      'syrian-government/sdf-as-target/support',
    );
  });
});

describe('the genitive of an attack noun with its على-object (org16)', () => {
  it('"هجوم التنظيم عليها" names the attacker, not a target of the previous subject', () => {
    const got = t(
      'وتسيطر قوات الحكومة السورية على السويداء. وكان هجوم داعش عليها أكثر الهجمات دموية وعنفا في سوريا على مدى أشهر.',
    );
    expect(got).not.toContain('syrian-government/isis-as-target/oppose');
  });
});

describe('a bare "التنظيم" after the organisation named in full (org16)', () => {
  it('resolves to the organisation', () => {
    const got = t(
      'وفقد تنظيم داعش أغلب المدن التي سيطر عليها. وبإسناد من تحالف دولي تقوده الولايات المتحدة، تمكنت القوات العراقية من طرد التنظيم من جميع المدن العراقية مع نهاية عام 2017.',
    );
    expect(got).toContain('iraqi-forces/isis-as-target/oppose');
  });

  it('retaking ground from it opposes it', () => {
    const got = t(
      'وقال التحالف الدولي بقيادة الولايات المتحدة لقتال تنظيم الدولة الإسلامية إنه لا يمكنه تأكيد خبر الاعتقال. واعتقلت قوات سوريا الديمقراطية المئات من مسلحي تنظيم الدولة الأجانب عندما استعادت مساحات شاسعة من التنظيم شمالي سوريا وغربها.',
    );
    expect(got).toContain('sdf/isis-as-target/oppose');
  });
});

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'org16-en-unit-tests',
  actors: [
    en('coalition', 'organization', ['Syrian Coalition']),
    en('syria', 'government', ['Assad regime']),
  ],
  topics: [
    {
      id: 'offensive',
      label: { en: 'military operations' },
      pro: { en: ['military operations'] },
      anti: {},
    },
  ],
};
const te = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2018-02-10' });

describe('lack and absence negate (org16)', () => {
  it('"criticized the lack of … action to force a halt to X" does not support X', () => {
    const got = te(
      'The Syrian Coalition criticized the lack of serious UN action to force an immediate halt to the military operations by the Assad regime.',
    );
    expect(got).not.toContain('coalition/offensive/support');
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Round "enally": an ally in a fight named with its foe fights that foe too. "X has been a close
// ally of Y in the campaign against Z", "X are key US allies in the fight against Z", "X joined Y
// in the fight against Z", "X fought alongside Y against Z", "X حليف لـY في الحرب على Z", "X شريك في
// التحالف الدولي للقضاء على Z": X opposes Z (Y's side was read before). Not a former or predicted
// ally, and not an ally with no fight named. Sentences are from corpus/news-en.jsonl (FA-KES) and
// corpus/news-ar.jsonl unless marked "written".
const en = actorsNamedIn('en');
const ar = actorsNamedIn('ar');
const IDS = ['ypg', 'sdf', 'isis', 'usa', 'turkey', 'syria', 'iran', 'qatar'];
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enally-en',
  actors: [
    en('ypg', 'armed-group', ['YPG', 'Kurdish Peoples Protection Units']),
    en('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    en('isis', 'armed-group', ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS']),
    en('usa', 'country', ['United States', 'Washington', 'US']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
    en('syria', 'government', ['Syrian government', 'Syrian regime', 'Assad forces']),
    en('iran', 'country', ['Iran', 'Tehran']),
    en('qatar', 'country', ['Qatar']),
  ],
  topics: [...targetTopics(IDS)],
};
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enally-ar',
  actors: [
    ar('ypg', 'armed-group', ['وحدات حماية الشعب']),
    ar('sdf', 'armed-group', ['قوات سوريا الديمقراطية']),
    ar('isis', 'armed-group', ['داعش', 'تنظيم الدولة الإسلامية']),
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('syria', 'government', ['الحكومة السورية', 'النظام السوري']),
    ar('iran', 'country', ['إيران']),
    ar('qatar', 'country', ['قطر']),
  ],
  topics: [...targetTopics(IDS, ['ar'])],
};
const t = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2016-09-01' });
const a = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-03-16' });

describe('an English ally in a named fight', () => {
  it('"has been a close ally of the United States in the campaign against Daesh"', () => {
    const got = t(
      'The YPG controls nearly all of Syrias northern frontier with Turkey and has been a close ally of the United States in the campaign against Daesh in Syria.',
    );
    expect(got).toContain('ypg/isis-as-target/oppose');
    expect(got).toContain('ypg/usa-as-target/support');
  });

  it('"are a key US ally in the fight against IS": the owner before the noun is sided with', () => {
    const got = t('The Kurdish Peoples Protection Units (YPG) are a key US ally in the fight against IS.');
    expect(got).toContain('ypg/isis-as-target/oppose');
    expect(got).toContain('ypg/usa-as-target/support');
    expect(got).not.toContain('usa/isis-as-target/oppose');
  });

  it('"Turkey, an ally of the United States in the fight against IS," (written)', () => {
    expect(
      t('Turkey, an ally of the United States in the fight against IS, said it would open the base.'),
    ).toContain('turkey/isis-as-target/oppose');
  });

  it('"joined the United States in the war on the Islamic State" (written)', () => {
    const got = t('Qatar joined the United States in the war on the Islamic State.');
    expect(got).toContain('qatar/isis-as-target/oppose');
    expect(got).toContain('qatar/usa-as-target/support');
  });

  it('"fought alongside Assad forces against the Islamic State": both sides fight it (written)', () => {
    expect(t('Iran has fought alongside Assad forces against the Islamic State.')).toContain(
      'iran/isis-as-target/oppose',
    );
  });

  it('a former or predicted ally does not fight the foe (written)', () => {
    expect(
      t('Turkey, a former ally of the United States in the fight against IS, said it would leave.'),
    ).not.toContain('turkey/isis-as-target/oppose');
    expect(t('Turkey could become an ally of the United States in the fight against IS.')).not.toContain(
      'turkey/isis-as-target/oppose',
    );
  });

  it('an ally with no fight named, or a fight in another clause, opposes no one (written)', () => {
    expect(t('The SDF is a close ally of the United States.').filter((x) => x.endsWith('/oppose'))).toEqual(
      [],
    );
    expect(t('Turkey is an ally of the United States, which is fighting against IS.')).not.toContain(
      'turkey/isis-as-target/oppose',
    );
  });
});

describe('an Arabic ally in a named fight', () => {
  it('"تعد X حليفا رئيسيا للولايات المتحدة في الحرب على داعش"', () => {
    const got = a('وتعد وحدات حماية الشعب حليفا رئيسيا للولايات المتحدة في الحرب على داعش.');
    expect(got).toContain('ypg/isis-as-target/oppose');
    expect(got).toContain('ypg/usa-as-target/support');
  });

  it('"X، الحليف الرئيسي لواشنطن في الحرب على داعش": the apposition', () => {
    expect(
      a(
        'وتشكل وحدات حماية الشعب الكردي العمود الفقري لقوات سوريا الديمقراطية، الحليف الرئيسي لواشنطن في الحرب على داعش في سوريا، وشاركت عمليا في طرد التنظيم الإرهابي من معقله الرئيسي.',
      ),
    ).toContain('sdf/isis-as-target/oppose');
  });

  it('"قطر شريك دولي في التحالف لمكافحة داعش": a partner in the coalition against it', () => {
    expect(a('وقال الوزير إن قطر شريك دولي في التحالف لمكافحة داعش.')).toContain(
      'qatar/isis-as-target/oppose',
    );
  });

  it('a former ally does not fight the foe (written)', () => {
    expect(a('كانت تركيا حليفا سابقا للولايات المتحدة في الحرب على داعش.')).not.toContain(
      'turkey/isis-as-target/oppose',
    );
  });
});

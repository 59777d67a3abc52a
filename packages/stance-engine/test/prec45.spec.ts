// Precision on the corpus (branch prec45): a monitor's or a doubted "carried out by" names who
// did an act without blaming, an indefinite nationality adjective does not make its country the
// subject of the participle after it, a verb's object pronoun right after a noun stands for that
// noun, a policy "تجاه X" is what the cue takes (not X), a named speaker we do not track is the
// one a later "it" means, and "the militants" after a named armed group are that group's. Sentences are shaped like corpus ones; each near miss differs in
// the word the rule turns on.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'prec45-en-unit-tests',
  actors: [
    en('sohr', 'organization', ['Syrian Observatory for Human Rights', 'Observatory']),
    en('russia', 'country', ['Russia', 'Moscow']),
    en('france', 'country', ['France', 'Paris']),
    en('syria', 'government', ['Syrian government', 'Assad regime']),
    en('isis', 'armed-group', ['Islamic State group', 'Islamic State', 'ISIS']),
    en('us', 'country', ['United States', 'Washington', 'US']),
    en('rebels', 'armed-group', ['rebels', 'Syrian rebels', 'militants']),
  ],
  topics: targetTopics(['sohr', 'russia', 'france', 'syria', 'isis', 'us', 'rebels']),
};
const enTriples = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2016-10-06T00:00:00Z' });

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'prec45-ar-unit-tests',
  actors: [
    ar('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('israel', 'country', ['إسرائيل']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('saudi', 'country', ['السعودية', 'الرياض']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('syria', 'government', ['النظام السوري', 'سوريا']),
    ar('sadr', 'person', ['مقتدى الصدر']),
    ar('trump', 'person', ['دونالد ترامب', 'ترامب'], {
      memberOf: ['us'],
      roles: [
        { title: { ar: ['الرئيس الأميركي', 'الرئيس الأمريكي'] }, from: '2017-01-20', to: '2021-01-20' },
      ],
    }),
  ],
  topics: [
    ...targetTopics(['us', 'israel', 'iran', 'saudi', 'syria', 'russia'], ['ar']),
    {
      id: 'election-results',
      label: { ar: 'نتائج الانتخابات' },
      pro: { ar: ['نتائج الانتخابات'] },
      anti: { ar: ['إلغاء نتائج الانتخابات'] },
    },
    {
      id: 'chemical-accountability',
      label: { ar: 'محاسبة مستخدمي الأسلحة الكيماوية' },
      pro: { ar: ['التحقيق في الهجوم الكيماوي'] },
      anti: { ar: ['استخدام أسلحة كيمياوية'] },
    },
  ],
};
const arTriples = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-05-01T00:00:00Z' });

describe('"carried out by X" blames X only when the teller asserts it and takes sides', () => {
  it('a monitor attributing a strike blames nobody', () => {
    expect(
      enTriples('The Syrian Observatory for Human Rights said the strikes were carried out by Russia.'),
    ).toEqual([]);
  });

  it('a doubted attribution ("believed to have been", "appeared to") blames nobody', () => {
    expect(enTriples('France said the strike was believed to have been carried out by Russia.')).toEqual([]);
    expect(enTriples('France said those strikes appeared to have been carried out by Russia.')).toEqual([]);
  });

  it('a state asserting who carried out an attack blames the doer (near miss)', () => {
    expect(enTriples('France said the attack was carried out by Russia.')).toEqual([
      'france/russia-as-target/oppose',
    ]);
  });
});

describe('an indefinite nationality adjective is not the subject of the participle after it', () => {
  it('"شخصيات يهودية أميركية مؤيدة لإسرائيل": people described, not the state', () => {
    expect(arTriples('وفي العام الماضي، برزت شخصيات يهودية أميركية مؤيدة لإسرائيل في حملة إعلامية.')).toEqual(
      [],
    );
  });
});

describe('an object pronoun right after a noun stands for that noun', () => {
  it('"إعادة الفرز اليدوي التي قررتها المحكمة": the recount, not the election results', () => {
    expect(
      arTriples(
        'تصدّر تحالف الزعيم الديني البارز مقتدى الصدر نتائج الانتخابات التشريعية بحصوله على 54 مقعدا، بعد إعادة الفرز اليدوي التي قرّرتها المحكمة العليا في حزيران/يونيو.',
      ),
    ).toEqual([]);
  });

  it('"قرار أممي اقترحته X": the resolution X proposed, not the topic before it', () => {
    expect(
      arTriples(
        'ولم تكن المرة الأولى التي تعرقل فيها روسيا تصويتا بشأن استخدام أسلحة كيمياوية، وصوتت ضد قرار أممي اقترحته الولايات المتحدة.',
      ),
    ).not.toContain('us/chemical-accountability/oppose');
  });
});

describe('an actor after "تجاه/حيال/إزاء" is what the noun before it concerns', () => {
  it('"تؤيد سياسة ترامب تجاه إيران" supports the policy, not Iran', () => {
    expect(
      arTriples('وأكد وزير الخارجية السعودي أن الرياض تؤيد سياسة الرئيس الأميركي، دونالد ترامب، تجاه إيران.'),
    ).not.toContain('saudi/iran-as-target/support');
  });
});

describe('a named speaker we do not track is the one a later "it" means', () => {
  it('"The X monitoring group said … it said, blaming Y": not the holder named before', () => {
    expect(
      enTriples(
        'The Assad regime said the town was under siege. The DeirEzzor 24 monitoring group said the missile hit near a school. Among those killed were three children it said blaming the Islamic State group for the attack.',
      ),
    ).not.toContain('syria/isis-as-target/oppose');
  });
});

describe("a generic fighters' noun the codebook gives one group is not that group after another is named", () => {
  it('"Islamic State … airstrikes against the militants": not the rebels', () => {
    expect(
      enTriples(
        'The Islamic State group seized Raqqa in 2014. Washington extended its airstrikes against the militants into Syria.',
      ),
    ).not.toContain('us/rebels-as-target/oppose');
  });

  it('"Al-Qaeda militants": a name of two capitals before the noun names other fighters', () => {
    expect(
      enTriples('US air strikes killed 50 Al-Qaeda militants and eight civilians in northern Syria.'),
    ).toEqual([]);
  });

  it('with no other group named, "the militants" are the group the codebook calls so (near miss)', () => {
    expect(enTriples('The Syrian government targeted the militants in Qalamoun.')).toEqual([
      'syria/rebels-as-target/oppose',
    ]);
  });
});

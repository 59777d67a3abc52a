// Arabic stances told by nouns, participles and idioms rather than a finite cue verb (round
// "arnouns"): the possessed verbal noun معارضته/معارضتها (bare معارضة is the opposition, a group);
// nouns of gratitude, relief and puzzlement (امتنان، ارتياح، استغراب) and appreciation with its
// possessive pronoun (تقديره لـ; bare تقدير is mostly an estimate); a participle qualifying a
// position noun and its owner ("موقف روسيا الداعم للأسد", "الموقف المصري الداعم لـ"), which states
// the owner's position where a participle after a group is a label; standing up to someone
// ("وقفوا في وجه X", "بوجه X"); criticism, threats and charges directed by a verb ("وجه X انتقادات
// حادة لـ Y"), whose holder is the verb's subject. Sentences are from corpus/news-ar.jsonl and the Arabic stance
// corpus (corpus/stance/arabic-fc-stance-baly2018), some shortened.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arnouns-unit-tests',
  actors: [
    actor('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('uae', 'country', ['الإمارات', 'الامارات']),
    actor('israel', 'country', ['إسرائيل', 'اسرائيل']),
    actor('egypt', 'country', ['مصر']),
    actor('russia', 'country', ['روسيا']),
    actor('assad', 'person', ['بشار الأسد', 'الأسد']),
    actor('usa', 'country', ['الولايات المتحدة']),
    actor('iran', 'country', ['إيران']),
    actor('houthis', 'armed-group', ['الحوثيون', 'الحوثيين']),
    actor('opposition', 'party', ['المعارضة السورية', 'المعارضة']),
    actor('polisario', 'armed-group', ['جبهة بوليساريو']),
    actor('erdogan', 'person', ['رجب طيب أردوغان', 'أردوغان']),
    actor('rouhani', 'person', ['حسن روحاني', 'روحاني']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب']),
    actor('syrian-government', 'government', ['النظام السوري']),
    actor('yemen', 'country', ['اليمن']),
  ],
  topics: [
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي', 'الاتفاق النووي الإيراني'] },
      anti: {},
    },
    {
      id: 'eu-court-ruling',
      label: { ar: 'قرار المحكمة الأوروبية' },
      pro: { ar: ['قرار المحكمة الأوروبية'] },
      anti: {},
    },
    {
      id: 'sanctions',
      label: { ar: 'العقوبات الأميركية' },
      pro: { ar: ['العقوبات الأميركية'] },
      anti: {},
    },
    {
      id: 'syria-political-solution',
      label: { ar: 'الحل السياسي' },
      pro: { ar: ['الحل السياسي'] },
      anti: {},
    },
    {
      id: 'palestinian-rights',
      label: { ar: 'حقوق الشعب الفلسطيني' },
      pro: { ar: ['حقوق الشعب الفلسطيني'] },
      anti: {},
    },
    ...targetTopics(
      [
        'saudi-arabia',
        'uae',
        'assad',
        'usa',
        'opposition',
        'yemen',
        'israel',
        'syrian-government',
        'houthis',
      ],
      ['ar'],
    ),
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('the possessed verbal noun معارضته/معارضتها (arnouns)', () => {
  it('"أعربت X عن معارضتهم … لـ Y" opposes Y, for every holder of the list', () => {
    const got = t(
      'أعربت السعودية والامارات واسرائيل عن معارضتهم الشديدة للاتفاق النووي الايراني الذي تم التوصل إليه عام 2015.',
    );
    expect(got).toContain('saudi-arabia/nuclear-deal/oppose');
    expect(got).toContain('uae/nuclear-deal/oppose');
    expect(got).toContain('israel/nuclear-deal/oppose');
  });

  it('bare معارضة is the opposition, no act of opposing', () => {
    expect(t('وقالت روسيا إن قوى معارضة للنظام تستعد لهجوم.')).toEqual([]);
  });
});

describe('nouns of gratitude, relief and puzzlement (arnouns)', () => {
  it('gratitude to X supports X', () => {
    const got = t(
      'وعلق مستشار الوكالة على ذلك بقوله إن الولايات المتحدة تمد "امتنانها" للسعودية وللإمارات "لإسهاماتهما الواضحة في الاستجابة المنسقة للأمم المتحدة".',
    );
    expect(got).toContain('usa/saudi-arabia-as-target/support');
    expect(got).toContain('usa/uae-as-target/support');
  });

  it('relief at a course of action supports it; puzzlement at an act opposes it', () => {
    expect(t('وعبرت جبهة بوليساريو عن ارتياحها لقرار المحكمة الأوروبية.')).toContain(
      'polisario/eu-court-ruling/support',
    );
    expect(t('وقال إن إسرائيل استغربت فرض العقوبات الأميركية.')).toContain('israel/sanctions/oppose');
  });

  it('"عن تقديره لـ X" supports X', () => {
    expect(
      t(
        'وفي تغريدة له على حسابه على تويتر، أعرب الرئيس المصري عن تقديره لاهتمام العاهل السعودي لعقد اجتماع مكة لمناقشة سبل دعم الأردن.',
      ),
    ).toContain('egypt/saudi-arabia-as-target/support');
  });

  it('bare تقدير is an estimate, no appreciation', () => {
    expect(t('وقالت مصر إن تقديرات السعودية للخسائر مرتفعة.')).not.toContain(
      'egypt/saudi-arabia-as-target/support',
    );
  });

  it('relief owned by nobody, or negated, is no support', () => {
    expect(
      t('وتزامن ذلك مع احتجاجات بسبب تفاقم الوضع الاقتصادي وعدم الإرتياح تجاه مآلات الاتفاق النووي.'),
    ).toEqual([]);
  });
});

describe('a participle after a position noun and its owner (arnouns)', () => {
  it('"موقف X الداعم لـ Y" is X supporting Y', () => {
    expect(
      t(
        'ومن جانبه أعرب الرئيس اليمني عن سعادته واعتزازه بزيارة مصر، موضحا تقدير بلاده لمواقف مصر الداعمة لليمن.',
      ),
    ).toContain('egypt/yemen-as-target/support');
    expect(t('جدد الرئيس المصري، الأحد، موقف مصر الداعم لحقوق الشعب الفلسطيني.')).toContain(
      'egypt/palestinian-rights/support',
    );
  });

  it('with a nationality adjective as the owner', () => {
    expect(
      t(
        'وأعاد بيان الخارجية المصرية "التأكيد على استمرار الموقف المصري الداعم للحل السياسي في سوريا بما يحفظ كيان ووحدة الدولة السورية".',
      ),
    ).toContain('egypt/syria-political-solution/support');
  });

  it('a participle after a group stays a label', () => {
    expect(t('وسيطرت الفصائل الموالية لإيران على المدينة.')).toEqual([]);
    expect(t('وقصفت روسيا الفصائل الداعمة للمعارضة السورية.')).not.toContain(
      'russia/opposition-as-target/support',
    );
  });
});

describe('standing up to someone (arnouns)', () => {
  it('"وقفوا في وجه X" opposes X, as "إلى جانب" supports', () => {
    // The corpus sentence reads "وقفوا في وجهه", its pronoun spelled out here.
    const got = t('السعودية دعمت الحل السياسي في اليمن والحوثيون وقفوا في وجه الحل السياسي.');
    expect(got).toContain('houthis/syria-political-solution/oppose');
    expect(got).toContain('saudi-arabia/syria-political-solution/support');
  });

  it('"ستقف بوجه X": the future and the بوجه spelling', () => {
    expect(t('وقالت إيران إنها ستقف بوجه الولايات المتحدة.')).toContain('iran/usa-as-target/oppose');
  });

  it('a challenge that "stands in the face of" someone is nobody\'s position', () => {
    expect(t('ويعتقد البطاط أن التحديات التي تقف في وجه ترامب كثيرة.')).toEqual([]);
  });
});

describe('criticism directed by a verb (arnouns)', () => {
  it('"وجه X انتقادات حادة لـ Y": X opposes Y', () => {
    expect(
      t(
        'وعلى صعيد السياسة الخارحية، وجه أردوغان انتقادات حادة لإسرائيل، التي كانت من أقوى حلفاء تركيا، بسبب تعاملها مع الفلسطينيين.',
      ),
    ).toContain('erdogan/israel-as-target/oppose');
    expect(
      t(
        'وجه الرئيس الإيراني حسن روحاني انتقادات حادة للولايات المتحدة بعد الهجوم الدامي على عرض عسكري في منطقة الأهواز.',
      ),
    ).toContain('rouhani/usa-as-target/oppose');
  });

  it("the warner is the verb's subject, not another actor of the sentence", () => {
    const got = t(
      'نعم وجه ترامب تحذيرات للنظام السوري، إلا أن الروس أوضحوا وبصورة جلية أن أي هجوم على سوريا سيكون له تداعيات ضخمة.',
    );
    expect(got).toContain('trump/syrian-government-as-target/oppose');
  });
});

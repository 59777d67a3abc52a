// Arabic holders (round 11): every country of a list of subjects holds the position, also when the
// list ends with a country we do not track (فرنسا here) and with or without "كل من"; a list in
// parentheses only names the speaker's company; a relative clause on another actor is that
// actor's (low-confidence reading). Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-lists-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('uk', 'country', ['بريطانيا']),
    actor('russia', 'country', ['روسيا', 'موسكو']),
    actor('iran', 'country', ['إيران', 'طهران']),
    actor('turkey', 'country', ['تركيا', 'أنقرة']),
    actor('qatar', 'country', ['قطر', 'النظام القطري']),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('zarif', 'person', ['محمد جواد ظريف', 'ظريف']),
    actor('uae', 'country', ['الإمارات']),
    actor('syrian-government', 'government', ['النظام السوري', 'الحكومة السورية', 'دمشق', 'سوريا']),
  ],
  topics: [
    {
      id: 'syrian-government-as-target',
      actor: 'syrian-government',
      label: { ar: 'الحكومة السورية' },
      pro: {},
      anti: {},
    },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    { id: 'turkey-as-target', actor: 'turkey', label: { ar: 'تركيا' }, pro: {}, anti: {} },
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-01T00:00:00Z' });

describe('a list of subjects after its verb holds the position together', () => {
  it('every country of the list, without "كل من"', () => {
    const got = triples(
      'ووجهت الولايات المتحدة وبريطانيا وفرنسا ضربات مشتركة فجر السبت ضد مواقع سورية يشتبه بأنها مرتبطة ببرنامج الأسلحة الكيميائية السورية.',
    );
    expect(got).toContain('us/syrian-government-as-target/oppose');
    expect(got).toContain('uk/syrian-government-as-target/oppose');
  });

  it('every country of the list after "كل من", the first too', () => {
    const got = triples(
      'ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا، فجر السبت الماضي، ضربة صاروخية لمواقع تابعة للنظام السوري، ردا على هجوم كيماوي مزعوم.',
    );
    expect(got).toContain('us/syrian-government-as-target/oppose');
    expect(got).toContain('uk/syrian-government-as-target/oppose');
  });

  it('a list in parentheses names the speaker’s partners, who hold nothing', () => {
    const got = triples(
      'وتابع لودريان "سنبحث ذلك مع شركائنا في المجموعة المصغرة (الولايات المتحدة وبريطانيا وفرنسا والسعودية والأردن) لكن ينبغي بذل كل ما في وسعنا لمنع الوجود العسكري الإيراني في سوريا".',
    );
    expect(got).not.toContain('uk/iran-as-target/oppose');
    expect(got).not.toContain('saudi-arabia/iran-as-target/oppose');
  });
});

describe('a relative clause on another actor is that actor’s', () => {
  it('the boycotting states do not hold what the Qatari government is said to do', () => {
    const got = triples(
      'ووقف الأتراك والإيرانيون صفا واحدا لدعم شريكهم القطري، بعدما قاطعت دول السعودية والإمارات والبحرين ومصر النظام القطري الذي يصر على دعم الإرهاب والتعامل مع أنقرة وطهران لضرب استقرار المنطقة.',
    );
    expect(got.filter((t) => /^(saudi-arabia|uae)\//.test(t))).toEqual([]);
  });
});

describe('an untracked country ending a list does not hide the list', () => {
  it('the tracked countries before it hold the sanctions they proposed', () => {
    const got = triples(
      'فقبل نحو عام صوتت بالفيتو على قرار أممي اقترحته الولايات المتحدة وبريطانيا وفرنسا، يهدف إلى فرض عقوبات على سوريا بعد مزاعم هجوم بأسلحة كيمياوية.',
    );
    expect(got).toContain('us/syrian-government-as-target/oppose');
    expect(got).toContain('uk/syrian-government-as-target/oppose');
  });

  it('a list after "و" of its own is no subject list: the holder stays the one named first', () => {
    const got = triples(
      'وبينما يجلس محمد جواد ظريف مجددا في فيينا مع الأطراف الأوروبية وروسيا والصين لبحث ضمانات أوروبية لإيران للإستمرار في الاتفاق النووي، لا تبدو هذه الضمانات حاضرة.',
    );
    expect(got).toContain('zarif/nuclear-deal/support');
    expect(got).not.toContain('russia/nuclear-deal/support');
  });
});

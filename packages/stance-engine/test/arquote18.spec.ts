// Round arquote18: Arabic quotations and their speakers (src/extract/quotes.ts). A quotation is
// attributed before it — a reporting verb and its subject ("وقال يلدريم: "…""), a circumstantial
// participle sharing the sentence's subject ("وأكد الوزير قائلا: "…""), "عن X قوله إن "…"", or a
// reporting verb without a subject ("وأضاف "…"": the speaker before). A sentence that opens inside
// the quotation takes its speaker for the words he says of himself ("نحن …", "سنعمل", "دعوتنا")
// and for what his words report of others or say others must do; others' acts keep their own subject, a speaker we do
// not track ("وقال مصدر: "…"") gives nobody, and a quoted name (تنظيم "داعش") or a paragraph whose
// marks do not pair up is no quotation.
// Sentences from corpus/news-ar.jsonl (articles in no eval set), some shortened.
import type { Codebook } from '@stance/codebook';
import { quotationSpeakers } from '../src/extract/quotes.js';
import { splitSentences } from '../src/text/segment.js';
import { normalizeText } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arquote18-unit-tests',
  actors: [
    ar('saudi-arabia', 'country', ['السعودية', 'المملكة العربية السعودية']),
    ar('jubeir', 'person', ['عادل الجبير', 'الجبير'], { memberOf: ['saudi-arabia'] }),
    ar('iran', 'country', ['إيران']),
    ar('sadr', 'person', ['مقتدى الصدر', 'الصدر']),
    ar('yildirim', 'person', ['بن علي يلدريم', 'يلدريم']),
    ar('iraqi-government', 'government', ['الحكومة العراقية']),
    ar('isis', 'armed-group', ['داعش', 'تنظيم الدولة']),
    ar('usa', 'country', ['الولايات المتحدة', 'أميركا', 'أمريكا']),
    ar('khamenei', 'person', ['خامنئي'], { memberOf: ['iran'] }),
  ],
  topics: [
    ...targetTopics(['iran', 'isis', 'iraqi-government', 'usa'], ['ar']),
    {
      id: 'reform',
      label: { ar: 'الإصلاح' },
      pro: { ar: ['الإصلاح', 'محاربة الفساد'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK);
const arabic = (text: string) => triples(text, { lang: 'ar', published_at: '2018-05-21' });

describe('a sentence inside a quotation attributed before it', () => {
  it('takes the speaker named with the reporting verb', () => {
    expect(
      arabic(
        'ونقلت وزارة الخارجية السعودية تصريحات الجبير التي قال فيها: "على إيران الالتزام بالقوانين الدولية إذا أرادت أن نتعامل معها كدولة طبيعية.. النظام الإيراني حاول زعزعة استقرار سوريا والعراق واليمن ولبنان."',
      ),
    ).toContain('saudi-arabia/iran-as-target/oppose');
  });

  it('takes the subject of the sentence for a participle (قائلا) and reads "we" as the speaker', () => {
    expect(
      arabic(
        'وأضاف الصدر، مساء السبت، إن الاجتماع الأول يبعث برسالة واضحة ومطمئنة للشعب العراقي، قائلا: "حكومتكم ستهتم بكم وستكون شاملة، لن تستثني أحدا. سنعمل باتجاه الإصلاح والرفاهية".',
      ),
    ).toContain('sadr/reform/support');
  });

  it('takes the speaker up to the closing mark when the sentence goes on after it', () => {
    expect(
      arabic(
        'وقال يلدريم: "سيتم تنفيذ عمليات عسكرية في شمالي العراق متى اقتضت الحاجة إلى ذلك. نحن على تواصل بشكل وثيق مع الحكومة العراقية في هذا الموضوع، سواء للقضاء على داعش تماماً في المنطقة"، وفقا لما نقلته وكالة أنباء "الأناضول" التركية الرسمية.',
      ),
    ).toContain('yildirim/isis-as-target/oppose');
  });

  it('gives the speaker what he says others must do', () => {
    expect(
      arabic(
        'وقال خامنئي في خطاب متلفز إن إيران ستصمد بثبات.\nوأضاف أن "الأمة الإيرانية قاومت بنجاح محاولات الاستقواء، وسوف نواصل المقاومة ... ويجب على الأمم الإسلامية أن تقف بثبات ضد أمريكا والأعداء الآخرين".',
      ),
    ).toContain('khamenei/usa-as-target/oppose');
  });

  it('gives "our" on a noun to the speaker', () => {
    expect(
      arabic(
        'وقال الصدر في بيان: "نرحب بنتائج الانتخابات. ونواصل دعوتنا إلى محاربة الفساد في كل مؤسسات الدولة".',
      ),
    ).toContain('sadr/reform/support');
  });
});

describe('what a quotation does not give its speaker', () => {
  it('leaves the acts of others with their own subject', () => {
    const found = arabic(
      'وقال الصدر إنه لا يمكن الوثوق بالدول الأوروبية.\nوأضاف "أميركا لا يمكنها أن تفعل شيئا. إنهم (الأميركيون) يسعون دوما لإسقاط النظام الإيراني".',
    );
    expect(found).toContain('usa/iran-as-target/oppose');
    expect(found).not.toContain('sadr/iran-as-target/oppose');
  });

  it('gives nobody the words of a speaker we do not track', () => {
    expect(
      arabic(
        'وقال الصدر إن الحكومة المقبلة ستكون شاملة.\nوقال مصدر عسكري: "العمليات مستمرة في الأنبار. ونحن ندعم الحكومة العراقية في حربها".',
      ),
    ).not.toContain('sadr/iraqi-government-as-target/support');
  });

  it('does not take a quoted name or title for a quotation of speech', () => {
    // The quoted title holds two sentences; no reporting word introduces it.
    expect(
      arabic(
        'وقال الصدر إن الحكومة المقبلة ستكون شاملة.\nونشرت الصحيفة مقالا بعنوان "الانتخابات انتهت. نحن ندعم الحكومة العراقية" للكاتب العراقي.',
      ),
    ).not.toContain('sadr/iraqi-government-as-target/support');
  });
});

/** Per sentence, the speakers quotes.ts gives it (no mentions: a named speaker is untracked). */
function quotedSentences(text: string): (string | undefined)[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const sentences = splitSentences(tokens);
  return quotationSpeakers(text, norm.toOriginal, tokens, sentences, [], 'ar').map((q) =>
    q === undefined ? undefined : JSON.stringify(q.speakers),
  );
}

describe('Arabic quotation marks', () => {
  it('pair up across sentences after a reporting verb', () => {
    expect(quotedSentences('وقال يلدريم: "العمليات مستمرة. ونحن ندعم الحكومة".')).toEqual([undefined, '[]']);
    expect(quotedSentences('وأضاف «العمليات مستمرة. ونحن ندعم الحكومة».')).toEqual([
      undefined,
      '{"elidedIn":0}',
    ]);
  });

  it('are left out in a paragraph whose marks do not pair up', () => {
    expect(quotedSentences('وقال يلدريم: "العمليات مستمرة. ونحن ندعم الحكومة" ضد" الإرهاب.')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('around a name or a title open no quotation', () => {
    expect(
      quotedSentences('ونشرت الصحيفة مقالا بعنوان "الانتخابات انتهت. نحن ندعم الحكومة" للكاتب.'),
    ).toEqual([undefined, undefined]);
    expect(quotedSentences('وقال إن تنظيم "داعش" انتهى. ونحن ندعم الحكومة.')).toEqual([undefined, undefined]);
  });
});

// Round aropp17: Arabic opposition between two tracked actors. An act of force on a force's place,
// unit or vehicle (مقر، مواقع، أهداف، تعزيزات، آليات) whose owner is named after ل, with qualifiers
// in between ("آليات عسكرية ثقيلة لميليشيات الحوثي"), is an act against the owner; the arm noun in
// construct with the subject ("استهدفت مقاتلات التحالف …") is the subject's own. Not when the verb is
// plural or dual (a pronoun subject: "أحرقوا مقرا لـ…") or a relative on an agentless strike noun
// inside a phrase ("في غارات استهدفت …").
// Sentences from corpus/news-ar.jsonl (articles in no eval set).
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'aropp17-unit-tests',
  actors: [
    ar('houthis', 'armed-group', ['الحوثي', 'الحوثيين', 'الحوثيون']),
    ar('coalition', 'other', ['التحالف العربي']),
    ar('israel', 'country', ['إسرائيل']),
    ar('iran', 'country', ['إيران']),
    ar('syrian-government', 'government', ['النظام السوري', 'الجيش السوري']),
    ar('hezbollah', 'armed-group', ['حزب الله']),
    ar('pmf', 'armed-group', ['الحشد الشعبي']),
    ar('pentagon', 'government', ['البنتاغون']),
    ar('isis', 'armed-group', ['داعش']),
  ],
  topics: targetTopics(['houthis', 'syrian-government', 'hezbollah', 'pmf', 'isis'], ['ar']),
};
const triples = triplesWith(CODEBOOK);
const arabic = (text: string) => triples(text, { lang: 'ar', published_at: '2018-06-01' });

describe('an act of force on a place or unit the ل-named actor owns', () => {
  it("is against the owner, past the place noun's qualifiers", () => {
    expect(
      arabic(
        'وقصفت مقاتلات التحالف العربي تعزيزات وآليات عسكرية للحوثيين في مفرق الوازعية بالتزامن مع بدء المقاومة عملية عسكرية واسعة بالساحل الغربي.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
    expect(
      arabic(
        'ومنذ بدء النزاع في سوريا عام 2011، قصفت إسرائيل مراراً أهدافاً عسكرية للنظام السوري وأخرى لحزب الله في سوريا.',
      ),
    ).toContain('israel/syrian-government-as-target/oppose');
    expect(
      arabic(
        'كما شنت مقاتلات التحالف العربي غارات استهدفت آليات ومركبات عسكرية للحوثيين، في منطقة الجاح في بيت الفقيه.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
    expect(
      arabic(
        'وقال قائد عسكري، إن ضربة جوية إسرائيلية استهدفت موقعا للجيش السوري بمنطقة الكسوة، دون أن تسفر عن سقوط قتلى.',
      ),
    ).toContain('israel/syrian-government-as-target/oppose');
  });

  it('reaches the place from a strike noun only through على or ضد', () => {
    expect(
      arabic(
        'وشنت مقاتلات التحالف العربي خلال الساعات الأولى من فجر السبت غارات عنيفة على تعزيزات للحوثيين بجوار المطار.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
    expect(
      arabic(
        'نفت مصادر عسكرية أمريكية، في تصريحات لـCNN، قيام الولايات المتحدة الأمريكية أو قوات التحالف الدولي ضد داعش، في قصف مواقع عسكرية تابعة للنظام السوري مساء الأحد.',
      ),
    ).not.toContain('isis/syrian-government-as-target/oppose');
  });

  it('keeps the arm noun in construct with the subject out of the distance', () => {
    expect(
      arabic('كما استهدفت طائرات التحالف العربي أهدافا للحوثيين في معسكر الشرطة العسكرية بمدينة صعدة.'),
    ).toContain('coalition/houthis-as-target/oppose');
    expect(
      arabic(
        'واستهدفت مقاتلات التحالف العربي تعزيزات للحوثيين كانت في طريقها إلى جبهات الساحل الغربي، وباغتتها في الخط العام بمنطقة المصبرية.',
      ),
    ).toContain('coalition/houthis-as-target/oppose');
  });

  it("is nobody's behind a pronoun subject or an agentless strike noun", () => {
    expect(
      arabic(
        'وسقط العشرات من القوات السورية الحكومية والقوات والميليشيات الإيرانية بين قتيل وجريح في غارات استهدفت مواقع عسكرية تابعة للنظام السوري في ريفي حماة وحلب، فيما أشارت أصابع الاتهام إلى إسرائيل.',
      ),
    ).not.toContain('iran/syrian-government-as-target/oppose');
    expect(
      arabic(
        'وبعد احتراق القنصلية، دعت السفارة الإيرانية في بغداد رعاياها في البصرة إلى مغادرتها فورا. ولم يتوقف الغضب الشعبي في البصرة عند القنصلية الإيرانية، إذ توجه الآلاف منهم إلى القصور الرئيسية في المدينة، حيث أحرقوا مقرا لميليشيات الحشد الشعبي هناك.',
      ),
    ).not.toContain('iran/pmf-as-target/oppose');
    expect(
      arabic(
        'بالتزامن مع هذا التقدم سقط صاروخان إسرائيليان قرب مطار دمشق الدولي، بحسب الإعلام الرسمي السوري، وأعلن المرصد السوري لحقوق الإنسان أنهما استهدفا مستودعات أسلحة لحزب الله اللبناني.',
      ),
    ).not.toContain('syrian-government/hezbollah-as-target/oppose');
  });
});

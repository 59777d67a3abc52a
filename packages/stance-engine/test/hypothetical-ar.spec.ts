// Positions that are not asserted (rules-1.6 hypothetical round): "في حال" (in case of),
// "احتمال" (the possibility of), "ربما" (perhaps) and "إنْ" before a verb (if, whether) open a
// clause about an act that has not happened, like "إذا".
// Each first sentence is a real one from corpus/news-ar.jsonl; each near miss differs only in
// the word that makes the act hypothetical.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'hypothetical-ar-unit-tests',
  actors: [
    { id: 'us', kind: 'country', names: { ar: ['الولايات المتحدة'] }, roles: [], memberOf: [] },
    { id: 'syria', kind: 'country', names: { ar: ['سوريا'] }, roles: [], memberOf: [] },
    { id: 'israel', kind: 'country', names: { ar: ['إسرائيل', 'تل أبيب'] }, roles: [], memberOf: [] },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
    { id: 'uk', kind: 'country', names: { ar: ['بريطانيا'] }, roles: [], memberOf: [] },
    { id: 'trump', kind: 'person', names: { ar: ['ترامب'] }, roles: [], memberOf: [] },
    { id: 'isis', kind: 'armed-group', names: { ar: ['داعش'] }, roles: [], memberOf: [] },
    {
      id: 'assad',
      kind: 'person',
      names: { ar: ['بشار الأسد'] },
      roles: [{ title: { ar: ['الرئيس السوري'] }, from: '2000-07-17', to: '2024-12-08' }],
      memberOf: [],
    },
  ],
  topics: [
    { id: 'syria-as-target', label: { ar: 'سوريا' }, actor: 'syria', pro: {}, anti: {} },
    { id: 'israel-as-target', label: { ar: 'إسرائيل' }, actor: 'israel', pro: {}, anti: {} },
    { id: 'us-as-target', label: { ar: 'الولايات المتحدة' }, actor: 'us', pro: {}, anti: {} },
    { id: 'isis-as-target', label: { ar: 'داعش' }, actor: 'isis', pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-07T00:00:00Z' });

describe('Arabic hypothetical clauses hold no position', () => {
  it('"في حال سمح لإيران بمهاجمة إسرائيل" is a threat\'s condition, not what Assad did', () => {
    expect(
      triples(
        'هدد وزير الطاقة الإسرائيلي، يوفال شتاينتز، الرئيس السوري بشار الأسد بإنهاء نظامه، في حال سمح لإيران بمهاجمة إسرائيل من الأراضي السورية.',
      ),
    ).toEqual([]);
  });

  it('the same act after "بعدما" is a deed', () => {
    expect(
      triples(
        'هدد وزير الطاقة الإسرائيلي، يوفال شتاينتز، الرئيس السوري بشار الأسد بإنهاء نظامه، بعدما سمح لإيران بمهاجمة إسرائيل من الأراضي السورية.',
      ),
    ).toEqual(['assad/israel-as-target/oppose']);
  });

  it('"احتمال استعداد قوات أميركية لشن هجمات" is a possibility, not an attack', () => {
    expect(
      triples(
        'وصرح الكولونيل جنرال، سيرغي رودسكوي، في إيجاز صحفي، يوم السبت، بأن روسيا ينتابها القلق بشأن إشارات تدل على احتمال استعداد قوات أميركية لشن هجمات صاروخية على سوريا.',
      ),
    ).toEqual([]);
  });

  it('the readiness itself, without "احتمال", is still read as the US position', () => {
    expect(
      triples(
        'وصرح الكولونيل جنرال، سيرغي رودسكوي، في إيجاز صحفي، يوم السبت، بأن روسيا ينتابها القلق بشأن إشارات تدل على استعداد قوات أميركية لشن هجمات صاروخية على سوريا.',
      ),
    ).toEqual(['us/syria-as-target/oppose']);
  });

  it('"إن أقدمت إيران على مهاجمة تل أبيب" is a condition of a threat', () => {
    expect(
      triples(
        'ويذكر أن وزير الدفاع الإسرائيلي، افيغادور ليبرمان، قال في تصريحات لصحيفة إيلاف، الخميس، إن بلاده "ستدمر طهران إن أقدمت إيران على مهاجمة تل أبيب."',
      ),
    ).toEqual([]);
  });

  it('"بعد أن أقدمت" (أن, not إن) reports the attack as done', () => {
    expect(
      triples(
        'ويذكر أن وزير الدفاع الإسرائيلي، افيغادور ليبرمان، قال في تصريحات لصحيفة إيلاف، الخميس، إن بلاده "ستدمر طهران بعد أن أقدمت إيران على مهاجمة تل أبيب."',
      ),
    ).toEqual(['iran/israel-as-target/oppose']);
  });

  it('"سئلت إن كانت بريطانيا ستنضم" is a question, not Britain\'s answer', () => {
    expect(
      triples(
        'وعندما سئلت إن كانت بريطانيا ستنضم إلى الولايات المتحدة إذا قررت القيام بعمل عسكري آخر في سوريا رفضت ماي يوم الثلاثاء الإجابة.',
      ),
    ).toEqual([]);
  });

  it('the complementizer "إن" before a noun still reports the position', () => {
    expect(triples('وقالت ماي إن بريطانيا ستنضم إلى الولايات المتحدة في أي عمل عسكري آخر.')).toEqual([
      'uk/us-as-target/support',
    ]);
  });

  // Adapted from "أوضح كيميت أن الرئيس ترامب ربما كان يقصد الانسحاب بعد هزيمة داعش نهائيا في سوريا".
  it('"أن الرئيس ترامب ربما يريد هزيمة داعش" is a guess at what he wants', () => {
    expect(triples('وأوضح كيميت أن الرئيس ترامب ربما يريد هزيمة داعش نهائيا في سوريا.')).toEqual([]);
  });

  it('without "ربما" what Trump wants is his position', () => {
    expect(triples('وأوضح كيميت أن الرئيس ترامب يريد هزيمة داعش نهائيا في سوريا.')).toEqual([
      'trump/isis-as-target/oppose',
    ]);
  });
});

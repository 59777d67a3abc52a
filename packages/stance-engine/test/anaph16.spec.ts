// Round anaph16: links across sentences. A group's kind noun written beside its name ("مليشيا
// الحوثي", "the Islamic State group") is what the story then calls it alone ("تجمعات المليشيا",
// "the group"); a definite head noun standing alone refers to the one topic the story named in
// full with that head, however many sentences back ("الاتفاقية النووية" … "بالاتفاقية").
// Sentences from corpus/news-ar.jsonl, corpus/news-en.jsonl and eval/fresh-ar.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'anaph16-unit-tests',
  actors: [
    ar('houthis', 'armed-group', ['الحوثي', 'الحوثيين', 'الحوثيون']),
    ar('coalition', 'other', ['التحالف العربي']),
    ar('uk', 'country', ['بريطانيا']),
    ar('germany', 'country', ['ألمانيا']),
    ar('russia', 'country', ['روسيا']),
    ar('usa', 'country', ['الولايات المتحدة']),
    ar('trump', 'person', ['ترامب'], { memberOf: ['usa'] }),
    en('isis', 'armed-group', ['Islamic State']),
    en('rebels', 'armed-group', ['opposition fighters', 'rebels']),
  ],
  topics: [
    ...targetTopics(['houthis', 'isis', 'rebels'], ['ar', 'en']),
    {
      id: 'deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاقية النووية'] },
      anti: {},
    },
    {
      id: 'truce',
      label: { ar: 'الهدنة' },
      pro: { ar: ['الاتفاقية الأمنية'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK);

describe('a group noun written beside the name', () => {
  it('is what the story then calls the group alone', () => {
    expect(
      triples(
        'كما شنت مقاتلات التحالف العربي غارات جوية استهدفت بها مواقع مليشيا الحوثي الانقلابية في محافظة حجة. ' +
          'وشنت مقاتلات التحالف العربي غارات أخرى مستهدفة تجمعات المليشيا على الشريط الساحلي.',
        { lang: 'ar' },
      ),
    ).toContain('coalition/houthis-as-target/oppose');
    expect(
      triples(
        'The US strikes are intended to limit the advance of the Islamic State group in Iraq. ' +
          'The group has been battling rival opposition fighters in Syria since early January.',
        { lang: 'en' },
      ),
    ).toContain('isis/rebels-as-target/oppose');
  });

  it('is no head of a name never written with it, nor of a person or a state', () => {
    expect(
      triples(
        // (aropp17: the first sentence's own strike on "مواقع الحوثي" is now read, so the name
        // stands in a sentence without one.)
        'وتنتشر مواقع الحوثي في الساحل الغربي. وشنت مقاتلات التحالف العربي غارات مستهدفة تجمعات المليشيا.',
        { lang: 'ar' },
      ),
    ).not.toContain('coalition/houthis-as-target/oppose');
    expect(
      triples(
        'The US strikes are intended to limit the advance of the Islamic State in Iraq. ' +
          'The group has been battling rival opposition fighters in Syria since early January.',
        { lang: 'en' },
      ),
    ).not.toContain('isis/rebels-as-target/oppose');
  });
});

describe('a topic head noun standing alone', () => {
  const story =
    'لماذا تخلت الولايات المتحدة عن الاتفاقية النووية. ' +
    'وفقا للنص الذي وقع عام 2015، وافقت إيران على تقليص نشاطاتها النووية. ' +
    'لكن ترامب قال إن النص فشل في قطع الطريق أمام كل النشاطات النووية الإيرانية. ' +
    'وفرض ترامب العقوبات على إيران مرة أخرى. ';
  it('refers to the one topic named in full with that head, however far back', () => {
    expect(
      triples(
        story +
          'يذكر الأطراف الأخرى في الاتفاقية، وهي بريطانيا وألمانيا وروسيا، تعهدت بالاستمرار بالالتزام بالاتفاقية ، لكن الشركات انسحبت من إيران.',
        { lang: 'ar' },
      ),
    ).toEqual(expect.arrayContaining(['germany/deal/support', 'russia/deal/support']));
  });

  it('refers to nothing when two topics were named in full with that head', () => {
    expect(
      triples(
        'ووقعت روسيا على الاتفاقية الأمنية. ' +
          story +
          'يذكر الأطراف الأخرى في الاتفاقية، وهي بريطانيا وألمانيا وروسيا، تعهدت بالاستمرار بالالتزام بالاتفاقية ، لكن الشركات انسحبت من إيران.',
        { lang: 'ar' },
      ).filter((t) => t.startsWith('germany')),
    ).toEqual([]);
  });
});

describe('"ما لم" (unless)', () => {
  it('makes the clause after it a condition, not a position', () => {
    expect(
      triples(
        'ووصف ترامب الاتفاقية النووية بأنها أسوأ اتفاق، وهدد بفرض عقوبات على إيران ما لم توافق بريطانيا وألمانيا على مراجعة الاتفاقية النووية.',
        { lang: 'ar' },
      ).filter((t) => t.startsWith('uk') || t.startsWith('germany')),
    ).toEqual([]);
  });

  it('stays the relative "which … not" after a pronoun', () => {
    // (Corpus: "وهو ما لم يلق تجاوباً، حتى الساعة، من الزعيم الدرزي وليد جنبلاط".)
    expect(triples('وطالبت الولايات المتحدة بالانسحاب، وهو ما لم تؤيده بريطانيا.', { lang: 'ar' })).toEqual(
      triples('وطالبت الولايات المتحدة بالانسحاب، وهو أمر لم تؤيده بريطانيا.', { lang: 'ar' }),
    );
    expect(triples('وهو ما لم تدعم بريطانيا الاتفاقية النووية.', { lang: 'ar' })).toContain('uk/deal/oppose');
  });
});

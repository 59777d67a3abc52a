// Demands and efforts to stop an actor (Arabic): an addressee told to end, give up or evacuate
// something, also past an occasion or time phrase after the caller ("في بيان", "الأحد"); and
// a purpose phrase that stops or counters an actor's activity ("لمواجهة أنشطة إيران",
// "التصدي للتوسع الإيراني"), held only by a caller named before it in its clause.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'cease28-unit-tests',
  actors: [
    actor('krg', 'government', ['حكومة الإقليم', 'حكومة إقليم كردستان']),
    actor('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    actor('uk', 'country', ['بريطانيا']),
    actor('iran', 'country', ['إيران']),
    actor('usa', 'country', ['الولايات المتحدة']),
    actor('houthis', 'armed-group', ['الحوثيين', 'الحوثيون']),
    actor('nauert', 'person', ['نويرت']),
    actor('syria', 'government', ['الحكومة السورية']),
    actor('turkey', 'country', ['تركيا']),
    actor('russia', 'country', ['روسيا', 'موسكو']),
    actor('assad', 'person', ['الأسد']),
    actor('saudi', 'country', ['السعودية']),
  ],
  topics: targetTopics(['pkk', 'iran', 'houthis', 'turkey', 'assad', 'russia'], ['ar']),
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('Arabic demands to stop (cease28)', () => {
  it('an addressee past "في بيان" after the caller', () => {
    expect(
      triples('وطالبت حكومة الإقليم في بيان حزب العمال الكردستاني بإخلاء مواقعه القريبة من القرى.'),
    ).toContain('krg/pkk-as-target/oppose');
  });

  it('an addressee past a day name after the caller', () => {
    expect(triples('ودعت بريطانيا الأحد إيران إلى الكف عن إرسال أسلحة إلى المتمردين.')).toContain(
      'uk/iran-as-target/oppose',
    );
  });

  it('a call to end what the addressee does', () => {
    expect(triples('ودعت نويرت الحوثيين إلى إنهاء معاملتهم غير المقبولة للأقليات.')).toContain(
      'nauert/houthis-as-target/oppose',
    );
    expect(triples('وطالبت بريطانيا إيران بإنهاء دعمها للمتمردين.')).toContain('uk/iran-as-target/oppose');
  });

  it('not a call to do something else, nor a negated one', () => {
    expect(triples('ودعت بريطانيا الأحد إيران إلى الحوار مع جيرانها.')).toEqual([]);
    expect(triples('ولم تطالب بريطانيا إيران بإنهاء دعمها للمتمردين.')).not.toContain(
      'uk/iran-as-target/oppose',
    );
  });
});

describe('Arabic efforts to stop or counter an actor’s activity (cease28)', () => {
  it('a genitive actor after an activity noun', () => {
    expect(triples('وقالت الولايات المتحدة إنها تعمل على وقف تدخلات إيران في المنطقة.')).toContain(
      'usa/iran-as-target/oppose',
    );
    expect(
      triples('وشكرت الولايات المتحدة حلفاءها على جهودهم لمواجهة أنشطة إيران المزعزعة للاستقرار.'),
    ).toContain('usa/iran-as-target/oppose');
  });

  it('a nationality adjective after an activity noun, a genitive after an advance', () => {
    expect(
      triples('وتسعى الولايات المتحدة إلى تشكيل تحالف جديد بهدف التصدي للتوسع الإيراني في المنطقة.'),
    ).toContain('usa/iran-as-target/oppose');
    expect(triples('وزرعت تركيا الألغام في محاولة منها لإيقاف تقدم الحوثيين.')).toContain(
      'turkey/houthis-as-target/oppose',
    );
  });

  it('not for the addressee of a directive, who is told to act', () => {
    const got = triples('الأكراد يدعون الحكومة السورية إلى مواجهة الهجوم التركي على عفرين.');
    expect(got).not.toContain('syria/turkey-as-target/oppose');
    expect(triples('ودعت، على وجه التحديد، موسكو لوقف هجوم الأسد على إدلب.')).not.toContain(
      'russia/assad-as-target/oppose',
    );
  });

  it('not for a name after a preposition or a nationality adjective of a thing', () => {
    expect(
      triples(
        'ونصب نفسه حلقة وصل بين السعودية وتركيا للتسويق لحلف سعودي تركي قادر على التصدي للمشروع الإيراني.',
      ),
    ).toEqual([]);
  });

  // (Influence, not interference: calling the deeds interference is itself a position, see pejor27.)
  it('not when negated or hypothetical', () => {
    expect(triples('وقالت الولايات المتحدة إنها لن تعمل على وقف نفوذ إيران.')).not.toContain(
      'usa/iran-as-target/oppose',
    );
    expect(
      triples('وقالت الولايات المتحدة إنها في حال فشلت المفاوضات ستعمل على وقف نفوذ إيران.'),
    ).not.toContain('usa/iran-as-target/oppose');
  });

  it('not an activity noun with no actor after it', () => {
    expect(triples('وقالت الولايات المتحدة إنها تعمل على وقف التدخلات في المنطقة.')).toEqual([]);
  });
});

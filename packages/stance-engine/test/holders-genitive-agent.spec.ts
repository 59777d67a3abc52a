// A verbal noun whose genitive is an actor we track, followed by the noun's complement, names
// its own parties ("اتهام واشنطن للنظام السوري", "مناشدات تركيا بوقف إطلاق النار"): the
// previous sentence's holder is not carried into it. Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-genitive-agent-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('syria', 'government', ['النظام السوري']),
    actor('russia', 'country', ['روسيا']),
    actor('iran', 'country', ['إيران']),
    actor('turkey', 'country', ['تركيا']),
    actor('syria-state', 'country', ['سوريا']),
    actor('israel', 'country', ['إسرائيل']),
    actor('trump', 'person', ['دونالد ترامب']),
    actor('netanyahu', 'person', ['نتانياهو']),
  ],
  topics: [
    { id: 'russia-as-target', label: { ar: 'روسيا' }, actor: 'russia', pro: {}, anti: {} },
    { id: 'syria-as-target', label: { ar: 'النظام السوري' }, actor: 'syria', pro: {}, anti: {} },
    { id: 'israel-as-target', label: { ar: 'إسرائيل' }, actor: 'israel', pro: {}, anti: {} },
    { id: 'ceasefire', label: { ar: 'وقف إطلاق النار' }, pro: { ar: ['وقف إطلاق النار'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-20T00:00:00Z' });

describe('Arabic holders: the genitive of a verbal noun before its complement', () => {
  it('before a ل object the genitive is the agent ("اتهام واشنطن للنظام السوري وروسيا")', () => {
    const found = triples(
      'وقالت روسيا إنها ستواصل دعم النظام السوري. وفي ظل الحديث عن اتهام واشنطن للنظام السوري وروسيا بمحاولة طمس الأدلة على الهجوم الكيميائي المزعوم على دوما، عادت الصحيفة للحديث عن الضربات.',
    );
    expect(found).toContain('us/syria-as-target/oppose');
    expect(found).toContain('us/russia-as-target/oppose');
    expect(found).not.toContain('russia/syria-as-target/oppose');
  });

  it('before a ب complement a noun of calling names its caller ("رغم مناشدات تركيا بوقف إطلاق النار")', () => {
    const found = triples(
      'يقول المبعوث إنه يعتقد أن روسيا وإيران وتركيا ستتفق على "برنامج وآلية" العملية العسكرية في إدلب. وتدعم إيران وروسيا الحملة العسكرية المقترحة على إدلب، التي من المتوقع أن تشارك فيها قوات النظام، رغم مناشدات تركيا بوقف إطلاق النار.',
    );
    expect(found).not.toContain('iran/ceasefire/support');
    expect(found).toContain('turkey/ceasefire/support');
  });

  it('after a preposition of time the genitive before ل is still the agent ("وبعد اتهام سوريا لإسرائيل")', () => {
    const found = triples(
      'وسافر نتانياهو لموسكو الأربعاء للقاء بوتن بعد ساعات من إعلان الرئيس الأمريكي دونالد ترامب انسحابه من الاتفاق النووي الإيراني، وبعد اتهام سوريا لإسرائيل بتنفيذ هجوم صاروخي جديد على قاعدة عسكرية قرب دمشق.',
    );
    expect(found).toContain('syria-state/israel-as-target/oppose');
  });
});

// "اتهم X Y بدعم Z": the charge is X's position (against Y, and Z), not Y's; the guideline codes
// only an actor's own position. Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'accused-of-support-unit-tests',
  actors: [
    { id: 'saudi-arabia', kind: 'country', names: { ar: ['السعودية', 'المملكة'] }, roles: [], memberOf: [] },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
    { id: 'hezbollah', kind: 'party', names: { ar: ['حزب الله'] }, roles: [], memberOf: [] },
    { id: 'houthis', kind: 'armed-group', names: { ar: ['الحوثيين', 'الحوثيون'] }, roles: [], memberOf: [] },
  ],
  topics: [
    { id: 'houthis-as-target', actor: 'houthis', label: { ar: 'الحوثيون' }, pro: {}, anti: {} },
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('Arabic charges of support', () => {
  it('the accused of supporting a group is not coded as supporting it; the accuser still opposes', () => {
    const found = triples('وتتهم السعودية إيران بدعم الحوثيين الشيعة بالسلاح، لكن طهران تنفي ذلك.');
    expect(found).not.toContain('iran/houthis-as-target/support');
    expect(found).toContain('saudi-arabia/iran-as-target/oppose');
  });

  it('nor is the accused named by an object pronoun', () => {
    const compiled = compileCodebook(CODEBOOK);
    const text =
      'كما تتعرض إيران لانتقادات من المملكة العربية السعودية، بالاخص مع الأزمة اليمنية، حيث اتهمتها المملكة بدعم الحوثيين، الذين وجهت إليهم المملكة مسؤولية إطلاق صواريخ بالستية واستهداف مواقع مدنية.';
    const found = extractStatements(compiled, { id: 't', text, lang: 'ar' });
    expect(found.filter((s) => s.actor === 'iran' && s.evidence.includes('بدعم'))).toEqual([]);
  });

  it('a participle of charging (المتهمة من قبل …) gives its complement to nobody', () => {
    const found = triples(
      'ويرى مراقبون أن السعودية ستدفع خلال أعمال القمة باتجاه اعتماد موقف أكثر حزما ضد إيران، المتهمة أيضا من قبل المملكة بدعم الحوثيين الشيعة في اليمن المجاور بالسلاح، الأمر الذي تنفيه طهران.',
    );
    expect(found.filter((t) => t.includes('/houthis-as-target/'))).toEqual([]);
  });
});

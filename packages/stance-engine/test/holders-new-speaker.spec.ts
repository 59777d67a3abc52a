// A sentence naming no actor that opens "قال X …" with a speaker of its own (a name we do not
// track) ends the current holder's turn: "وأضاف" after it is that speaker's, not the earlier
// holder's. The first sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { opensWithAnd } from '../src/extract/cues.js';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-new-speaker-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'البيت الأبيض']),
    actor('israel', 'country', ['إسرائيل', 'اسرائيل']),
    actor('hamas', 'armed-group', ['حماس', 'حركة حماس']),
    actor('saudi', 'country', ['السعودية', 'المملكة العربية السعودية']),
    actor('houthis', 'armed-group', ['الحوثي', 'الحوثيين']),
    actor('unsc', 'organization', ['مجلس الأمن']),
  ],
  topics: [
    { id: 'israel-as-target', label: { ar: 'إسرائيل' }, actor: 'israel', pro: {}, anti: {} },
    { id: 'saudi-as-target', label: { ar: 'السعودية' }, actor: 'saudi', pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-05-16T00:00:00Z' });

const WHITE_HOUSE =
  'حمّل المتحدث باسم البيت الأبيض، راج شاه، حركة حماس مسؤولية مقتل الفلسطينيين من قبل الجيش الاسرائيلي في قطاع غزة، وقال إن "مسؤولية هذه الوفيات المأساوية تقع على حماس ومن حق إسرائيل أن تدافع عن نفسها". وأضاف أن حركة حماس هي من دفعت وأججت الوضع عن قصد.';
const ADDED = 'وأضاف :" لن نتوانى عن دعم حق اسرائيل في الدفاع عن أمن حدودها".';

describe('Arabic holders: a new speaker we do not track', () => {
  it('"قال أليستر بيرت، …" takes over: his next words are no earlier holder\'s', () => {
    const found = triples(
      `${WHITE_HOUSE}\nقال أليستر بيرت، وزير شؤون الشرق الأوسط في الخارجية البريطانية، إنه من المؤسف أن تستغل العناصر المتطرفة هذه الاحتجاجات لأغراضها العنيفة. ${ADDED}`,
    );
    expect(found.filter((t) => t.endsWith('/israel-as-target/support'))).toEqual([]);
  });

  it('"وقال أيضا إن …" names no subject: the speaker goes on', () => {
    const found = triples(
      'حمّل المتحدث باسم البيت الأبيض، راج شاه، حركة حماس مسؤولية مقتل الفلسطينيين من قبل الجيش الاسرائيلي في قطاع غزة. وقال أيضا إن الوضع مؤسف. ' +
        ADDED,
    );
    expect(found).toContain('us/israel-as-target/support');
  });

  it('"كما أكدت المنامة وقوفها …": a frame with its own subject is not an earlier frame\'s speaker', () => {
    const found = triples(
      'وفي المنحى نفسه، دانت البحرين الهجوم الحوثي قائلة إنه يمثل خرقا سافرا للقوانين والأعراف الدولية، كما أكدت المنامة وقوفها التام إلى جانب السعودية في كل الإجراءات التي يمكن أن تتخذها لتحمي مواردها.',
    );
    expect(found).not.toContain('houthis/saudi-as-target/support');
  });

  it('"إن دولة الكويت تؤكد وقوفها …": nor is a frame whose subject comes before it', () => {
    const found = triples(
      'وطالب المصدر المجتمع الدولي لا سيما مجلس الأمن بالتحرك الفوري لوضع حد لاستمرار تلك الهجمات. واختتم المصدر تصريحه بالقول، إن دولة الكويت تؤكد وقوفها التام إلى جانب المملكة العربية السعودية وتأييدها لكل ما تتخذه من إجراءات للحفاظ على أمنها واستقرارها.',
    );
    expect(found).not.toContain('unsc/saudi-as-target/support');
  });

  it('a root و is no conjunction joining the word to the first subject (folded words)', () => {
    expect(['ووقفت', 'واكدت', 'ودعمها'].map(opensWithAnd)).toEqual([true, true, true]);
    expect(['وقوفها', 'وقفت'].map(opensWithAnd)).toEqual([false, false]);
  });
});

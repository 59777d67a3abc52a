// A course called for by others under a verb of rejection (round 11): "رفض دعوات … لوقف X" —
// rejecting a call to stop X is no opposition to X, and a caller named as the call's genitive
// ("دعوات روسيا بوقف …") holds the course it calls for. Sentences from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'calls-rejected-unit-tests',
  actors: [
    actor('trump', 'person', ['ترامب']),
    actor('syria', 'government', ['سوريا']),
    actor('iran', 'country', ['إيران']),
    actor('turkey', 'country', ['تركيا']),
    actor('russia', 'country', ['روسيا']),
    actor('saudi-arabia', 'country', ['السعودية']),
    actor('unsc', 'organization', ['مجلس الأمن']),
    actor('houthis', 'armed-group', ['ميليشيات الحوثي', 'الحوثي']),
  ],
  topics: [
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    { id: 'houthis-as-target', actor: 'houthis', label: { ar: 'الحوثيون' }, pro: {}, anti: {} },
    { id: 'arms-sales', label: { ar: 'مبيعات الأسلحة' }, pro: { ar: ['مبيعات الأسلحة'] }, anti: {} },
    { id: 'ceasefire', label: { ar: 'وقف إطلاق النار' }, pro: { ar: ['وقف إطلاق النار'] }, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-10-10T00:00:00Z' });

describe('rejecting a call to stop or withdraw something', () => {
  it('rejecting calls to halt arms sales supports the sales', () => {
    const got = triples('ترامب يرفض دعوات من أعضاء بالكونغرس لوقف مبيعات الأسلحة للسعودية بسبب خاشقجي.');
    expect(got).toContain('trump/arms-sales/support');
    expect(got).not.toContain('trump/arms-sales/oppose');
  });

  it('rejecting calls for Iran to withdraw sides with Iran', () => {
    const got = triples(
      'رفضت سوريا، الأربعاء، الدعوات لسحب إيران وميليشيا حزب الله اللبنانية قواتهما من البلاد.',
    );
    expect(got).toContain('syria/iran-as-target/support');
    expect(got).not.toContain('syria/iran-as-target/oppose');
  });

  it('the call itself stays the rejecter’s opposition to what it calls for', () => {
    expect(triples('تركيا ترفض دعوات غربية لوقف إطلاق النار في عفرين.')).toEqual(['turkey/ceasefire/oppose']);
  });
});

describe('a caller named as the genitive of the call', () => {
  // The corpus sentence "ترامب يرفض دعوات من أعضاء بالكونغرس لوقف مبيعات الأسلحة" with the
  // callers named as a genitive actor, the construction of "مناشدات تركيا بوقف …".
  it('the caller holds the halt it calls for; the rejecter the opposite', () => {
    const got = triples('ترامب يرفض دعوات روسيا لوقف مبيعات الأسلحة للسعودية بسبب خاشقجي.');
    expect(got).toContain('russia/arms-sales/oppose');
    expect(got).toContain('trump/arms-sales/support');
    expect(got).not.toContain('trump/arms-sales/oppose');
  });

  it('a participle of calling names its addressee, not a caller', () => {
    const got = triples(
      'وخلال الجلسة، أكد مندوب الكويت منصور العتيبي أنه يجب على المجتمع الدولي أن يأخذ موقفا موحدا من ميليشيات الحوثي في اليمن، داعياً مجلس الأمن للتدخل لوقف الهجمات الصاروخية لميليشيات الحوثي على السعودية.',
    );
    expect(got.filter((t) => t.startsWith('unsc/'))).toEqual([]);
  });
});

import type { Codebook } from '@stance/codebook';
import { compileCodebook, foldString } from '../src/index.js';
import { rewordings, spellingVariants } from '../src/compile.js';
import { triplesWith } from './helpers.js';

// Topic phrases in the forms news writes them (session 17): a modifier inserted into the phrase,
// a construct's genitive taken by "ل", a country's name for its nationality adjective after a noun
// of standing, the plural of a ت verbal noun; and a topic phrase of a story set elsewhere hides no
// name inside it.
const codebook: Codebook = {
  version: 1,
  name: 'topics17',
  actors: [
    { id: 'israel', kind: 'country', names: { ar: ['إسرائيل'] }, roles: [], memberOf: [] },
    { id: 'usa', kind: 'country', names: { ar: ['الولايات المتحدة', 'واشنطن'] }, roles: [], memberOf: [] },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
    {
      id: 'un',
      kind: 'organization',
      names: { ar: ['الأمم المتحدة', 'مجلس الأمن الدولي'] },
      roles: [],
      memberOf: [],
    },
    { id: 'uae', kind: 'country', names: { ar: ['الإمارات'] }, roles: [], memberOf: [] },
  ],
  topics: [
    {
      id: 'iranian-influence-iraq',
      label: { ar: 'النفوذ الإيراني في العراق', en: 'Iranian influence in Iraq' },
      pro: { ar: ['النفوذ الإيراني', 'التدخل الإيراني', 'الوجود الإيراني'] },
      anti: {},
    },
    {
      id: 'sanctions-on-iran',
      label: { en: 'Sanctions on Iran' },
      pro: { ar: ['فرض عقوبات على إيران', 'العقوبات على إيران'] },
      anti: {},
    },
    { id: 'ceasefire', label: { en: 'Ceasefire in Syria' }, pro: { ar: ['وقف إطلاق النار'] }, anti: {} },
    {
      id: 'us-presence',
      label: { en: 'US military presence' },
      pro: { ar: ['الوجود الأمريكي'] },
      anti: { ar: ['الانسحاب الأمريكي'] },
    },
    { id: 'iran-as-target', actor: 'iran', label: { en: 'Iran' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(codebook, { lang: 'ar' });

describe('topic phrases reworded as news writes them', () => {
  it('a construct whose genitive is taken by "ل"', () => {
    expect(
      triples(
        'ويعقد مجلس الأمن الدولي اجتماعا اليوم لبحث مشروع قرار يدعو إلى وقف لإطلاق النار في شتى أنحاء سوريا.',
      ),
    ).toContain('un/ceasefire/support');
  });

  it("a country's name in the genitive of a noun of standing", () => {
    expect(triples('وقالت إسرائيل إنها تعارض وجود إيران العسكري في العراق برمته.')).toContain(
      'israel/iranian-influence-iraq/oppose',
    );
  });

  it('not an act noun: "انسحاب واشنطن" may be from a deal', () => {
    expect(triples('وانتقدت إيران انسحاب واشنطن من الاتفاق النووي.')).not.toContain(
      'iran/us-presence/oppose',
    );
    const variants = (phrase: string): string[] =>
      spellingVariants(foldString(phrase), true).flatMap((v) =>
        rewordings(v, new Map([['الامريكي', ['امريكا']]])),
      );
    expect(variants('الانسحاب الأمريكي')).not.toContain('انسحاب امريكا');
  });

  it('a story set elsewhere: the phrase stands for nothing, the country in it is still named', () => {
    expect(
      triples('وأكدت الإمارات رفضها التدخل الإيراني في شؤون البحرين، وشددت على دعمها للمنامة.'),
    ).toContain('uae/iran-as-target/oppose');
  });
});

describe('variants generated at compile time', () => {
  it('the sound feminine plural of a ت verbal noun, its adjective agreeing', () => {
    expect(spellingVariants(foldString('التدخل الإيراني'), true)).toContain(foldString('التدخلات الإيرانية'));
    // Not every head: "الاتفاقات النووية" are other agreements.
    expect(spellingVariants(foldString('الاتفاق النووي'), true)).not.toContain(
      foldString('الاتفاقات النووية'),
    );
  });

  it('شمال and شمالي before a place are one place', () => {
    expect(spellingVariants(foldString('عمليات عسكرية في شمالي العراق'), true)).toContain(
      foldString('عمليات عسكرية في شمال العراق'),
    );
  });

  it('the automaton holds the reworded phrases', () => {
    const compiled = compileCodebook(codebook);
    const topics = new Set<string>();
    compiled.automaton.scan(foldString('دعا إلى وقف لإطلاق النار'), (p) => {
      for (const e of compiled.entries[p]!) if (e.kind === 'topic') topics.add(compiled.topicIds[e.topic]!);
    });
    expect([...topics]).toEqual(['ceasefire']);
  });
});

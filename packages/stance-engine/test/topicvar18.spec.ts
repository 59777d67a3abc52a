// Topic phrases written with one modifier inside them ("انسحاب جميع القوات الأجنبية", "عقوبات
// جديدة على إيران", "تحرير ميناء الحديدة", "use of lethal force"), and hashtags ("#إيران").
// Sentences are real ones from corpus/news-*.jsonl.
import type { Codebook } from '@stance/codebook';
import { compileCodebook, normalizeText } from '../src/index.js';
import { findMentions } from '../src/extract/mentions.js';
import { tokenize } from '../src/text/tokens.js';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'topicvar18-unit-tests',
  actors: [
    { id: 'russia', kind: 'country', names: { ar: ['روسيا'] }, roles: [], memberOf: [] },
    {
      id: 'putin',
      kind: 'person',
      names: { ar: ['فلاديمير بوتين', 'بوتين'] },
      roles: [{ title: { ar: ['الرئيس الروسي'] } }],
      memberOf: ['russia'],
    },
    { id: 'usa', kind: 'country', names: { ar: ['الولايات المتحدة', 'واشنطن'] }, roles: [], memberOf: [] },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
    {
      id: 'houthis',
      kind: 'armed-group',
      names: { ar: ['الحوثيين', 'الحوثي', 'الحوثية'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'saudi-led-coalition',
      kind: 'armed-group',
      names: { ar: ['تحالف دعم الشرعية', 'التحالف العربي'] },
      roles: [],
      memberOf: [],
    },
    { id: 'nusra', kind: 'armed-group', names: { en: ['Nusra Front', 'Nusra'] }, roles: [], memberOf: [] },
  ],
  topics: [
    {
      id: 'foreign-forces-syria',
      label: { ar: 'القوات الأجنبية في سوريا' },
      pro: {},
      anti: { ar: ['انسحاب القوات الأجنبية'] },
    },
    {
      id: 'sanctions-on-iran',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['عقوبات على إيران'] },
      anti: {},
    },
    {
      id: 'hodeidah-liberation',
      label: { ar: 'تحرير الحديدة' },
      pro: { ar: ['تحرير الحديدة'] },
      anti: {},
    },
    {
      id: 'iranian-militias',
      label: { ar: 'الميليشيات الإيرانية' },
      pro: { ar: ['الميليشيات الإيرانية'] },
      anti: {},
    },
    { id: 'iran-regional-role', label: { ar: 'دور إيران' }, pro: { ar: ['تدخلات إيران'] }, anti: {} },
    {
      id: 'force-on-protesters',
      label: { en: 'force on protesters' },
      pro: {},
      anti: { en: ['use of force'] },
    },
  ],
};
const compiled = compileCodebook(CODEBOOK);
const ar = triplesWith(CODEBOOK, { lang: 'ar' });

/** Topic ids of the topic mentions found in a text, with the words they cover. */
function topicMentions(text: string, lang: 'ar' | 'en'): string[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const { mentions } = findMentions(compiled, text, norm, tokens, lang, undefined);
  return mentions
    .filter((m) => m.kind === 'topic')
    .map((m) => `${compiled.topicIds[m.topic]}: ${norm.text.slice(m.start, m.end)}`);
}

describe('topic phrases with one modifier inside', () => {
  it('a quantifier between a construct head and its genitive', () => {
    const text =
      'ودعا الرئيس الروسي، فلاديمير بوتين، إلى انسحاب جميع القوات الأجنبية من سوريا، وهي الدعوة التي كررها وزير خارجيته.';
    expect(topicMentions(text, 'ar')).toContain('foreign-forces-syria: انسحاب جميع القوات الاجنبيه');
    expect(ar(text)).toContain('putin/foreign-forces-syria/oppose');
  });

  it('an indefinite adjective after an indefinite head', () => {
    const text =
      'رحبت الولايات المتحدة، الثلاثاء، بتوجه بعض دول الإتحاد الأوروبي لفرض عقوبات جديدة على إيران بسبب برنامجها للصواريخ الباليستية.';
    expect(topicMentions(text, 'ar')).toContain('sanctions-on-iran: عقوبات جديده علي ايران');
    expect(ar(text)).toContain('usa/sanctions-on-iran/support');
  });

  it('a noun of place before the name of the place', () => {
    const text = 'أطلق تحالف دعم الشرعية في اليمن عملية عسكرية وإنسانية لتحرير ميناء الحديدة.';
    expect(topicMentions(text, 'ar')).toContain('hodeidah-liberation: تحرير ميناء الحديده');
    expect(ar(text)).toContain('saudi-led-coalition/hodeidah-liberation/support');
  });

  it('an English adjective inside the phrase', () => {
    const text =
      'This follows protests in the Idlib countryside against the Nusra Front which Nusra fighters suppressed reportedly with the use of lethal force.';
    expect(topicMentions(text, 'en')).toContain('force-on-protesters: use of lethal force');
  });

  it('not a modifier that names an actor: another group is meant', () => {
    const text = 'وتسيطر الميليشيات الحوثية الإيرانية على ميناء الحديدة منذ سنوات.';
    expect(topicMentions(text, 'ar').filter((m) => m.startsWith('iranian-militias'))).toEqual([]);
  });

  it('not a word that is no modifier (a verb, a negator, a country adjective)', () => {
    expect(topicMentions('وقالت إن عقوبات تفرض على إيران منذ سنوات.', 'ar')).toEqual([]);
    expect(topicMentions('وطالبت بعقوبات غير على إيران.', 'ar')).toEqual([]);
    expect(topicMentions('ورفضت موسكو انسحاب القوات الروسية الأجنبية.', 'ar')).toEqual([]);
    expect(topicMentions('the use of their force', 'en')).toEqual([]);
  });
});

describe('hashtags', () => {
  it('a hashtag names what the plain word names', () => {
    const text =
      'أكد وزير خارجية ألمانيا أن الدول الأوروبية تعمل مع الولايات المتحدة حول سبل وقف تدخلات #إيران في منطقة الشرق الأوسط.';
    expect(topicMentions(text, 'ar')).toContain('iran-regional-role: تدخلات ايران');
  });
});

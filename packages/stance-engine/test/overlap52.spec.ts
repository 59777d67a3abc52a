// An actor named after a target preposition inside a topic phrase ("فرض العقوبات على إيران",
// "strikes against Syria") keeps its own mention, so endorsing the phrase's act also opposes that
// actor. Sentences are real ones from corpus/news-ar.jsonl and news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'overlap52-unit-tests',
  actors: [
    { id: 'trump', kind: 'person', names: { ar: ['ترامب'], en: ['Trump'] }, roles: [], memberOf: [] },
    { id: 'obama', kind: 'person', names: { en: ['Obama'] }, roles: [], memberOf: [] },
    { id: 'iran', kind: 'country', names: { ar: ['إيران', 'طهران'] }, roles: [], memberOf: [] },
    { id: 'turkey', kind: 'country', names: { ar: ['تركيا', 'أنقرة'] }, roles: [], memberOf: [] },
    { id: 'syria', kind: 'country', names: { en: ['Syria'] }, roles: [], memberOf: [] },
    {
      id: 'usa',
      kind: 'country',
      names: { ar: ['الولايات المتحدة', 'القوات الأمريكية'] },
      roles: [],
      memberOf: [],
    },
  ],
  topics: [
    { id: 'iran-as-target', actor: 'iran', label: { ar: 'إيران' }, pro: {}, anti: {} },
    { id: 'syria-as-target', actor: 'syria', label: { en: 'Syria' }, pro: {}, anti: {} },
    { id: 'usa-as-target', actor: 'usa', label: { ar: 'الولايات المتحدة' }, pro: {}, anti: {} },
    {
      id: 'sanctions-on-iran',
      label: { ar: 'العقوبات على إيران' },
      pro: { ar: ['العقوبات على إيران'] },
      anti: {},
    },
    {
      id: 'us-strikes',
      label: { en: 'US strikes on Syria' },
      pro: { en: ['military strikes against Syria'] },
      anti: {},
    },
    {
      id: 'us-withdrawal-syria',
      label: { ar: 'الانسحاب الأميركي من سوريا' },
      pro: { ar: ['انسحاب القوات الأمريكية من سوريا'] },
      anti: {},
    },
    {
      id: 'idlib-offensive',
      label: { ar: 'الهجوم على إدلب' },
      pro: { ar: ['الهجوم على إدلب'] },
      anti: {},
    },
  ],
};
const arabic = triplesWith(CODEBOOK, { lang: 'ar' });
const english = triplesWith(CODEBOOK, { lang: 'en' });

describe('actors named inside a topic phrase', () => {
  it('imposing sanctions on an actor supports the sanctions and opposes the actor', () => {
    const found = arabic(
      'وتراجعت قيمة العملة الإيرانية بشكل كبير منذ مايو/أيار الماضي، بعد انسحاب ترامب من الاتفاق النووي، وفرض ترامب العقوبات على إيران مرة أخرى.',
    );
    expect(found).toContain('trump/sanctions-on-iran/support');
    expect(found).toContain('trump/iran-as-target/oppose');
  });

  it('asking for strikes against a country opposes it', () => {
    const found = english(
      'Obama has asked Congress to authorize military strikes against Syria in response to what the United States says was a chemical weapons attack by the government that killed more than 1400 people on August 21.',
    );
    expect(found).toContain('obama/us-strikes/support');
    expect(found).toContain('obama/syria-as-target/oppose');
  });

  it('an actor that is the agent inside the phrase is not its target', () => {
    const found = arabic(
      'وتأتي دعوة بوتين لأشكال جديدة من التعاون، بالتزامن مع التصريحات الأخيرة التي أطلقها الرئيس الأمريكي دونالد ترامب حول انسحاب القوات الأمريكية من سوريا "بوقت قريب جداً".',
    );
    expect(found.filter((t) => t.includes('usa-as-target'))).toEqual([]);
  });

  it('a topic phrase headed by a definite noun before a preposition matches it indefinite too', () => {
    const found = arabic(
      'وعلق المبعوث الأمريكي على الاجتماع بأن تركيا تحاول بكل الطرق منع أي هجوم على إدلب، إذ يوجد بها كثير من المسلحين الموالين لأنقرة ويتلقون دعما منها.',
    );
    expect(found).toContain('turkey/idlib-offensive/oppose');
  });
});

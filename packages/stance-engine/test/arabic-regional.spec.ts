// Arabic constructions found by judging the engine's output on unseen 2018 regional news
// (Yemen, Syria, Lebanon, Palestine, the Gulf): each rule with the near misses it must leave alone.
import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'regional-unit-tests',
  actors: [
    {
      id: 'houthis',
      kind: 'armed-group',
      names: { ar: ['الحوثيين', 'الحوثيون', 'ميليشيات الحوثي', 'الحوثي'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'coalition',
      kind: 'armed-group',
      names: { ar: ['التحالف العربي', 'قوات التحالف'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'saudi-arabia',
      kind: 'country',
      names: { ar: ['السعودية', 'الرياض'] },
      roles: [],
      memberOf: [],
    },
    { id: 'us', kind: 'government', names: { ar: ['الولايات المتحدة', 'واشنطن'] }, roles: [], memberOf: [] },
    { id: 'hezbollah', kind: 'party', names: { ar: ['حزب الله'] }, roles: [], memberOf: [] },
    { id: 'hamas', kind: 'party', names: { ar: ['حركة حماس', 'حماس'] }, roles: [], memberOf: [] },
    {
      id: 'hariri',
      kind: 'person',
      names: { ar: ['سعد الحريري'] },
      roles: [{ title: { ar: ['رئيس الوزراء اللبناني'] }, from: '2016-12-18' }],
      memberOf: [],
    },
  ],
  topics: [
    { id: 'houthis-as-target', actor: 'houthis', label: { ar: 'الحوثيون' }, pro: {}, anti: {} },
    { id: 'coalition', actor: 'coalition', label: { ar: 'التحالف العربي' }, pro: {}, anti: {} },
    { id: 'us-as-target', actor: 'us', label: { ar: 'الولايات المتحدة' }, pro: {}, anti: {} },
    { id: 'saudi-as-target', actor: 'saudi-arabia', label: { ar: 'السعودية' }, pro: {}, anti: {} },
    {
      id: 'resistance',
      label: { ar: 'سلاح حزب الله' },
      pro: { ar: ['المقاومة', 'سلاح المقاومة'] },
      anti: { ar: ['نزع سلاح حزب الله'] },
    },
    {
      id: 'lebanon-elections',
      label: { ar: 'الانتخابات النيابية اللبنانية', en: 'Lebanese parliamentary elections' },
      pro: { ar: ['الانتخابات'] },
      anti: { ar: ['مقاطعة الانتخابات'] },
    },
    {
      id: 'gaza-truce',
      label: { ar: 'التهدئة في غزة' },
      pro: { ar: ['التهدئة', 'وقف إطلاق النار'] },
      anti: {},
    },
  ],
};

const compiled = compileCodebook(CODEBOOK);
const triples = (text: string): string[] =>
  extractStatements(compiled, { id: 't', text, lang: 'ar', published_at: '2018-06-01' })
    .map((s) => `${s.actor}/${s.topic}/${s.stance}`)
    .sort();

describe('Arabic regional news: constructions judged on unseen articles', () => {
  it('"الدفاعات" and "تعزيزات" are defences and reinforcements, not acts of defending', () => {
    expect(triples('وأعلن التحالف العربي انهيار دفاعات ميليشيات الحوثي في محيط المطار.')).toEqual([]);
    expect(triples('واعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون باتجاه جازان.')).toEqual([]);
    expect(triples('ودفعت قوات التحالف بتعزيزات عسكرية إلى جبهات الحوثيين.')).toEqual([]);
    // Near miss: the verbal noun in the singular is still an act.
    expect(triples('ودعت السعودية إلى تعزيز التهدئة في القطاع.')).toEqual([
      'saudi-arabia/gaza-truce/support',
    ]);
  });

  it('a topic phrase qualified by a country its topic does not name is another thing', () => {
    expect(triples('ولقي عدد من عناصر ميليشيات الحوثي مصرعهم في مواجهات مع قوات المقاومة اليمنية.')).toEqual(
      [],
    );
    expect(triples('وأشاد حزب الله بالمقاومة الفلسطينية.')).toEqual([]);
    expect(triples('ورحب حزب الله بالانتخابات العراقية.')).toEqual([]);
    // Near misses: the topic's own country, no adjective, or a country named after a preposition.
    expect(triples('ورحب حزب الله بالانتخابات اللبنانية.')).toEqual(['hezbollah/lebanon-elections/support']);
    expect(triples('وأشاد حزب الله بالمقاومة.')).toEqual(['hezbollah/resistance/support']);
    expect(triples('وأشاد حزب الله بالمقاومة في اليمن.')).toEqual(['hezbollah/resistance/support']);
  });

  it('a violation of a course of action is an act against it and composes with its verb', () => {
    expect(triples('وحذرت واشنطن من انتهاكات التهدئة في القطاع.')).toEqual(['us/gaza-truce/support']);
    expect(triples('ورفضت السعودية انتهاك وقف إطلاق النار.')).toEqual(['saudi-arabia/gaza-truce/support']);
    expect(triples('واتهمت حماس الحوثيين بانتهاك التهدئة.')).toContain('hamas/gaza-truce/support');
    // Near misses: before an actor it judges the agent; a plain call keeps its own polarity.
    expect(triples('ونددت حماس بانتهاكات الحوثيين.')).toEqual(['hamas/houthis-as-target/oppose']);
    expect(triples('ودعت حماس إلى وقف إطلاق النار.')).toEqual(['hamas/gaza-truce/support']);
  });

  it('a definite evaluative word in construct after an indefinite noun is a genitive, no predicate', () => {
    // "لإعادة الشرعية": restoring the legitimate government, not calling the coalition legitimate.
    expect(triples('وقال الحوثي إن قوات التحالف تدخلت لإعادة الشرعية في اليمن.')).toEqual([]);
    // Near misses: an adjective agreeing with its noun, and a predicate after a preposition.
    expect(triples('وقال الحوثي إن قوات التحالف جاءت بنتيجة عكسية.')).toEqual(['houthis/coalition/oppose']);
    expect(triples('وقال الحوثي إن قوات التحالف جزء من المشكلة.')).toEqual(['houthis/coalition/oppose']);
  });

  it('an elided subject refers to the previous sentence, not to a place or to a holder further back', () => {
    // "في الرياض" is where they studied, not who welcomes anything next.
    expect(triples('ودرس قادة الحركة في الرياض سنوات طويلة. ورحب بالمقاومة.')).toEqual([]);
    // A sentence about something else parts the verb from the earlier holder.
    expect(
      triples('أشاد حزب الله بالتهدئة في القطاع. وولد زعيمه في بلدة جنوبية عام 1960. وأشاد بالمقاومة.'),
    ).toEqual(['hezbollah/gaza-truce/support']);
    // Near misses: the previous sentence, and a chain of clauses continuing the speaker.
    expect(triples('أشاد حزب الله بالتهدئة في القطاع. وأشاد بالمقاومة.')).toEqual([
      'hezbollah/gaza-truce/support',
      'hezbollah/resistance/support',
    ]);
    expect(triples('أشاد حزب الله بالتهدئة في القطاع. وأضاف أن الوضع صعب. وأشاد بالمقاومة.')).toEqual([
      'hezbollah/gaza-truce/support',
      'hezbollah/resistance/support',
    ]);
  });

  it('"وزارة الدفاع", "الدفاع الجوي" name institutions and weapons, not acts of defending', () => {
    expect(triples('وقالت واشنطن إن وزارة الدفاع السعودية نشرت صورا للصاروخ.')).toEqual([]);
    expect(triples('أشادت واشنطن بالتهدئة. وذكرت وزارة الدفاع السعودية أن الصاروخ سقط.')).toEqual([
      'us/gaza-truce/support',
    ]);
    expect(triples('وقالت واشنطن إن الدفاع الجوي السعودي أسقط طائرة مسيرة.')).toEqual([]);
    // Near misses: defending someone, as a noun or a verb, is support.
    expect(triples('وأعلنت واشنطن الدفاع عن السعودية.')).toEqual(['us/saudi-as-target/support']);
    expect(triples('ودافعت واشنطن عن السعودية.')).toEqual(['us/saudi-as-target/support']);
    expect(triples('وتحدثت واشنطن عن السعودية.')).toEqual([]);
  });

  it('a role title marked late or former names an earlier holder, not the one in office', () => {
    expect(triples('ورحب رئيس الوزراء اللبناني السابق بالتهدئة.')).toEqual([]);
    expect(triples('وهاجم نجل رئيس الوزراء اللبناني الراحل حزب الله.')).toEqual([]);
    // Near miss: the title alone names the holder in office on the article's date.
    expect(triples('ورحب رئيس الوزراء اللبناني بالتهدئة.')).toEqual(['hariri/gaza-truce/support']);
  });

  it('describing a decision judges its course of action and its owner', () => {
    expect(triples('ووصفت حماس قرار الولايات المتحدة مقاطعة الانتخابات اللبنانية بأنه صفعة.')).toEqual([
      'hamas/lebanon-elections/support',
      'hamas/us-as-target/oppose',
      'us/lebanon-elections/oppose',
    ]);
    expect(triples('ووصفت حماس قرار مقاطعة الانتخابات بأنه خطأ.')).toEqual([
      'hamas/lebanon-elections/support',
    ]);
    // Near misses: no evaluation, and a describing verb whose own object is someone else.
    expect(triples('ووصفت حماس قرار مقاطعة الانتخابات بأنه مفاجئ.')).toEqual([]);
    expect(triples('وقالت حماس إن من وصفهم بالمخربين خرقوا قرار التهدئة.')).not.toContain(
      'hamas/gaza-truce/oppose',
    );
  });

  it('nouns judging an actor: "معضلة", "صفعة"', () => {
    expect(triples('وقالت السعودية إن الحوثيين معضلة للمنطقة.')).toEqual([
      'saudi-arabia/houthis-as-target/oppose',
    ]);
    // Near miss: a dilemma named as the setting is no judgement of the actor.
    expect(triples('وقالت السعودية إنها تواجه معضلة في اليمن.')).toEqual([]);
  });
});

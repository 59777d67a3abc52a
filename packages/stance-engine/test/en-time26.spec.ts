import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// A time or occasion adverbial between an English subject and its verb does not hide the subject:
// "Russia last week vetoed …", "The UN in February condemned …", "Turkey, in a statement, …".
// Sentences are copied from the corpus (corpus/news-en.jsonl, FA-KES: no commas or apostrophes)
// unless marked brief (the round's own examples) or near miss.
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-en-time26',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'Syrian air force', 'Syrian army']),
    actor('coalition-sy', 'movement', ['Syrian Coalition', 'Coalition']),
    actor('russia', 'country', ['Russia', 'Moscow']),
    actor('turkey', 'country', ['Turkey', 'Ankara']),
    actor('iran', 'country', ['Iran', 'Tehran']),
    actor('usa', 'country', ['United States', 'Washington', 'US']),
    actor('un', 'organization', ['United Nations', 'UN']),
    actor('isis', 'armed-group', ['Islamic State']),
  ],
  topics: [
    ...targetTopics(['syria', 'russia', 'turkey', 'iran', 'usa', 'isis']),
    {
      id: 'ceasefire',
      label: { en: 'Ceasefire in Syria' },
      pro: { en: ['ceasefire', 'truce'] },
      anti: { en: ['end of the ceasefire'] },
    },
    {
      id: 'russian-intervention',
      label: { en: 'Russian military intervention' },
      pro: { en: ['Russian strikes', 'Russian air strikes'] },
      anti: { en: ['Russian withdrawal'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-08' });
const compiled = compileCodebook(CODEBOOK);
const extract = (text: string) =>
  extractStatements(compiled, { id: 't', text, lang: 'en', published_at: '2016-06-08' });

describe('a time phrase between the subject and its verb', () => {
  it('"in <month> <year>" after the subject (corpus)', () => {
    const out = t(
      'The UN deputy spokesman in February 2016 condemned Russian strikes in Syria saying the attacks were "blatant violations of international laws".',
    );
    expect(out).toContain('un/russia-as-target/oppose');
    expect(out).toContain('un/russian-intervention/oppose');
  });

  it('"in recent weeks" after an auxiliary (corpus)', () => {
    expect(
      t(
        'Activists say the Syrian air force has in recent weeks stepped up attacks on positions held by Islamic State formerly known as the Islamic State in Iraq and the Levant.',
      ),
    ).toContain('syria/isis-as-target/oppose');
  });

  it('"earlier" after the subject (corpus)', () => {
    expect(
      t(
        'The Coalition earlier said that the United Nations continues to ignore Russias crimes and its violations of international law.',
      ),
    ).toContain('coalition-sy/russia-as-target/oppose');
  });

  it('"last week", "earlier this month", "late on Sunday", "in 2014" (brief)', () => {
    expect(t('Turkey last week condemned Russia.')).toEqual(['turkey/russia-as-target/oppose']);
    expect(t('Turkey earlier this month condemned the Russian air strikes.')).toContain(
      'turkey/russia-as-target/oppose',
    );
    expect(t('Iran late on Sunday condemned Russia.')).toEqual(['iran/russia-as-target/oppose']);
    expect(t('The United States in 2014 launched air strikes against Islamic State.')).toContain(
      'usa/isis-as-target/oppose',
    );
  });

  it('"in May" is the month, not the modal (near miss)', () => {
    expect(t('The UN in May condemned Russian strikes in Syria.')).toContain('un/russia-as-target/oppose');
    expect(t('Turkey on May 12 condemned Russia.')).toEqual(['turkey/russia-as-target/oppose']);
  });

  it('counted periods, occasions and parentheticals (near miss)', () => {
    for (const s of [
      'Turkey a day earlier condemned Russia.',
      'Turkey two days later condemned Russia.',
      'Turkey, in a statement, condemned Russia.',
      'Turkey at a news conference condemned Russia.',
      'Turkey, for its part, condemned Russia.',
      'Turkey on May 12, 2016, condemned Russia.',
    ])
      expect(t(s)).toEqual(['turkey/russia-as-target/oppose']);
  });
});

describe('no time phrase', () => {
  it('"since 2011" is a duration, not a date the subject is seen through (near miss)', () => {
    expect(t('Turkey since 2011 condemned Russia.')).toEqual([]);
  });

  it('a participle after a time phrase opens a clause of the main verb (near miss)', () => {
    // "Turkey" is the object of "hit"; the subject search stops at the time phrase, and only the
    // low-confidence fallback reads the sentence.
    const s = extract('The strikes hit Turkey on Monday, condemning Russia.');
    expect(s.every((x) => x.confidence < 0.5)).toBe(true);
  });

  it('"may" before a verb stays a modal (near miss)', () => {
    expect(t('Turkey may condemn Russia.')).toEqual(['turkey/russia-as-target/oppose']);
  });
});

// Arabic: a time or occasion phrase right after the verb and its VSO subject does not part them
// from the object (nor stand in construct with it).
const arActor = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-ar-time26',
  actors: [
    arActor('syria', 'government', ['السلطات السورية', 'الحكومة السورية']),
    arActor('israel', 'country', ['إسرائيل']),
    arActor('turkey', 'country', ['تركيا']),
    arActor('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    arActor('saudi', 'country', ['السعودية', 'الرياض']),
    arActor('qatar', 'country', ['قطر', 'الدوحة']),
  ],
  topics: targetTopics(['israel', 'pkk', 'saudi'], ['ar']),
};
const ta = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-04-10' });

describe('Arabic: a time or occasion phrase between the subject and the object', () => {
  it('"أمس" after the subject (corpus)', () => {
    expect(
      ta(
        'وكانت السلطات السورية قد اتهمت امس اسرائيل بقصف مطار "التيفور العسكري" وسط محافظة حمص ما أسفر عن سقوط قتلى وجرحى.',
      ),
    ).toContain('syria/israel-as-target/oppose');
  });

  it('"في وقت سابق", "في بيان لها", "خلال مؤتمر صحفي" (brief)', () => {
    for (const s of [
      'واتهمت تركيا في وقت سابق حزب العمال الكردستاني بتنفيذ الهجوم',
      'واتهمت تركيا في وقت سابق من هذا الشهر حزب العمال الكردستاني بتنفيذ الهجوم',
      'واتهمت تركيا في بيان لها حزب العمال الكردستاني بتنفيذ الهجوم',
      'واتهمت تركيا خلال مؤتمر صحفي حزب العمال الكردستاني بتنفيذ الهجوم',
    ])
      expect(ta(s)).toContain('turkey/pkk-as-target/oppose');
  });

  it('a time adjective on a noun is no adverbial (corpus)', () => {
    expect(
      ta('مؤكدا عدم نية الدوحة الانسحاب من مجلس التعاون الخليجي وعزمها حضور القمة العربية المقبلة بالرياض.'),
    ).not.toContain('qatar/saudi-as-target/support');
  });
});

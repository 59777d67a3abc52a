// Support-toward-actors precision round 74 (a judged sample of 100 support statements toward
// actor topics over news-ar/news-en): "X and its ally Y" / "X and allied Y" is a label, not a
// side taken; a pact verb in the future tense ("ستتفق", "will agree") is a prediction, not a pact
// made; إبعاد (keeping away) acts against what it governs, as إخراج does.
// Each first sentence is a real one from corpus/news-ar.jsonl or news-en.jsonl; near misses keep
// what must stay.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'supact74-ar-unit-tests',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('russia', 'country', ['روسيا', 'موسكو']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('egypt', 'country', ['مصر', 'القاهرة']),
    ar('jordan', 'country', ['الأردن']),
    ar('ypg', 'armed-group', ['وحدات حماية الشعب الكردية', 'وحدات حماية الشعب']),
    ar('hezbollah', 'armed-group', ['حزب الله']),
  ],
  topics: targetTopics(['usa', 'russia', 'iran', 'turkey', 'egypt', 'ypg'], ['ar']),
};
const arTriples = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-06-01T00:00:00Z' });

const en = actorsNamedIn('en');
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'supact74-en-unit-tests',
  actors: [
    en('syria', 'government', ['Syrian regime', 'Assad regime', 'Syrian government', 'regime', 'Syria']),
    en('assad', 'person', ['Bashar al-Assad', 'Assad']),
    en('russia', 'country', ['Russia', 'Moscow']),
    en('iran', 'country', ['Iran', 'Tehran']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
    en('usa', 'country', ['United States', 'US', 'Washington']),
  ],
  topics: targetTopics(['syria', 'assad', 'russia', 'iran', 'turkey', 'usa']),
};
const enTriples = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2016-09-23T00:00:00Z' });

describe('"X and its ally Y" names the ally; it is a label, not a side taken', () => {
  it('a joint bombardment by the regime "and its ally Russia"', () => {
    const got = enTriples(
      'Intense bombardment by the Assad regime and its ally Russia killed over 80 civilians including three children in the battleground city of Aleppo on Friday a monitor said.',
    );
    expect(got).not.toContain('russia/syria-as-target/support');
  });

  it('"its close allies Russia and Iran" and "allied Russian military planes"', () => {
    const got = enTriples(
      'Eastern Ghouta has endured years of siege and shelling which has continued despite a de-escalation agreement backed by the regime and its close allies Russia and Iran.',
    );
    expect(got.filter((t) => t.endsWith('/support'))).toEqual([]);
    expect(
      enTriples(
        'Syrian regime and allied Russian military planes operate in Syria but it is not known which aircraft carried out the strike the Observatory said.',
      ),
    ).not.toContain('russia/syria-as-target/support');
  });

  it('a sentence that states the alliance still does', () => {
    expect(
      enTriples(
        'Iran is Assads strongest regional ally and has extended him billions of dollars in credit since the crisis began in March 2011.',
      ),
    ).toContain('iran/assad-as-target/support');
    expect(
      enTriples(
        'Russia along with Iran and local militia forces has been assisting the Syrian government in its fight against terrorist groups.',
      ),
    ).toContain('russia/syria-as-target/support');
  });
});

describe('a pact verb in the future tense is a prediction, not a pact made', () => {
  it('"يعتقد أن روسيا وإيران وتركيا ستتفق"', () => {
    const got = arTriples(
      'وفي نفس الوقت، يقول المبعوث إنه يعتقد أن روسيا وإيران وتركيا ستتفق على "برنامج وآلية" العملية العسكرية في إدلب.',
    );
    expect(got.filter((t) => t.endsWith('/support'))).toEqual([]);
  });

  it('a pact made still counts both ways', () => {
    const got = arTriples('واتفقت روسيا مع الولايات المتحدة والأردن في يوليو على وقف إطلاق النار فيها.');
    expect(got).toContain('usa/russia-as-target/support');
    expect(got).toContain('russia/usa-as-target/support');
    expect(
      arTriples(
        'وفي ختام القمة المصرية الروسية، أعلن الرئيس السيسي أن موسكو والقاهرة اتفقتا على إقامة منطقة صناعية روسية كجزء من المشروع الجديد لقناة السويس.',
      ),
    ).toContain('egypt/russia-as-target/support');
  });

  it('English: "agree" in a past account counts, "will agree" does not (near miss)', () => {
    const got = enTriples(
      'January 2017 Russia Iran and Turkey agree to a nationwide ceasefire between regime and non-Islamist rebels following talks between both sides in Kazakhstan.',
    );
    expect(got).toContain('turkey/russia-as-target/support');
    expect(
      enTriples('Diplomats said Russia and Turkey will agree to a plan for Idlib next week.'),
    ).not.toContain('turkey/russia-as-target/support');
  });
});

describe('إبعاد (keeping away) acts against what it governs', () => {
  it('"ضرورة إبعاد القوات الإيرانية" opposes Iran', () => {
    const got = arTriples(
      'وفي وقت سابق، لمح وزير الخارجية الروسي سيرغي لافروف إلى ضرورة إبعاد القوات الإيرانية وميليشيات حزب الله عن الحدود الجنوبية لسوريا قرب إسرائيل.',
    );
    expect(got).toContain('russia/iran-as-target/oppose');
    expect(got).not.toContain('russia/iran-as-target/support');
  });

  it('an operation launched to keep a force away opposes it', () => {
    expect(
      arTriples(
        'يذكر أن تركيا أطلقت في يناير عملية عسكرية في عفرين لإبعاد مقاتلي وحدات حماية الشعب الكردية السورية عن حدودها الجنوبية.',
      ),
    ).toContain('turkey/ypg-as-target/oppose');
  });

  it('"تبعد" (is distant) is no act (near miss)', () => {
    expect(arTriples('وقالت تركيا إن القرية تبعد 20 كلم عن مواقع وحدات حماية الشعب الكردية.')).toEqual([]);
  });
});

import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Government words without a country ("القوات الحكومية", "قوات النظام", "القوات الموالية للحكومة",
// "government forces", "regime troops", "the regime") stand for the government of the one country
// the story places them in (extract/government-words.ts). Sentences are copied from the corpus
// (corpus/news-ar.jsonl, news-en.jsonl) unless marked as the task's examples.
const arActor = actorsNamedIn('ar');
const enActor = actorsNamedIn('en');

const AR: Codebook = {
  version: 1,
  name: 'unit-tests-gov-forces24-ar',
  actors: [
    arActor('syria', 'government', ['الحكومة السورية', 'النظام السوري', 'دمشق']),
    arActor('yemen', 'government', ['الحكومة اليمنية', 'الحكومة الشرعية']),
    arActor('iraq', 'government', ['الحكومة العراقية']),
    arActor('iraqi-army', 'government', ['الجيش العراقي'], { memberOf: ['iraq'] }),
    arActor('turkey', 'country', ['تركيا', 'أنقرة']),
    arActor('russia', 'country', ['روسيا', 'موسكو']),
    arActor('saudi', 'country', ['السعودية']),
    arActor('coalition', 'armed-group', ['التحالف بقيادة السعودية']),
    arActor('houthis', 'armed-group', ['الحوثي', 'الحوثيين', 'الحوثيون', 'ميليشيات الحوثي', 'مليشيا الحوثي']),
    arActor('isis', 'armed-group', ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية']),
    arActor('opposition', 'armed-group', ['المعارضة السورية', 'فصائل المعارضة']),
  ],
  topics: targetTopics(['syria', 'yemen', 'iraq', 'turkey', 'russia', 'houthis', 'isis', 'opposition']),
};

const EN: Codebook = {
  version: 1,
  name: 'unit-tests-gov-forces24-en',
  actors: [
    enActor('syria', 'government', ['Syrian government', 'Syrian regime', 'Damascus']),
    enActor('iraq', 'government', ['Iraqi government']),
    enActor('russia', 'country', ['Russia', 'Moscow']),
    enActor('isis', 'armed-group', ['ISIS', 'Islamic State', 'IS', 'Daesh']),
    enActor('rebels', 'armed-group', ['rebels', 'Syrian rebels']),
    enActor('opposition', 'armed-group', ['the opposition', 'Syrian opposition']),
  ],
  topics: targetTopics(['syria', 'iraq', 'russia', 'isis', 'rebels', 'opposition']),
};

const ar = triplesWith(AR, { lang: 'ar', published_at: '2018-05-01' });
const en = triplesWith(EN, { lang: 'en', published_at: '2016-07-10' });

describe('Arabic government forces named without a country', () => {
  it('are the government named before (the task examples)', () => {
    expect(
      ar('قالت الحكومة اليمنية إنها لن تشارك. وقصفت القوات الحكومية مواقع الحوثيين في الحديدة.'),
    ).toContain('yemen/houthis-as-target/oppose');
  });

  it('are the government of the place the sentence names, not the previous subject', () => {
    const out = ar(
      'قال التحالف بقيادة السعودية إن الحوثيين أطلقوا صاروخا على جازان. واندلعت اشتباكات بين القوات الحكومية والحوثيين في الحديدة.',
    );
    expect(out).toContain('yemen/houthis-as-target/oppose');
    expect(out).not.toContain('coalition/houthis-as-target/oppose');
  });

  it('read قوات النظام, القوات الموالية للحكومة and الجيش الحكومي', () => {
    expect(
      ar(
        'ويشهد مخيم اليرموك والحجر الأسود وحي التضامن جنوبي العاصمة دمشق توقفا للقصف وهدوء للمعارك في معظم المناطق، وذلك بعد قصف مكثف ومعارك منذ شهر بين قوات النظام وتنظيم داعش.',
      ),
    ).toContain('isis/syria-as-target/oppose');
    expect(
      ar(
        'قتل 36 شخصا، على الأقل، في غارات للطيران التركي استهدفت قوات موالية للحكومة في منطقة عفرين شمالي سوريا السبت، بحسب المرصد السوري لحقوق الإنسان.',
      ),
    ).toContain('turkey/syria-as-target/oppose');
    expect(
      ar(
        'أما المرصد السوري لحقوق الإنسان ومقره بريطانيا فأكد ان تنظيم الدولة الإسلامية شن هجوما على موقع للجيش الحكومي في دير الزور وقتل 35 شخصا.',
      ),
    ).toContain('isis/syria-as-target/oppose');
  });

  it('are the one government named before when the sentence names no place', () => {
    expect(
      ar(
        'وقال وزير الخارجية إن الحكومة السورية لن تتراجع. وأوضح البيان أن ذلك تحقق بعد أن طردت القوات الحكومية مسلحي تنظيم الدولة الإسلامية من مناطق مخيم اليرموك للاجئين الفلسطينيين وحي الحجر الأسود.',
      ),
    ).toContain('syria/isis-as-target/oppose');
  });

  it('are nobody tracked when two governments were named and no place decides', () => {
    const out = ar(
      'رحبت الحكومة اليمنية بالقرار. وانتقدت الحكومة السورية القرار. وأوضح البيان أن القوات الحكومية طردت مسلحي تنظيم الدولة الإسلامية.',
    );
    expect(out).not.toContain('yemen/isis-as-target/oppose');
    expect(out).not.toContain('syria/isis-as-target/oppose');
  });

  it('leave a country named after them and another government alone', () => {
    // The nationality adjective names Iraq's forces (not tracked under that name here).
    expect(
      ar('قالت الحكومة السورية إنها لن تشارك. وهاجمت القوات الحكومية العراقية تنظيم داعش في الأنبار.'),
    ).not.toContain('syria/isis-as-target/oppose');
    expect(
      ar('قالت الحكومة اليمنية إنها لن تشارك. وهاجمت قوات الحكومة الانتقالية تنظيم داعش.'),
    ).not.toContain('yemen/isis-as-target/oppose');
  });
});

describe('English government forces and the regime named without a country', () => {
  it('read regime troops and government forces where the story is set', () => {
    expect(
      en(
        'At least 29 Syrian rebels were killed in clashes with regime troops overnight during a failed bid to reopen the oppositions key supply route into Aleppo city a monitor said Sunday.',
      ),
    ).toContain('rebels/syria-as-target/oppose');
    expect(
      en(
        'In Iraq a Defense Ministry statement said government forces repelled an ISIS attack Sunday morning on the town of Haditha and the nearby Haditha dam in Anbar province.',
      ),
    ).toContain('iraq/isis-as-target/oppose');
  });

  it('read a bare "the government" after the one government named', () => {
    expect(
      en(
        'The Syrian government denied the report. The opposition and the government have blamed each other for chlorine gas attacks in the past.',
      ),
    ).toEqual(
      expect.arrayContaining(['syria/opposition-as-target/oppose', 'opposition/syria-as-target/oppose']),
    );
  });

  it('leave anti-government forces and a sentence about another country alone', () => {
    expect(
      en('The Syrian government denied the report. Anti-government forces attacked ISIS near Aleppo.'),
    ).not.toContain('syria/isis-as-target/oppose');
    expect(
      en('The Syrian government denied the report. Russia said the government of Iraq would fight ISIS.'),
    ).not.toContain('syria/isis-as-target/oppose');
    expect(
      en('The Syrian regime denied the report. Moscow officials said the government attacked ISIS.'),
    ).not.toContain('syria/isis-as-target/oppose');
    expect(en('The Syrian regime denied the report. Officials said the government attacked ISIS.')).toContain(
      'syria/isis-as-target/oppose',
    );
  });
});

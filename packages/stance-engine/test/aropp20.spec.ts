// Opposition between two actors where the lexicon saw no polar cue (round "aropp20"). A speaker
// who says that an actor violates, breaches, obstructs, hinders, undermines, lies, deceives or
// misleads accuses that actor ("قال بومبيو إن روسيا خرقت الاتفاق"); a single battle with someone is a clash, as
// battles are ("يخوض الجيش السوري الحر معركة مع وحدات حماية الشعب"), unless it is negated ("لا
// تسعى إلى معركة مع"). Sentences are those of corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'aropp20-ar',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('pompeo', 'person', ['مايك بومبيو', 'بومبيو']),
    ar('russia', 'country', ['روسيا']),
    ar('jubeir', 'person', ['عادل الجبير', 'الجبير']),
    ar('houthis', 'organization', ['الحوثيين', 'الحوثيون', 'ميليشيات الحوثي', 'الحوثي']),
    ar('netanyahu', 'person', ['نتنياهو']),
    ar('iran', 'country', ['إيران']),
    ar('fsa', 'organization', ['الجيش السوري الحر']),
    ar('ypg', 'organization', ['وحدات حماية الشعب الكردي', 'وحدات حماية الشعب']),
    ar('syrian-government', 'government', ['الحكومة السورية', 'النظام السوري']),
  ],
  topics: targetTopics(['russia', 'houthis', 'iran', 'ypg', 'syrian-government', 'usa'], ['ar']),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-07-10' });

describe('a misdeed verb in a speaker’s that-clause', () => {
  it('the speaker opposes the actor said to violate, breach or obstruct', () => {
    // SK-middleEast-2822-20180710
    expect(
      t('قال وزير الخارجية الأميركي، مايك بومبيو، إن روسيا خرقت الاتفاق مع بلاده بشأن الجنوب السوري.'),
    ).toContain('usa/russia-as-target/oppose');
    // SK-middleEast-1093-20180417
    expect(t('قال وزير الخارجية السعودي عادل الجبير إن الحوثيين ينتهكون القوانين الدولية.')).toContain(
      'jubeir/houthis-as-target/oppose',
    );
    // CN-middleEast-79-20180223
    expect(t('وقال الجبير إن "الحوثيين قوضوا أكثر من مرة جهود الحل في اليمن".')).toContain(
      'jubeir/houthis-as-target/oppose',
    );
    // corpus: Netanyahu after the drone incident.
    expect(t('بعد الهجوم، قال نتنياهو إن إيران قد انتهكت بوقاحة السيادة الإسرائيلية.')).toContain(
      'netanyahu/iran-as-target/oppose',
    );
  });

  it('lying and misleading accuse too, also past an auxiliary (كانت)', () => {
    // BB-middleEast-364-20180417
    expect(
      t('وقالت روسيا، التي صوتت ضد الإجراء، إن الولايات المتحدة تضلل المجتمع الدولي بشأن الهجوم.'),
    ).toContain('russia/usa-as-target/oppose');
    // SK-middleEast-1364-20180430, the speaker named
    expect(
      t('وشدد نتنياهو على أن إيران كانت تكذب بوقاحة عندما قالت إنها لم تمتلك برنامجا للأسلحة النووية أبدا.'),
    ).toContain('netanyahu/iran-as-target/oppose');
  });

  it('must not fire: the doing denied or negated', () => {
    expect(t('وقال نتنياهو إن إيران لم تكن تكذب.')).not.toContain('netanyahu/iran-as-target/oppose');
    expect(t('نفى نتنياهو أن تكون إيران قد انتهكت السيادة الإسرائيلية.')).not.toContain(
      'netanyahu/iran-as-target/oppose',
    );
    expect(t('وقال بومبيو إن روسيا لم تخرق الاتفاق.')).not.toContain('pompeo/russia-as-target/oppose');
  });
});

describe('a single battle with someone', () => {
  it('is a clash between the two sides', () => {
    // BB-middleEast-8-20180216
    expect(
      t(
        'ويخوض الجيش السوري الحر، الموالي للقوات التركية، معركة مع وحدات حماية الشعب الكردي بالقرب من عفرين بمحاذاة الحدود الجنوبية لتركيا مع سوريا.',
      ),
    ).toContain('fsa/ypg-as-target/oppose');
  });

  it('must not fire: a battle not sought', () => {
    // SK-middleEast-3629-20180911
    expect(
      t(
        'وقال المتحدث إن الولايات المتحدة "لا تسعى إلى معركة مع الروس، أو الحكومة السورية أو أي جماعة قد توفر الدعم للحكومة السورية".',
      ),
    ).not.toContain('usa/syrian-government-as-target/oppose');
  });
});

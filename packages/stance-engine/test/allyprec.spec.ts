import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// Round "allyprec": a past or hypothetical alliance takes no side, in every reading of an ally
// noun ("a former ally of Y", "could become an ally of Y", "الحليفة السابقة لـ", "حليفها السابق",
// "قد تصبح حليفا"), and a former office holder does not speak for the body ("A former leader of
// the Free Syrian Army condemned …" at a sentence start, as in apposition). Sentences are written
// after corpus/news-ar.jsonl and news-en.jsonl ones (the Bahrain and Hezbollah ones are corpus
// sentences, with "السابق(ة)" added for the must-not side).
const en = actorsNamedIn('en');
const ar = actorsNamedIn('ar');
const AR_IDS = ['usa', 'iran', 'hezbollah', 'bahrain', 'russia', 'hamas', 'fsa'];
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-allyprec-en',
  actors: [
    en('fsa', 'armed-group', ['Free Syrian Army', 'FSA']),
    en('russia', 'country', ['Russia', 'Moscow']),
    en('usa', 'country', ['United States', 'Washington', 'US']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
  ],
  topics: [...targetTopics(['fsa', 'russia', 'usa', 'turkey'])],
};
const AR_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-allyprec-ar',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('hezbollah', 'armed-group', ['حزب الله']),
    ar('bahrain', 'country', ['البحرين']),
    ar('russia', 'country', ['روسيا']),
    ar('hamas', 'armed-group', ['حركة حماس', 'حماس']),
    ar('fsa', 'armed-group', ['الجيش السوري الحر', 'الجيش الحر']),
  ],
  topics: [...targetTopics(AR_IDS, ['ar'])],
};
const t = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2016-09-01' });
const a = triplesWith(AR_CODEBOOK, { lang: 'ar', published_at: '2018-03-16' });

describe('a past or hypothetical ally takes no side', () => {
  it('a present ally does: "Turkey, a close ally of Russia, condemned the strikes"', () => {
    expect(t('Turkey, a close ally of Russia, condemned the strikes.')).toContain(
      'turkey/russia-as-target/support',
    );
  });

  it('"a former ally of the United States": no side either way', () => {
    const got = t('Turkey, a former ally of the United States, condemned the strikes.');
    expect(got).not.toContain('turkey/usa-as-target/support');
    expect(got).not.toContain('usa/turkey-as-target/support');
  });

  it('"has become an ally of Russia" is one now', () => {
    expect(t('Turkey has become an ally of Russia.')).toContain('turkey/russia-as-target/support');
  });

  it('"could become an ally of Russia", "may become an ally": no side', () => {
    expect(t('Turkey could become an ally of Russia.')).not.toContain('turkey/russia-as-target/support');
    expect(t('Turkey may become an ally of Russia.')).not.toContain('turkey/russia-as-target/support');
  });

  it('Arabic: "البحرين، الحليفة للولايات المتحدة" reads; "الحليفة السابقة" reads neither side', () => {
    expect(a('وترفض البحرين، الحليفة للولايات المتحدة، استخدام هذا التعبير.')).toContain(
      'bahrain/usa-as-target/support',
    );
    const got = a('وترفض البحرين، الحليفة السابقة للولايات المتحدة، استخدام هذا التعبير.');
    expect(got.filter((x) => x.startsWith('bahrain/usa'))).toEqual([]);
  });

  it('Arabic: "حليفها في بيروت، وهو حزب الله" reads; "حليفها السابق" does not', () => {
    expect(a('وسيسهل جهود طهران لتأسيس طريق مؤن بري يمتد إلى حليفها في بيروت، وهو حزب الله.')).toContain(
      'iran/hezbollah-as-target/support',
    );
    expect(
      a('وسيسهل جهود طهران لتأسيس طريق مؤن بري يمتد إلى حليفها السابق في بيروت، وهو حزب الله.'),
    ).not.toContain('iran/hezbollah-as-target/support');
  });

  it('Arabic: "قد يصبح حليفها", "سيصبح حليفها", "حليفها المحتمل": no side', () => {
    for (const ally of ['من قد يصبح حليفها', 'من سيصبح حليفها', 'حليفها المحتمل'])
      expect(a(`وتسعى طهران إلى دعم ${ally} في بيروت، وهو حزب الله.`)).not.toContain(
        'iran/hezbollah-as-target/support',
      );
  });
});

describe('a former office holder does not speak for the body', () => {
  it('"A commander of the Free Syrian Army condemned Russia" gives the FSA', () => {
    expect(t('A commander of the Free Syrian Army condemned Russia.')).toContain(
      'fsa/russia-as-target/oppose',
    );
  });

  it('"A former leader of the Free Syrian Army", "An ex-commander of …" at a sentence start do not', () => {
    expect(t('A former leader of the Free Syrian Army condemned Russia.')).not.toContain(
      'fsa/russia-as-target/oppose',
    );
    expect(t('An ex-commander of the Free Syrian Army condemned Russia.')).not.toContain(
      'fsa/russia-as-target/oppose',
    );
  });

  it('Arabic: "وأدان القيادي في حركة حماس روسيا" gives Hamas; "القيادي السابق في", "المتحدث السابق باسم" do not', () => {
    expect(a('وأدان القيادي في حركة حماس روسيا.')).toContain('hamas/russia-as-target/oppose');
    expect(a('وأدان المتحدث باسم الجيش السوري الحر روسيا.')).toContain('fsa/russia-as-target/oppose');
    expect(a('وأدان القيادي السابق في حركة حماس روسيا.')).not.toContain('hamas/russia-as-target/oppose');
    expect(a('وأدان المتحدث السابق باسم الجيش السوري الحر روسيا.')).not.toContain(
      'fsa/russia-as-target/oppose',
    );
  });
});

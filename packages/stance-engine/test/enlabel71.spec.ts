import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// English precision round "enlabel71". A combat clause that only identifies a named group — a
// participle right after its name ("the US-led coalition fighting Daesh") or a relative clause
// in the perfect or progressive ("Islamic State, which has fought the Syrian army") — is a label,
// not a position (guideline: appositives that identify a group are not coded). Main clauses and
// clauses on a bare common noun ("rebels fighting against X", coded by dev gold) still read.
// Sentences are from corpus/news-en.jsonl (FA-KES).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-enlabel71',
  actors: [
    actor('us-led-coalition', 'organization', ['US-led coalition', 'U.S.-led coalition']),
    actor('syria', 'government', ['Syrian government', 'Syrian army', 'regime', 'Assad regime']),
    actor('isis', 'armed-group', ['Islamic State', 'ISIL', 'Daesh', 'IS']),
    actor('sdf', 'armed-group', ['Syrian Democratic Forces', 'SDF']),
    actor('rebels', 'armed-group', ['rebels']),
    actor('assad', 'person', ['Bashar al-Assad', 'Assad']),
  ],
  topics: [...targetTopics(['syria', 'isis', 'rebels', 'assad'])],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-08-02' });

describe('a combat participle on a named group identifies it', () => {
  it('"the US-led coalition fighting Daesh" is no statement', () => {
    expect(
      t(
        'The Britain-based group said the strike was suspected to have been carried out by the US-led coalition fighting Daesh in Syria and Iraq.',
      ),
    ).not.toContain('us-led-coalition/isis-as-target/oppose');
  });

  it('"the Kurdish-led SDF fighting against Daesh" is no statement', () => {
    expect(
      t(
        'The US-led coalition will send more troops in Raqqa to support the Kurdish-led Syrian Democratic Forces (SDF) fighting against Daesh.',
      ),
    ).not.toContain('sdf/isis-as-target/oppose');
  });

  it('the label does not turn a strike by the coalition into support for IS', () => {
    expect(
      t(
        'It is regularly targeted in strikes by the regime as well as Russian warplanes and has also been hit by the US-led coalition fighting the Islamic State group usually targeting extremists.',
      ),
    ).not.toContain('us-led-coalition/isis-as-target/support');
  });

  it('a main clause still states it: "A US-led coalition is also battling Daesh"', () => {
    expect(t('A US-led coalition is also battling Daesh in Syria and Iraq with air strikes.')).toContain(
      'us-led-coalition/isis-as-target/oppose',
    );
  });

  it('a clause on bare "rebels" is still read: "rebels fighting Assad must also abide"', () => {
    expect(
      t('Russia has emphasized that rebels fighting Assad must also abide by the chemical weapons deal.'),
    ).toContain('rebels/assad-as-target/oppose');
  });
});

describe('a targeting participle on a named group', () => {
  it('"as well as the US-led coalition targeting Daesh militants" is a label', () => {
    expect(
      t(
        'It has regularly been hit by Syrian and Russian warplanes as well as the US-led coalition targeting Daesh militants.',
      ),
    ).not.toContain('us-led-coalition/isis-as-target/oppose');
  });

  it('after "airstrikes by the coalition" the strikes do the targeting: a deed', () => {
    expect(
      t(
        'Syrian activist groups say airstrikes by the US-led coalition targeting areas controlled by the Islamic State group have killed at least 21 civilians.',
      ),
    ).toContain('us-led-coalition/isis-as-target/oppose');
  });
});

describe('a relative clause of lasting war on a group identifies it', () => {
  it('"Islamic State, which has fought the Syrian army" is no statement either way', () => {
    const got = t(
      'Islamic State which has fought the Syrian army, Kurdish militias and Sunni Muslim tribal fighters has seized the town.',
    );
    expect(got).not.toContain('isis/syria-as-target/oppose');
    expect(got).not.toContain('syria/isis-as-target/oppose');
  });

  it('"a Sunni jihadi group that has been fighting the Syrian government since 2012" is a description', () => {
    expect(
      t('The Islamic State is a Sunni jihadi group that has been fighting the Syrian government since 2012.'),
    ).not.toContain('isis/syria-as-target/oppose');
  });
});

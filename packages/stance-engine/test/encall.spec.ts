// English calls aimed at an issue and judgements of an act (round "encall"): the called-for
// outcome composed with the topic's frame ("called for the lifting of the siege" is for access,
// "the withdrawal of Iranian forces" against Iran's presence), cooperation with an adverb
// ("coordinates closely with") as mutual support, and a describing verb's label after "as"
// past a long object ("described Turkey's incursion into Syria as a violation"). Sentences are
// shaped like those of the English dev sets and corpus/news-en.jsonl.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'encall-en',
  actors: [
    en('us', 'government', ['United States', 'Washington']),
    en('uk', 'country', ['Britain']),
    en('un', 'organization', ['United Nations', 'UN']),
    en('russia', 'country', ['Russia', 'Moscow']),
    en('turkey', 'country', ['Turkey', 'Ankara']),
    en('iran', 'country', ['Iran', 'Tehran']),
    en('syria', 'government', ['Syrian government', 'Syrian regime', 'Damascus']),
    en('rescuers', 'organization', ['White Helmets']),
  ],
  topics: [
    {
      id: 'humanitarian-access',
      label: { en: 'Humanitarian access and lifting the sieges' },
      pro: { en: ['humanitarian access', 'humanitarian aid', 'lifting of sieges'] },
      anti: { en: ['siege', 'blockade'] },
    },
    ...targetTopics(['us', 'russia', 'turkey', 'iran', 'syria']),
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-06-01' });

describe('a call for lifting a siege is for access, as a call for its end', () => {
  it('"called for the lifting of the siege", "urged … to lift the siege" (not against access)', () => {
    const got = t('Britain called for the lifting of the siege of Madaya, where residents are starving.');
    expect(got).toContain('uk/humanitarian-access/support');
    expect(got).not.toContain('uk/humanitarian-access/oppose');
    const urged = t('The United Nations urged the Syrian government to lift the siege of Eastern Ghouta.');
    expect(urged).toContain('un/humanitarian-access/support');
    expect(urged).not.toContain('un/humanitarian-access/oppose');
  });

  it('refusing to lift a siege is against access', () => {
    const got = t('Damascus refused to lift the siege of Madaya despite the UN appeal.');
    expect(got).toContain('syria/humanitarian-access/oppose');
    expect(got).not.toContain('syria/humanitarian-access/support');
  });

  it('negative: "lift" of bodies and debris takes no side', () => {
    expect(
      t(
        'Another showed rescuers digging out a toddler with their bare hands as they lifted him from the debris.',
      ),
    ).toEqual([]);
    expect(t('The White Helmets tried to lift a bloodied shopper who had collapsed on the ground.')).toEqual(
      [],
    );
  });
});

describe("a call for the withdrawal of a side's forces is against that side", () => {
  it('"called for the withdrawal of Iranian forces", "demanded the withdrawal of Turkish troops"', () => {
    expect(t('The United States called for the withdrawal of Iranian forces from Syria.')).toContain(
      'us/iran-as-target/oppose',
    );
    expect(t('Damascus demanded the withdrawal of Turkish troops from its territory.')).toContain(
      'syria/turkey-as-target/oppose',
    );
  });

  it('negative: a withdrawal only dated or announced by its own side', () => {
    expect(
      t('The jets have carried out air strikes in Iraq since the withdrawal of American troops in 2011.'),
    ).toEqual([]);
    expect(t('Russia announced the partial withdrawal of its forces from Syria in March.')).not.toContain(
      'russia/russia-as-target/oppose',
    );
  });
});

describe('cooperation with an adverb is mutual support', () => {
  it('"coordinates closely with", "works closely with"', () => {
    const got = t('Iran coordinates closely with Russia in Syria, the minister said.');
    expect(got).toEqual(
      expect.arrayContaining(['iran/russia-as-target/support', 'russia/iran-as-target/support']),
    );
    expect(t('Turkey will work closely with Russia to set up the Idlib disarmament zone.')).toEqual(
      expect.arrayContaining(['turkey/russia-as-target/support', 'russia/turkey-as-target/support']),
    );
  });

  it('negatives: "work toward" a course, bare "work with", the noun "offensive"', () => {
    expect(t('The Syrian regime said it would work toward a political settlement.')).toEqual([]);
    expect(t('Turkey said the remarks by the United States were offensive.')).not.toContain(
      'turkey/us-as-target/support',
    );
    expect(
      t('Russia launched an offensive against the rebels, and Turkey is working with the UN.'),
    ).not.toContain('turkey/un-as-target/support');
  });
});

describe('a describing verb labels its object after "as", past a long object phrase', () => {
  it('"described Turkey\'s incursion into Syria as a violation of Syrian sovereignty"', () => {
    expect(
      t("Tehran described Turkey's incursion into Syria as a violation of Syrian sovereignty."),
    ).toContain('iran/turkey-as-target/oppose');
  });

  it('negative: "as" in a clause of its own is no label', () => {
    expect(
      t("Tehran described Turkey's incursion into Syria, as the army advanced toward Afrin on Sunday."),
    ).not.toContain('iran/turkey-as-target/oppose');
  });
});

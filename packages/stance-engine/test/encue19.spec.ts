// Round encue19: English subjects and cue words. A list of subjects may end in a name the
// codebook does not track ("Russia and China vetoed …" with China untracked); a relative clause
// or apposition set off by commas stands between a subject and its verb ("Sanders, who spent
// …, accused …"); a second present-tense predicate after "and" shares the first one's subject
// ("criticizes … and blames Bannon"); a few cue words (bolster, prop up, critique, evict).
// Sentences from corpus/news-en.jsonl and corpus/stance/newsmtsc.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'encue19-unit-tests',
  actors: [
    en('russia', 'country', ['Russia', 'Moscow']),
    en('syrian-government', 'government', [
      'Syrian government',
      'Assad regime',
      'Syrian regime army',
      'Assad army',
    ]),
    en('ypg', 'armed-group', ['YPG']),
    en('hezbollah', 'armed-group', ['Hezbollah']),
    en('sanders', 'person', ['Sanders']),
    en('arpaio', 'person', ['Arpaio']),
    en('scaramucci', 'person', ['Scaramucci']),
    en('bannon', 'person', ['Bannon']),
    en('trump', 'person', ['Trump']),
    en('jacobs', 'person', ['Jacobs']),
    en('gianforte', 'person', ['Gianforte']),
    en('guardian', 'other', ['The Guardian']),
    en('romney', 'person', ['Romney']),
    en('coalition', 'organization', ['U.S.-led coalition']),
  ],
  topics: [
    ...targetTopics([
      'coalition',
      'russia',
      'syrian-government',
      'arpaio',
      'bannon',
      'trump',
      'gianforte',
      'guardian',
    ]),
    {
      id: 'syria-ceasefire',
      label: { en: 'Ceasefire in Syria' },
      pro: { en: ['cease-fire', 'ceasefire'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'en' });

describe('encue19: English subject lists ending in an untracked name', () => {
  it('the tracked conjunct holds the position, read through the untracked one', () => {
    const found = triples(
      'On Monday Russia and China vetoed a draft UN Security Council resolution calling for the imposition of a 7-day cease-fire in Aleppo so that humanitarian aid could reach the citys besieged eastern neighborhoods in Syria.',
    );
    expect(found).toContain('russia/syria-ceasefire/oppose');
    expect(found).not.toContain('russia/syria-ceasefire/support');
  });
});

describe('encue19: comma-delimited relative clauses and appositions after the subject', () => {
  it('the name before ", who …," is the subject, not a name inside the clause', () => {
    const found = triples(
      'Sanders, who spent much of the week traveling the state, accused Sheriff Arpaio of using “un-American and uncivilized law enforcement tactics”.',
    );
    expect(found).toContain('sanders/arpaio-as-target/oppose');
  });

  it('an apposition opened by "a" that names another actor leaves the subject in place', () => {
    const found = triples(
      'Jacobs, a reporter for The Guardian, accused Gianforte of having "body slammed" him.',
    );
    expect(found).toContain('jacobs/gianforte-as-target/oppose');
    expect(found).not.toContain('guardian/gianforte-as-target/oppose');
  });

  it('a clause opened by another word than a relative or an article is not skipped', () => {
    const found = triples('After talks with Sanders, Trump accused Arpaio of lying.');
    expect(found).not.toContain('sanders/arpaio-as-target/oppose');
  });
});

describe('encue19: a second present-tense predicate after "and"', () => {
  it('shares the first predicate’s subject', () => {
    const found = triples("Scaramucci criticizes Trump's Charlottesville response and blames Bannon.");
    expect(found).toContain('scaramucci/bannon-as-target/oppose');
    expect(found).not.toContain('trump/bannon-as-target/oppose');
  });

  it('a particle verb after "and" is a verb too', () => {
    const found = triples('Russia backs the Assad regime and calls for a cease-fire in Syria.');
    expect(found).toContain('russia/syria-ceasefire/support');
  });
});

describe('encue19: cue words', () => {
  it('bolster and prop up support their object', () => {
    expect(triples('Hezbollah bolstered the Syrian government in its war.')).toContain(
      'hezbollah/syrian-government-as-target/support',
    );
    expect(triples('Hezbollah propped up the Syrian government for years.')).toContain(
      'hezbollah/syrian-government-as-target/support',
    );
  });

  it('a critique of someone opposes them; evicting an army opposes it', () => {
    expect(triples('Romney delivered a pointed critique of Trump on Thursday.')).toContain(
      'romney/trump-as-target/oppose',
    );
    expect(
      triples(
        'The city is mainly in the hands of the YPG after it evicted the Syrian regime army last August.',
      ),
    ).not.toContain('ypg/syrian-government-as-target/support');
    expect(triples('The YPG evicted the Syrian regime army from the city last August.')).toContain(
      'ypg/syrian-government-as-target/oppose',
    );
  });
});

describe("encue19: denying an actor's report", () => {
  it("opposes the report's owner", () => {
    const found = triples(
      'Meanwhilee the U.S.-led coalition previously denied an Assad army report it had carried out an air strike that had hit poison gas supplies belonging to Daesh and caused the deaths of hundreds of people. It is separately waging an air campaign against Daesh in eastern Syria.',
    );
    expect(found).toContain('coalition/syrian-government-as-target/oppose');
  });
});

describe('encue19: evaluative words for persons', () => {
  const persons = triplesWith(
    {
      version: 1,
      name: 'encue19-persons',
      actors: [en('miller', 'person', ['Stephen Miller']), en('acosta', 'person', ['Jim Acosta'])],
      topics: targetTopics(['acosta']),
    },
    { lang: 'en' },
  );
  it('calling someone ignorant opposes them', () => {
    expect(
      persons('Stephen Miller calling Jim Acosta ignorant on live TV is officially the best thing.'),
    ).toContain('miller/acosta-as-target/oppose');
  });
});

describe('encue19: ties with an actor', () => {
  const ties = triplesWith(
    {
      version: 1,
      name: 'encue19-ties',
      actors: [
        en('nusra', 'armed-group', ['Nusra Front']),
        en('al-qaeda', 'armed-group', ['al Qaeda']),
        en('russia', 'country', ['Russia']),
        en('turkey', 'country', ['Turkey']),
      ],
      topics: targetTopics(['al-qaeda', 'russia']),
    },
    { lang: 'en' },
  );
  it('severing ties with someone opposes them', () => {
    expect(
      ties(
        'REUTERS- Nusra Front severed ties with al Qaeda last year and rebranded to head the Hayat Tahrir al-Sham alliance.',
      ),
    ).toContain('nusra/al-qaeda-as-target/oppose');
  });
  it('cutting its ties and restoring ties read the actor after "with"', () => {
    expect(ties('Turkey has cut its ties with Russia.')).toContain('turkey/russia-as-target/oppose');
    expect(ties('Turkey restored diplomatic ties with Russia.')).toContain('turkey/russia-as-target/support');
  });
});

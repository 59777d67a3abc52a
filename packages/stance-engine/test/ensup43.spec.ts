import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

// ensup43: English stance toward courses of action. Who names an act a violation or breach of
// a course of action upholds it (the speaker, describer or condemner, not the violator); a verb
// of pledging or warning that ends the sentence after its subject reports the words before it;
// a period word hyphenated into a modifier ("week-long") does not make "the end of" a date.
// Sentences are the corpus's (FA-KES: no apostrophes, commas often dropped).
const actor = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests-ensup43',
  actors: [
    actor('syria', 'government', ['Syrian government', 'Syrian regime', 'Assad regime', 'regime']),
    actor('opposition', 'armed-group', ['Syrian opposition forces', 'opposition forces']),
    actor('icrc', 'organization', ['International Committee of the Red Cross']),
    actor('maurer', 'person', ['Peter Maurer'], { memberOf: ['icrc'] }),
    actor('isis', 'armed-group', ['Islamic State']),
    actor('russia', 'country', ['Russia']),
    actor('sohr', 'organization', ['Syrian Observatory for Human Rights']),
    actor('iran', 'country', ['Iran']),
    actor('farhan', 'person', ['Farhan']),
    actor('un', 'organization', ['UN', 'United Nations']),
  ],
  topics: [
    ...targetTopics(['syria', 'russia', 'iran']),
    {
      id: 'ceasefire',
      label: { en: 'Ceasefires in Syria' },
      // One spelling only: the other is found as a variant.
      pro: { en: ['ceasefire', 'truce', 'cessation of hostilities'] },
      anti: { en: ['breakdown of the truce'] },
    },
    {
      id: 'ihl',
      label: { en: 'International humanitarian law' },
      pro: { en: ['international humanitarian law'] },
      anti: { en: ['war crimes'] },
    },
    {
      id: 'militias',
      label: { en: 'Foreign militias in Syria' },
      pro: { en: ['foreign militias'] },
      anti: { en: ['withdrawal of foreign militias'] },
    },
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'en' });

describe('ensup43: naming an act a violation of a course of action upholds it', () => {
  it('gives the speaker of the words after the quotation', () => {
    const got = t(
      '"From what we know of yesterdays attack there has been a flagrant violation of International Humanitarian Law which is totally unacceptable" Peter Maurer head of the International Committee of the Red Cross said in a statement.',
    );
    expect(got).toContain('icrc/ihl/support');
    expect(got).not.toContain('icrc/ihl/oppose');
  });

  it('gives the one who claims the violation, not the violator', () => {
    const got = t(
      'Syrian opposition forces on Sunday claimed that Russian jets in violation of a cease-fire hit an outpost in northwestern Syrias Idlib province near the border with Turkey killing at least one opposition fighter and wounding several others.',
    );
    expect(got).toContain('opposition/ceasefire/support');
    expect(got).not.toContain('opposition/ceasefire/oppose');
    expect(got).not.toContain('russia/ceasefire/support');
  });

  it('gives nobody the violations that a passive verb of condemning charges its subject with', () => {
    const got = t(
      'Islamic State was condemned on Friday in a U.N. Security Council resolution for gross systematic and widespread abuses of human rights and violations of international humanitarian law.',
    );
    expect(got).not.toContain('isis/ihl/support');
  });
});

describe('ensup43: a verb of warning or pledging at the end of the sentence', () => {
  it('leaves the reported words their own subject', () => {
    const got = t(
      'Iran is seeking to consolidate its presence in Syria through the deployment of sectarian foreign militias in key areas across the country Farhan warned.',
    );
    expect(got).toContain('iran/militias/support');
    expect(got).not.toContain('farhan/militias/support');
  });

  it('gives the speaker the words that have no subject of their own', () => {
    // The corpus has this construction three times ("… Farhan warned.", "… she warned.", "…"
    // the US authorities pledged."); the first with first-person words instead of Iran's deed.
    const got = t(
      'We will not accept the deployment of sectarian foreign militias in key areas across the country Farhan warned.',
    );
    expect(got).toContain('farhan/militias/oppose');
  });
});

describe('ensup43: "the end of" a period', () => {
  it('still dates an event by the end of a week or a year', () => {
    expect(
      t(
        'Meanwhile the directorate of education in Idlib province on Monday announced the closure of all schools in the province until the end of the week due to the relentless bombing campaign.',
      ),
    ).toEqual([]);
    expect(
      t('Russian forces entered the conflict at the end of last year backing the forces of Syrian regime.'),
    ).not.toContain('russia/syria-as-target/oppose');
  });

  it('ends a truce whose length a hyphenated modifier gives', () => {
    // The corpus's "after a fragile week-long ceasefire ended", with the end named as a noun.
    expect(
      t(
        'The Assad regime declared the end of a fragile week-long ceasefire the Syrian Observatory for Human Rights reported.',
      ),
    ).toContain('syria/ceasefire/oppose');
  });
});

describe('ensup43: closed and hyphenated spellings of a one-word topic phrase', () => {
  it('finds "cease-fire" for a codebook that writes "ceasefire"', () => {
    expect(
      t('That road remains under fire and the UN has asked for a cease-fire to allow aid into the area.'),
    ).toContain('un/ceasefire/support');
  });

  it('finds "ceasefire" for a codebook that writes "cease-fire"', () => {
    const hyphenated = triplesWith(
      {
        ...CODEBOOK,
        topics: CODEBOOK.topics.map((topic) =>
          topic.id === 'ceasefire' ? { ...topic, pro: { en: ['cease-fire'] } } : topic,
        ),
      },
      { lang: 'en' },
    );
    expect(
      hyphenated(
        'That road remains under fire and the UN has asked for a ceasefire to allow aid into the area.',
      ),
    ).toContain('un/ceasefire/support');
  });

  it('joins only the two halves of one hyphenated word', () => {
    expect(t('The UN has asked for a cease fire-fight in the area.')).not.toContain('un/ceasefire/support');
  });
});

describe('ensup43: a participle of announcing after a course of action', () => {
  it('makes the announcer support it, past a time adverbial before "by"', () => {
    const named = triplesWith(
      {
        ...CODEBOOK,
        actors: CODEBOOK.actors.map((a) => (a.id === 'syria' ? { ...a, names: { en: ['government'] } } : a)),
      },
      { lang: 'en' },
    );
    expect(
      named(
        'The latest violence comes despite an extension until early Tuesday of a nationwide truce declared last week by the government to mark the Muslim holiday of Eid al-Fitr.',
      ),
    ).toContain('syria/ceasefire/support');
  });
});

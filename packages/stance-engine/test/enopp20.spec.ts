// Round enopp20: English opposition between two tracked actors in sentences where the cue lexicon
// sees no polar cue (a seeded recall sample, scripts/recall-sample.mjs en 2002 120 --pair actor
// --cue none). Killings of a counted number of a group's members ("killed a confirmed 33
// militants", "killed 28 and wounded 30 Daesh terror group militants", "killed 17 Turkish
// servicemen", "ISIL terrorists have massacred 250 Syrian troops") and clashes between sides
// named through their members or behind a label ("between the Daesh fighters and members of the
// US-backed SDF", "between ISIS and Kurdish YPG"); strike nouns that are no cue of their own
// ("airstrikes", "bombardment") with a named agent on rebel-held ground; a casualty count with
// an included count before the passive. Sentences from corpus/news-en.jsonl.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const codebook = (set: string): Codebook =>
  YAML.parse(
    fs.readFileSync(path.resolve(process.cwd(), '../..', `eval/${set}/codebook.yaml`), 'utf8'),
  ) as Codebook;
const tune = triplesWith(codebook('tune'), { lang: 'en' });
const freshEn = triplesWith(codebook('fresh-en'), { lang: 'en' });

describe('enopp20: killing a counted number of a group’s members', () => {
  it('reads "a confirmed", "an estimated" as a count', () => {
    expect(
      freshEn(
        'According to official Syrian military spokesperson the Syrian Armed Forces killed a confirmed 33 militants on Sunday including 10 foreign members of Jabhat Fateh Al-Sham.',
      ),
    ).toContain('syrian-government/syrian-rebels-as-target/oppose');
    expect(
      freshEn(
        'According to a military source in the Aleppo Governorate the Syrian Armed Forces killed an estimated at least 50 militants on Sunday.',
      ),
    ).toContain('syrian-government/syrian-rebels-as-target/oppose');
  });

  it('reads the wounded coordinated with the killed, and group words or a parenthesis before the members', () => {
    expect(
      tune(
        '17.05.2017 The Syrian army killed 28 and wounded 30 Daesh terror group militants in Deir ez-Zor city and its surroundings local media reported citing a military source.',
      ),
    ).toContain('syria-government/isis-as-target/oppose');
    expect(
      tune(
        'Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh (outlawed in Russia) militants near in northern Syria in last 24 hours media reported Sunday.',
      ),
    ).toContain('sdf/isis-as-target/oppose');
  });

  it('a nationality adjective with a unit of armed men names the state’s forces', () => {
    expect(
      tune(
        'The Kurdish Democratic Union Partys (PYD) military wing dubbed Peoples Protection Units (YPG) killed 17 Turkish servicemen and left three others wounded Kurdish media reported.',
      ),
    ).toContain('ypg/turkey-as-target/oppose');
    expect(
      tune(
        'The notorious ISIL terrorists have brutally massacred 250 Syrian troops taken hostage at an airbase in the northern province of Raqqa reports indicate.',
      ),
    ).toContain('isis/syria-government-as-target/oppose');
  });

  it('civilians named by a nationality adjective are no state', () => {
    expect(
      tune(
        'A human rights group has claimed that Daesh executed at least 128 Syrian civilians in the town of Al-Qaryatayn.',
      ),
    ).not.toContain('isis/syria-government-as-target/oppose');
    expect(
      tune(
        'Missile strikes on schools and urban areas killed 23 Syrian civilians on Thursday activists reported.',
      ),
    ).toEqual([]);
  });
});

describe('enopp20: clashes between sides named through members, labels and adjectives', () => {
  it('an adjective before the second side', () => {
    const found = tune('In Tal Tamr there have been fierce clashes between ISIS and Kurdish YPG.');
    expect(found).toContain('isis/ypg-as-target/oppose');
    expect(found).toContain('ypg/isis-as-target/oppose');
  });

  it('"members of" and a label before the second side; the label’s name is no side', () => {
    const found = tune(
      'Heavy clashes then erupted between the Daesh fighters and members of the US-backed Syrian Democratic Forces (SDF) an alliance of Kurdish and Arab fighters.',
    );
    expect(found).toContain('isis/sdf-as-target/oppose');
    expect(found).toContain('sdf/isis-as-target/oppose');
    expect(found.filter((t) => t.startsWith('us-') || t.includes('/us-'))).toEqual([]);
  });

  it('a label before the first side', () => {
    expect(
      freshEn(
        'The Britain-based Syrian Observatory for Human Rights says the fighting between Kurdish-led Syrian Democratic Forces and IS members on the eastern outskirts of the town of Tabqa left at least 11 extremists dead.',
      ),
    ).toContain('sdf/isis-as-target/oppose');
  });

  it('a clash among one side’s factions names no two tracked sides', () => {
    expect(
      tune(
        'Fierce clashes between Islamist militants near Damascus left at least 40 dead and 70 wounded on Friday a monitoring group said.',
      ),
    ).toEqual([]);
  });
});

describe('enopp20: strike nouns without a cue of their own, on held ground', () => {
  it('a named agent’s airstrikes or bombardment on rebel-held ground oppose the holder', () => {
    expect(
      tune(
        'Syrian regime airstrikes on a rebel-held region near Damascus killed at least 22 civilians on Monday the Syrian Observatory for Human Rights said.',
      ),
    ).toContain('syria-government/syrian-rebels-as-target/oppose');
    expect(
      freshEn(
        'Intense Syrian regime bombardment on rebel-held Eastern Ghouta region has killed eight civilians and wounded 25.',
      ),
    ).toContain('syrian-government/syrian-rebels-as-target/oppose');
  });

  it('without a named agent the strikes are nobody’s deed', () => {
    expect(
      tune(
        'At least 10 people including seven children were killed in airstrikes on the rebel-held east of Aleppo city on Friday the Syrian Observatory for Human Rights monitor said.',
      ),
    ).toEqual([]);
  });
});

describe('enopp20: a casualty count with an included count before the passive', () => {
  it('"militants including three commanders were killed by X"', () => {
    expect(
      tune(
        'According to Lebanese Shiite paramilitary group Hezbollah more than 30 Nusra Front militants including three commanders were killed by the Syrian army and its allies in clashes near the villages.',
      ),
    ).toContain('syria-government/nusra-as-target/oppose');
  });
});

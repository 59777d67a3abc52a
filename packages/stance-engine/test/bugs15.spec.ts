// Three general misreadings: the name علي folded into the preposition على, a bare noun after
// بعد/بسبب read as held, and a country word opening another body's English name. First
// sentences are real ones from corpus/news-*.jsonl (short excerpts), read with the project
// codebooks; each near miss differs only in the word the rule turns on.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const load = (file: string): Codebook =>
  YAML.parse(fs.readFileSync(path.resolve(process.cwd(), '../..', file), 'utf8')) as Codebook;
const regional = triplesWith(load('codebooks/iraq-regional.yaml'));
const tune = triplesWith(load('eval/tune/codebook.yaml'));

describe('the given name علي', () => {
  const praise =
    'لفت أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إلى "إشادة" محمد علي الحوثي، رئيس ما يسمى بـ"اللجنة الثورية العليا" في اليمن، بوزير الخارجية القطري';
  it('"محمد علي الحوثي" is a name, not praise on the Houthis', () => {
    expect(tune(praise, { lang: 'ar' })).not.toContain('uae/houthis-as-target/support');
  });
  it('"محمد على" spelled with ى stays the preposition', () => {
    expect(tune(praise.replace('محمد علي', 'محمد على'), { lang: 'ar' })).toContain(
      'uae/houthis-as-target/support',
    );
  });
});

describe('a withdrawal after بعد or بسبب', () => {
  const s = 'وقال روحاني إن طهران ستواصل التزامها بعد انسحاب الولايات المتحدة من الاتفاق النووي';
  it('the speaker only dates his words by the withdrawal; its doer still holds it', () => {
    const t = regional(s, { lang: 'ar' });
    expect(t).not.toContain('iran/iran-nuclear-deal/oppose');
    expect(t).toContain('us-government/iran-nuclear-deal/oppose');
    expect(regional(s.replace('بعد', 'بسبب'), { lang: 'ar' })).not.toContain('iran/iran-nuclear-deal/oppose');
  });
});

describe('a country word opening another body’s name', () => {
  it('"the Syria Democratic Forces" is no Syrian government', () => {
    const t = regional(
      'To the east a Kurdish-led force known as the Syria Democratic Forces drove the Islamic State group out of the strategic town of Manbij on Saturday.',
      { lang: 'en' },
    );
    expect(t).not.toContain('syrian-government/isis-as-target/oppose');
  });
  it('"the Syrian Armed Forces" are the state’s own', () => {
    const t = triplesWith(load('eval/fresh-en/codebook.yaml'))(
      'The Syrian Armed Forces attacked Islamic State positions near Raqqa.',
      { lang: 'en' },
    );
    expect(t).toContain('syrian-government/isis-as-target/oppose');
  });
});

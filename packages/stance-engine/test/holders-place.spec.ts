// Places are not holders (rules-1.6 precision round): a country after a locative noun
// ("في جنوبي العراق", "شمال سوريا") names where something happens, so neither the proximity
// fallback nor the next sentence takes it as the subject. The first sentence is a real one from
// corpus/news-ar.jsonl; the near miss names the country as the verb's subject.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'holders-place-unit-tests',
  actors: [{ id: 'iraq', kind: 'country', names: { ar: ['العراق'] }, roles: [], memberOf: [] }],
  topics: [{ id: 'jobs', label: { ar: 'فرص العمل' }, pro: {}, anti: { ar: ['تفشي البطالة'] } }],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-07-15T00:00:00Z' });

describe('Arabic places after a locative noun hold nothing', () => {
  it('a country after "جنوبي" is where the protests are, not who protests', () => {
    expect(
      triples(
        'وانفجرت الاحتجاجات في جنوبي العراق، الأسبوع الماضي، في محافظة البصرة عندما خرج السكان إلى الشوارع احتجاجا على تفشي البطالة وللمطالبة بتأمين الكهرباء.',
      ),
    ).toEqual([]);
  });

  it('the same country as the subject of the verb still holds', () => {
    expect(triples('وانتفض العراق، الأسبوع الماضي، احتجاجا على تفشي البطالة.')).toEqual([
      'iraq/jobs/support',
    ]);
  });
});

// Arabic opposition read in aropp51 (sentences from the news corpus): fighters of a group named
// after "من" ("ستة مسلحين على الأقل من حزب العمال"); dispersing protesters (تفريق، فرقت).
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'aropp51-unit-tests',
  actors: [
    ar('turkish-army', 'armed-group', ['الجيش التركي']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    ar('iraq', 'country', ['العراق']),
    ar('police', 'government', ['الشرطة العراقية', 'القوات الأمنية']),
    ar('protesters', 'movement', ['المتظاهرين', 'متظاهرين', 'المحتجين']),
  ],
  topics: targetTopics(['pkk', 'iraq', 'protesters'], ['ar']),
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('members of a group named after من (aropp51)', () => {
  it('a strike aimed at a count of a group’s fighters is against the group', () => {
    expect(
      triples(
        'قال الجيش التركي على تويتر، الأربعاء، إن ضربة جوية نفذتها طائراته الحربية استهدفت ستة مسلحين على الأقل من حزب العمال الكردستاني.',
      ),
    ).toContain('turkish-army/pkk-as-target/oppose');
  });

  it('after a definite plural, من is where from, not whose', () => {
    expect(
      triples('وأضاف أن تركيا ستطرد المسلحين من العراق أيضا.').filter((t) => t.includes('iraq-as-target')),
    ).toEqual([]);
  });
});

describe('dispersing protesters (aropp51)', () => {
  it('the force that disperses protesters opposes them', () => {
    expect(
      triples('أطلقت الشرطة العراقية النار في الهواء لتفريق متظاهرين ومنعهم من اقتحام مبنى بلدية البصرة.'),
    ).toContain('police/protesters-as-target/oppose');
  });

  it('also with the protesters’ own clause after them', () => {
    expect(
      triples(
        'واستخدمت القوات الأمنية الغاز المسيل للدموع والهراوات لتفريق المحتجين، الذين حاولوا عبور جسر الجمهورية باتجاه المنطقة الخضراء.',
      ),
    ).toContain('police/protesters-as-target/oppose');
  });
});

// "طالب بفتح تحقيق في غارة شنتها X": who calls for an investigation into an act of force or a
// crime opposes the act's named agent. Sentences are real ones from corpus/news-ar.jsonl.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'investigation-calls-unit-tests',
  actors: [
    { id: 'unsc', kind: 'organization', names: { ar: ['مجلس الأمن الدولي'] }, roles: [], memberOf: [] },
    {
      id: 'guterres',
      kind: 'person',
      names: { ar: ['غوتيريش', 'الأمين العام للأمم المتحدة'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'coalition',
      kind: 'armed-group',
      names: { ar: ['التحالف', 'قوات التحالف'] },
      roles: [],
      memberOf: [],
    },
    { id: 'israel', kind: 'country', names: { ar: ['إسرائيل'] }, roles: [], memberOf: [] },
  ],
  topics: [
    { id: 'coalition-as-target', actor: 'coalition', label: { ar: 'التحالف' }, pro: {}, anti: {} },
    { id: 'israel-as-target', actor: 'israel', label: { ar: 'إسرائيل' }, pro: {}, anti: {} },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('Arabic calls for an investigation into an act', () => {
  it('a relative clause names the agent of the act investigated', () => {
    expect(
      triples(
        'دعا مجلس الأمن الدولي التابع للأمم المتحدة إلى فتح تحقيق نزيه وشفاف في الغارة الجوية التي نفذها التحالف بقيادة السعودية في صعدة باليمن مما أسفر عن مقتل عشرات الأطفال.',
      ),
    ).toContain('unsc/coalition-as-target/oppose');
  });

  it('an indefinite act takes its relative verb without a relative pronoun', () => {
    expect(
      triples(
        'طالب الأمين العام للأمم المتحدة انطونيو غوتيريش، بفتح "تحقيق مستقل وسريع" في غارة جوية شنتها قوات التحالف بقيادة المملكة العربية السعودية فى اليمن وأسفرت عن مصرع عشرات الأشخاص.',
      ),
    ).toContain('guterres/coalition-as-target/oppose');
  });

  it('achieving something ("تحقيق تقدم في") is no investigation', () => {
    expect(triples('ودعا مجلس الأمن الدولي إلى تحقيق تقدم في المحادثات التي ترعاها إسرائيل.')).not.toContain(
      'unsc/israel-as-target/oppose',
    );
  });
});

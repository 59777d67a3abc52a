// "ألا وهو/وهي" means "namely": the ألا of that phrase negates nothing, while ألا = "أن لا" still
// does ("دعت إيران ألا تعرقل …").
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'namely-unit-tests',
  actors: [actor('saudi', 'country', ['السعودية']), actor('iran', 'country', ['إيران'])],
  topics: [
    {
      id: 'ceasefire',
      label: { ar: 'وقف إطلاق النار' },
      pro: { ar: ['وقف إطلاق النار'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('ألا وهو (namely)', () => {
  it('does not negate the support it names', () => {
    expect(triples('وأكدت السعودية دعمها للهدف الأسمى ألا وهو وقف إطلاق النار في سوريا.')).toEqual([
      'saudi/ceasefire/support',
    ]);
  });

  it('leaves ألا before a verb negating it', () => {
    expect(triples('ودعت السعودية إيران ألا تعرقل وقف إطلاق النار.')).toContain('saudi/ceasefire/support');
    expect(triples('وأكدت السعودية ألا تراجع عن دعم وقف إطلاق النار.')).toEqual(['saudi/ceasefire/support']);
  });
});

import { triplesWith } from './helpers.js';
import { TEST_CODEBOOK } from './fixtures.js';

// An act topic phrase names its agent ("الضربات الأميركية"); a place in it is not one.
const triples = triplesWith({
  ...TEST_CODEBOOK,
  topics: [
    ...TEST_CODEBOOK.topics,
    {
      id: 'operations-syria',
      label: { en: 'Military operations in northern Syria' },
      pro: { ar: ['عمليات عسكرية في شمال سوريا'], en: ['military operations in northern Syria'] },
      anti: {},
    },
  ],
});

describe('agents of act topics', () => {
  it('a country after a locative word in the phrase is the place of the act, not its agent', () => {
    expect(triples('ورحب الصدر بعمليات عسكرية في شمال سوريا.')).toEqual(['sadr/operations-syria/support']);
    expect(triples('Sadr welcomed military operations in northern Syria.')).toEqual([
      'sadr/operations-syria/support',
    ]);
  });

  it('a nationality in the phrase names the agent', () => {
    expect(triples('ورفض الصدر الضربات الأميركية.')).toEqual([
      'sadr/us-as-target/oppose',
      'sadr/us-strikes/oppose',
    ]);
  });
});

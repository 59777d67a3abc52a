import { triples } from './helpers.js';

describe('English extraction: subjects, deeds and alliances', () => {
  it('a collective head noun stands between a named group and its verb: "X groups have accused"', () => {
    expect(triples('Tishreen movement groups have accused Assad of war crimes.')).toEqual([
      'tishreen/assad-as-target/oppose',
    ]);
  });
});

import { triples } from './helpers.js';

// A body named in full once is then called by its head noun alone ("الحزب", "the party").
describe('bare head nouns of institutions', () => {
  it('resolve to the last body named in full with that head', () => {
    expect(triples('والحزب الشيوعي قاطع الانتخابات. وأدان الحزب بشار الأسد.')).toContain(
      'communists/assad-as-target/oppose',
    );
    expect(
      triples('The Communist Party boycotted the elections. Later the party condemned Assad.'),
    ).toContain('communists/assad-as-target/oppose');
  });

  it('are not a person of the body, another body, or a body never named', () => {
    expect(triples('والحزب الشيوعي قاطع الانتخابات. وأدان رئيس الحزب بشار الأسد.')).not.toContain(
      'communists/assad-as-target/oppose',
    );
    expect(triples('والحزب الشيوعي قاطع الانتخابات. وأدان الحزب الديمقراطي بشار الأسد.')).not.toContain(
      'communists/assad-as-target/oppose',
    );
    expect(triples('The party of the workers condemned Assad.')).toEqual([]);
    expect(triples('وأدان الحزب بشار الأسد.')).toEqual([]);
  });
});

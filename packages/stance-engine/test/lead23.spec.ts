// The lead's fixes of session 23: "ألا وهو/وهي" means "namely", so its ألا negates nothing, while
// ألا = "أن لا" still does ("دعت إيران ألا تعرقل …"); a verb over an unowned decision noun
// ("رفضت تركيا قرار نقل السفارة") composes its side once, not twice; the evidence of a mutual
// relation spans its parties, not the verb alone; the dual and first-person forms of إن/أن
// (إنهما، أننا، بأنهم) open a reported clause as إنها does.
import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'lead23-unit-tests',
  actors: [
    actor('saudi', 'country', ['السعودية']),
    actor('iran', 'country', ['إيران']),
    actor('turkey', 'country', ['تركيا']),
    actor('trump', 'person', ['ترامب']),
  ],
  topics: [
    {
      id: 'ceasefire',
      label: { ar: 'وقف إطلاق النار' },
      pro: { ar: ['وقف إطلاق النار'] },
      anti: {},
    },
    {
      id: 'embassy-move',
      label: { ar: 'نقل السفارة' },
      pro: { ar: ['نقل السفارة'] },
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

describe('a verb over a decision noun', () => {
  it('composes its side once when the decision has no owner', () => {
    expect(triples('ورفضت تركيا قرار نقل السفارة إلى القدس.')).toEqual(['turkey/embassy-move/oppose']);
    expect(triples('ورحبت تركيا بقرار نقل السفارة إلى القدس.')).toEqual(['turkey/embassy-move/support']);
  });

  it('still gives the owner of a named decision its own side', () => {
    expect(triples('وأدانت تركيا قرار ترامب بنقل السفارة إلى القدس.')).toEqual(
      expect.arrayContaining(['turkey/embassy-move/oppose', 'trump/embassy-move/support']),
    );
  });
});

describe('the evidence of a mutual relation', () => {
  const compiled = compileCodebook({
    ...CODEBOOK,
    actors: [...CODEBOOK.actors, actor('russia', 'country', ['روسيا'])],
    topics: [...CODEBOOK.topics, ...targetTopics(['turkey', 'russia'], ['ar'])],
  });

  it('spans the parties named around the verb', () => {
    const statements = extractStatements(compiled, {
      id: 't',
      lang: 'ar',
      text: 'ووقعت تركيا وروسيا اتفاقا لوقف إطلاق النار في إدلب.',
    });
    const mutual = statements.filter((s) => s.topic === 'russia-as-target' || s.topic === 'turkey-as-target');
    expect(mutual.map((s) => s.evidence)).toEqual(['ووقعت تركيا وروسيا', 'ووقعت تركيا وروسيا']);
  });
});

describe('dual and first-person complementizers', () => {
  const compiled = compileCodebook(CODEBOOK);
  const confidence = (text: string): number[] =>
    extractStatements(compiled, { id: 't', lang: 'ar', text })
      .filter((s) => s.topic === 'embassy-move')
      .map((s) => s.confidence);

  it("reads the clause after إنهما as the speakers' own, as after إنها", () => {
    const dual = confidence('وقالت السعودية وتركيا إنهما ترفضان نقل السفارة.');
    expect(dual).toHaveLength(2);
    expect(Math.min(...dual)).toBeGreaterThanOrEqual(
      Math.min(...confidence('وقالت تركيا إنها ترفض نقل السفارة.')),
    );
  });
});

import { findCodebookWarnings } from './lint.js';
import type { Actor, Codebook, Topic } from './types.js';

function actor(id: string, names: Actor['names'], roles: Actor['roles'] = []): Actor {
  return { id, kind: 'person', names, roles, memberOf: [] };
}

function codebook(actors: Actor[], topics: Topic[] = []): Codebook {
  return { version: 1, name: 't', actors, topics };
}

describe('findCodebookWarnings', () => {
  it('finds nothing in a clean codebook', () => {
    const cb = codebook([actor('a', { en: ['Alpha'] }), actor('b', { en: ['Beta'] })]);
    expect(findCodebookWarnings(cb)).toEqual([]);
  });

  it('flags a name shared by two actors, ignoring case and spacing', () => {
    const cb = codebook([actor('a', { en: ['Baghdad'] }), actor('b', { ar: ['بغداد'], en: ['baghdad '] })]);
    expect(findCodebookWarnings(cb)).toEqual([
      {
        path: 'actors[1].names.en[0]',
        message: '"baghdad " also names actor "a" (actors[0].names.en[0]); mentions will be ambiguous',
      },
    ]);
  });

  it('flags a name listed twice for one actor', () => {
    const cb = codebook([actor('a', { ar: ['الصدر', 'الصدر'] })]);
    expect(findCodebookWarnings(cb)).toEqual([
      { path: 'actors[0].names.ar[1]', message: '"الصدر" is listed twice for actor "a"' },
    ]);
  });

  it('flags two holders of a title on overlapping dates but not on a handover day', () => {
    const pm = (from: string, to?: string) => ({
      title: { en: ['Prime Minister'] },
      from,
      ...(to ? { to } : {}),
    });
    const handover = codebook([
      actor('a', { en: ['A'] }, [pm('2014-09-08', '2018-10-25')]),
      actor('b', { en: ['B'] }, [pm('2018-10-25')]),
    ]);
    expect(findCodebookWarnings(handover)).toEqual([]);
    const overlap = codebook([
      actor('a', { en: ['A'] }, [pm('2014-09-08', '2018-10-25')]),
      actor('b', { en: ['B'] }, [pm('2018-01-01')]),
    ]);
    expect(findCodebookWarnings(overlap)).toEqual([
      {
        path: 'actors[1].roles[0].title.en[0]',
        message:
          'role title "Prime Minister" is also held by "a" on overlapping dates (actors[0].roles[0].title.en[0])',
      },
    ]);
  });

  it('flags a topic phrase that is an actor name', () => {
    const topic: Topic = { id: 't', label: { en: 'T' }, pro: { en: ['Hashd'] }, anti: {} };
    const cb = codebook([actor('pmf', { en: ['Hashd'] })], [topic]);
    expect(findCodebookWarnings(cb)).toEqual([
      { path: 'topics[0].pro.en[0]', message: 'phrase "Hashd" is also a name of actor "pmf"' },
    ]);
  });
});

describe('parseCodebookWithWarnings', () => {
  it('locates each warning at the line and column of the offending entry', async () => {
    const { parseCodebookWithWarnings } = await import('./parse.js');
    const text = [
      'version: 1',
      'name: t',
      'actors:',
      '  - id: iraq',
      '    kind: government',
      '    names: { en: ["Baghdad"] }',
      '  - id: city',
      '    kind: other',
      '    names:',
      '      en: ["Baghdad"]',
      'topics: []',
      '',
    ].join('\n');
    const { codebook, warnings } = parseCodebookWithWarnings(text, 'w.yaml');
    expect(codebook.actors).toHaveLength(2);
    expect(warnings).toEqual([
      {
        file: 'w.yaml',
        line: 10,
        column: 12,
        path: 'actors[1].names.en[0]',
        message: '"Baghdad" also names actor "iraq" (actors[0].names.en[0]); mentions will be ambiguous',
      },
    ]);
  });
});

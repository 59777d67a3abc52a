import type { Actor, Topic } from '../src/lib/api-types.js';
import { diffCodebooks } from '../src/lib/codebook-diff.js';

const actor = (id: string, over: Partial<Actor> = {}): Actor => ({
  id,
  kind: 'person',
  names: { en: [id] },
  memberOf: [],
  roles: [],
  ...over,
});
const topic = (id: string, over: Partial<Topic> = {}): Topic => ({
  id,
  label: { en: id },
  pro: {},
  anti: {},
  actor: null,
  ...over,
});

describe('diffCodebooks', () => {
  it('reports added, removed and changed ids with the fields that changed', () => {
    const diff = diffCodebooks(
      { actors: [actor('a'), actor('b'), actor('c')], topics: [topic('t1'), topic('t2')] },
      {
        actors: [actor('a'), actor('c', { names: { en: ['c', 'Cee'] }, kind: 'party' }), actor('d')],
        topics: [topic('t1', { pro: { ar: ['دعم'] } }), topic('t2')],
      },
    );
    expect(diff.actors).toEqual({
      added: ['d'],
      removed: ['b'],
      changed: [{ id: 'c', fields: ['kind', 'names'] }],
    });
    expect(diff.topics).toEqual({ added: [], removed: [], changed: [{ id: 't1', fields: ['pro'] }] });
  });

  it('ignores the order of object keys', () => {
    const before = actor('a', { names: { ar: ['أ'], en: ['a'] } });
    const after = actor('a', { names: { en: ['a'], ar: ['أ'] } });
    expect(
      diffCodebooks({ actors: [before], topics: [] }, { actors: [after], topics: [] }).actors.changed,
    ).toEqual([]);
  });
});

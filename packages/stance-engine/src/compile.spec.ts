import { compileCodebook, spellingVariants, CodebookCompileError } from './compile.js';
import { foldString } from './text/normalize.js';

describe('spellingVariants', () => {
  it('adds the other spelling of "American" and of -ia/-iya place names', () => {
    expect(spellingVariants(foldString('القوات الأميركية'), false)).toContain(foldString('القوات الأمريكية'));
    expect(spellingVariants(foldString('سوريا'), false)).toContain(foldString('سورية'));
  });

  it('makes topic phrases definite or indefinite as a whole', () => {
    expect(spellingVariants(foldString('انسحاب فوري'), true)).toContain(foldString('الانسحاب الفوري'));
    expect(spellingVariants(foldString('القوات الأميركية'), true)).toContain(foldString('قوات أميركية'));
    expect(spellingVariants(foldString('انسحاب فوري'), false)).toEqual([foldString('انسحاب فوري')]);
  });

  it('toggles English number on the first and last word of topic phrases', () => {
    const v = spellingVariants('attacks on us bases', true);
    expect(v).toEqual(expect.arrayContaining(['attacks on us base', 'attack on us bases']));
    expect(spellingVariants('parliamentary elections', true)).toContain('parliamentary election');
  });
});

describe('compileCodebook', () => {
  it('rejects a topic that points at an unknown actor, with a code', () => {
    const bad = {
      version: 1 as const,
      name: 'x',
      actors: [],
      topics: [{ id: 't', label: {}, pro: {}, anti: {}, actor: 'nobody' }],
    };
    expect(() => compileCodebook(bad)).toThrow(CodebookCompileError);
    expect(() => compileCodebook(bad)).toThrow(/unknown actor "nobody"/);
  });

  it('rejects input without actors and topics arrays', () => {
    expect(() => compileCodebook({} as never)).toThrow(/"actors" and "topics"/);
  });

  it('builds member chains through memberOf', () => {
    const c = compileCodebook({
      version: 1,
      name: 'x',
      topics: [],
      actors: [
        { id: 'a', kind: 'person', names: { en: ['Ann'] }, roles: [], memberOf: ['b'] },
        { id: 'b', kind: 'party', names: { en: ['Bee Party'] }, roles: [], memberOf: ['c'] },
        { id: 'c', kind: 'other', names: { en: ['Cee Front'] }, roles: [], memberOf: [] },
      ],
    });
    expect([...c.memberChain[0]!].sort()).toEqual([0, 1, 2]);
    expect([...c.memberChain[2]!]).toEqual([2]);
  });

  it('marks organisations without forces as unarmed, not coalitions or alliances', () => {
    const org = (id: string, names: Record<string, string[]>) => ({
      id,
      kind: 'organization' as const,
      names,
      roles: [],
      memberOf: [],
    });
    const c = compileCodebook({
      version: 1,
      name: 'x',
      actors: [
        org('sohr', { en: ['Syrian Observatory for Human Rights'], ar: ['المرصد السوري لحقوق الإنسان'] }),
        org('un', { en: ['United Nations', 'UN'], ar: ['الأمم المتحدة'] }),
        org('coalition', { en: ['US-led coalition'] }),
        org('arab-coalition', { ar: ['التحالف العربي', 'تحالف دعم الشرعية'] }),
        org('nato', { en: ['NATO'] }),
        org('unifil', { ar: ['قوات اليونيفيل'] }),
        { id: 'iraq', kind: 'country' as const, names: { en: ['Iraq'] }, roles: [], memberOf: [] },
      ],
      topics: [],
    });
    expect(c.unarmed).toEqual([true, true, false, false, false, false, false]);
  });
});

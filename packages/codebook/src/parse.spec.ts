import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodebookReadError, CodebookValidationError, type CodebookIssue } from './errors.js';
import { loadCodebookFile, parseCodebook } from './parse.js';
import { codebookDigest } from './digest.js';

// ../shared next to the project root (the workplace's shared evaluation kit).
const DEV = fileURLToPath(new URL('../../../../shared/eval/dev', import.meta.url));

/** Lines of a YAML codebook; tests put one error on a known line and assert that line. */
function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

const HEADER = ['version: 1', 'name: test'];
const GOOD_ACTOR = [
  '  - id: sadr',
  '    kind: person',
  '    names:',
  '      ar: ["مقتدى الصدر"]',
  '      en: ["Moqtada al-Sadr"]',
];
const GOOD_TOPIC = [
  '  - id: elections',
  '    label: { en: Elections }',
  '    pro: { en: ["elections"] }',
  '    anti: { en: ["boycott"] }',
];

function issuesOf(text: string, file = 'cb.yaml'): CodebookIssue[] {
  try {
    parseCodebook(text, file);
  } catch (err) {
    if (err instanceof CodebookValidationError) return [...err.issues];
    throw err;
  }
  throw new Error('expected the codebook to be invalid');
}

function onlyIssue(text: string, file = 'cb.yaml'): CodebookIssue {
  const issues = issuesOf(text, file);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('parseCodebook: valid input', () => {
  it('builds the typed codebook with defaults for optional parts', () => {
    const cb = parseCodebook(
      yaml(
        ...HEADER,
        'actors:',
        ...GOOD_ACTOR,
        '    roles:',
        '      - title: { en: ["Sadrist leader"] }',
        '        from: 2003-04-01',
        '  - id: sadrists',
        '    kind: movement',
        '    names: { en: ["Sadrist movement"] }',
        'topics:',
        ...GOOD_TOPIC,
        '  - id: sadr-as-target',
        '    actor: sadr',
        '    label: { en: Sadr }',
      ),
      'cb.yaml',
    );
    expect(cb.actors.map((a) => a.id)).toEqual(['sadr', 'sadrists']);
    expect(cb.actors[0]!.roles).toEqual([{ title: { en: ['Sadrist leader'] }, from: '2003-04-01' }]);
    expect(cb.actors[1]!.roles).toEqual([]);
    expect(cb.actors[1]!.memberOf).toEqual([]);
    expect(cb.topics[1]).toEqual({
      id: 'sadr-as-target',
      actor: 'sadr',
      label: { en: 'Sadr' },
      pro: {},
      anti: {},
    });
  });

  it('resolves YAML anchors and aliases (e.g. a role title shared by successive holders)', () => {
    const cb = parseCodebook(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: abadi',
        '    kind: person',
        '    names: { en: [Abadi] }',
        '    roles:',
        '      - title: &pm { en: ["Iraqi Prime Minister"] }',
        '        from: 2014-09-08',
        '        to: 2018-10-25',
        '  - id: abdul-mahdi',
        '    kind: person',
        '    names: { en: [Abdul-Mahdi] }',
        '    roles:',
        '      - title: *pm',
        '        from: 2018-10-25',
        'topics: []',
      ),
      'cb.yaml',
    );
    expect(cb.actors[1]!.roles[0]!.title).toEqual({ en: ['Iraqi Prime Minister'] });
  });

  it('reads JSON with the same structure', () => {
    const json = JSON.stringify({
      version: 1,
      name: 'j',
      actors: [{ id: 'iran', kind: 'country', names: { ar: ['إيران'], en: ['Iran'] } }],
      topics: [{ id: 'iran-as-target', actor: 'iran', label: { en: 'Iran' } }],
    });
    const cb = parseCodebook(json, 'cb.json');
    expect(cb.actors[0]!.names).toEqual({ ar: ['إيران'], en: ['Iran'] });
  });

  it('accepts a byte-order mark and CRLF line endings in both formats', () => {
    const json = '\uFEFF' + JSON.stringify({ version: 1, name: 'bom', actors: [], topics: [] });
    expect(parseCodebook(json, 'cb.json').name).toBe('bom');
    const text = '\uFEFF' + yaml(...HEADER, 'actors: []', 'topics: []').replace(/\n/g, '\r\n');
    expect(parseCodebook(text, 'cb.yaml').name).toBe('test');
  });

  it('reports lines correctly in a CRLF file', () => {
    const text = yaml(
      ...HEADER,
      'actors:',
      '  - id: a',
      '    kind: robot',
      '    names: { en: [A] }',
      'topics: []',
    ).replace(/\n/g, '\r\n');
    expect(onlyIssue(text)).toMatchObject({ line: 5, column: 11 });
  });

  it('loads both dev codebooks cleanly', async () => {
    const small = await loadCodebookFile(join(DEV, 'codebook.yaml'));
    const regional = await loadCodebookFile(join(DEV, 'codebook-regional.yaml'));
    expect([small.actors.length, small.topics.length]).toEqual([8, 5]);
    expect([regional.actors.length, regional.topics.length]).toEqual([55, 37]);
  });
});

describe('parseCodebook: each error names file, line and column', () => {
  it('reports a missing required key at the mapping that lacks it', () => {
    const issue = onlyIssue(yaml(...HEADER, 'actors:', '  - id: sadr', '    kind: person', 'topics: []'));
    expect(issue).toMatchObject({ file: 'cb.yaml', line: 4, column: 5, path: 'actors[0]' });
    expect(issue.message).toContain('missing required key "names"');
  });

  it('reports missing top-level keys', () => {
    const issues = issuesOf(yaml('version: 1', 'actors: []'));
    expect(issues.map((i) => i.message)).toEqual([
      'missing required key "name"',
      'missing required key "topics"',
    ]);
    expect(issues[0]!.line).toBe(1);
  });

  it('reports an unknown key at the key itself', () => {
    const issue = onlyIssue(yaml(...HEADER, 'actors:', ...GOOD_ACTOR, '    nickname: Sayyid', 'topics: []'));
    expect(issue).toMatchObject({ line: 9, column: 5, path: 'actors[0].nickname' });
    expect(issue.message).toContain('unknown key "nickname"');
  });

  it('rejects ids outside lowercase letters, digits and dashes', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: Al_Sadr',
        '    kind: person',
        '    names: { en: ["Sadr"] }',
        'topics: []',
      ),
    );
    expect(issue).toMatchObject({ line: 4, column: 9, path: 'actors[0].id' });
    expect(issue.message).toContain('invalid id "Al_Sadr"');
  });

  it('rejects an unknown actor kind', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: sadr',
        '    kind: cleric',
        '    names: { en: ["Sadr"] }',
        'topics: []',
      ),
    );
    expect(issue).toMatchObject({ line: 5, column: 11, path: 'actors[0].kind' });
    expect(issue.message).toContain('unknown actor kind "cleric"');
  });

  it('rejects dates that are not ISO calendar dates', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        ...GOOD_ACTOR,
        '    roles:',
        '      - title: { en: ["PM"] }',
        '        from: 2021-02-30',
        'topics: []',
      ),
    );
    expect(issue).toMatchObject({ line: 11, column: 15, path: 'actors[0].roles[0].from' });
    expect(issue.message).toContain('expected an ISO date YYYY-MM-DD');
  });

  it('rejects a role that ends before it starts, at the "to" date', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        ...GOOD_ACTOR,
        '    roles:',
        '      - title: { en: ["PM"] }',
        '        from: 2022-10-27',
        '        to: 2020-05-07',
        'topics: []',
      ),
    );
    expect(issue).toMatchObject({ line: 12, column: 13, path: 'actors[0].roles[0].to' });
    expect(issue.message).toContain('ends (2020-05-07) before it starts (2022-10-27)');
  });

  it('rejects keys that are not language tags', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: sadr',
        '    kind: person',
        '    names:',
        '      arabic script: ["الصدر"]',
        'topics: []',
      ),
    );
    expect(issue).toMatchObject({ line: 7, column: 7, path: 'actors[0].names.arabic script' });
    expect(issue.message).toContain('not a language tag');
  });

  it('rejects empty names and empty name lists', () => {
    const issues = issuesOf(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: sadr',
        '    kind: person',
        '    names:',
        '      ar: ["الصدر", "  "]',
        '      en: []',
        'topics: []',
      ),
    );
    expect(issues.map((i) => [i.line, i.path])).toEqual([
      [7, 'actors[0].names.ar[1]'],
      [8, 'actors[0].names.en'],
    ]);
  });

  it('rejects an actor with no names at all', () => {
    const issue = onlyIssue(
      yaml(...HEADER, 'actors:', '  - id: sadr', '    kind: person', '    names: {}', 'topics: []'),
    );
    expect(issue).toMatchObject({ line: 6, path: 'actors[0].names' });
  });

  it('rejects wrong value types', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: sadr',
        '    kind: person',
        '    names: { en: "Sadr" }',
        'topics: []',
      ),
    );
    expect(issue).toMatchObject({ line: 6, path: 'actors[0].names.en' });
    expect(issue.message).toContain('expected a list of names, found the text "Sadr"');
  });

  it('rejects a duplicate id among actors, pointing at the earlier one', () => {
    const issue = onlyIssue(yaml(...HEADER, 'actors:', ...GOOD_ACTOR, ...GOOD_ACTOR, 'topics: []'));
    expect(issue).toMatchObject({ line: 9, column: 9, path: 'actors[1].id' });
    expect(issue.message).toContain('duplicate id "sadr": already used by the actor at line 4');
  });

  it('rejects a topic id that repeats an actor id (one namespace)', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        ...GOOD_ACTOR,
        'topics:',
        '  - id: sadr',
        '    actor: sadr',
        '    label: { en: Sadr }',
      ),
    );
    expect(issue).toMatchObject({ line: 10, path: 'topics[0].id' });
  });

  it('rejects a duplicate id among topics', () => {
    const issue = onlyIssue(yaml(...HEADER, 'actors: []', 'topics:', ...GOOD_TOPIC, ...GOOD_TOPIC));
    expect(issue).toMatchObject({ line: 9, path: 'topics[1].id' });
  });

  it('rejects dangling memberOf references and self-membership', () => {
    const issues = issuesOf(
      yaml(...HEADER, 'actors:', ...GOOD_ACTOR, '    memberOf: [sadrists, sadr]', 'topics: []'),
    );
    expect(issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [9, 16, 'memberOf refers to unknown actor "sadrists"'],
      [9, 26, 'actor "sadr" cannot be a member of itself'],
    ]);
  });

  it('rejects memberOf cycles', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors:',
        '  - id: a',
        '    kind: party',
        '    names: { en: [A] }',
        '    memberOf: [b]',
        '  - id: b',
        '    kind: party',
        '    names: { en: [B] }',
        '    memberOf: [a]',
        'topics: []',
      ),
    );
    expect(issue.message).toBe('memberOf forms a cycle: a → b → a');
    expect(issue.line).toBe(4);
  });

  it('rejects a topic about an unknown actor', () => {
    const issue = onlyIssue(
      yaml(
        ...HEADER,
        'actors: []',
        'topics:',
        '  - id: ghost-as-target',
        '    actor: ghost',
        '    label: { en: Ghost }',
      ),
    );
    expect(issue).toMatchObject({ line: 6, column: 12, path: 'topics[0].actor' });
    expect(issue.message).toContain('unknown actor "ghost"');
  });

  it('rejects a topic with neither phrases nor an actor', () => {
    const issue = onlyIssue(
      yaml(...HEADER, 'actors: []', 'topics:', '  - id: empty', '    label: { en: Empty }'),
    );
    expect(issue).toMatchObject({ line: 5, path: 'topics[0]' });
  });

  it('rejects a version other than 1', () => {
    const issue = onlyIssue(yaml('version: 2', 'name: t', 'actors: []', 'topics: []'));
    expect(issue).toMatchObject({ line: 1, column: 10, path: 'version' });
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(onlyIssue(yaml('version: 1', 'name: a', 'name: b', 'actors: []', 'topics: []'))).toMatchObject({
      line: 3,
    });
    const syntax = onlyIssue(yaml('version: 1', 'name: "unterminated', 'actors: []'));
    expect(syntax.message).toMatch(/^syntax error/);
  });

  it('reports invalid JSON at its line', () => {
    const issue = onlyIssue('{\n  "version": 1,\n  "name": "x",\n}\n', 'cb.json');
    expect(issue.line).toBe(4);
    expect(issue.message).toMatch(/^not valid JSON/);
  });

  it('reports structural errors in JSON files at their line', () => {
    const text =
      '{\n  "version": 1,\n  "name": "x",\n  "actors": [\n    {"id": "a", "kind": "robot", "names": {"en": ["A"]}}\n  ],\n  "topics": []\n}\n';
    const issue = onlyIssue(text, 'cb.json');
    expect(issue).toMatchObject({ line: 5, path: 'actors[0].kind' });
  });

  it('reports an empty file', () => {
    expect(onlyIssue('', 'cb.yaml').message).toContain('the file is empty');
  });

  it('collects all errors in one exception with a readable message and a code', () => {
    try {
      parseCodebook(
        yaml(
          'version: 1',
          'name: ""',
          'actors:',
          '  - id: X',
          '    kind: robot',
          '    names: { en: [X] }',
          'topics: []',
        ),
        'cb.yaml',
      );
      throw new Error('not thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(CodebookValidationError);
      const e = err as CodebookValidationError;
      expect(e.code).toBe('CODEBOOK_INVALID');
      expect(e.issues).toHaveLength(3);
      expect(e.message).toContain('cb.yaml:2:7: name: must not be empty');
      expect(e.message).toContain('cb.yaml:5:11: actors[0].kind');
    }
  });
});

describe('loadCodebookFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'codebook-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the file in errors', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, yaml('version: 1', 'name: x', 'actors: 3', 'topics: []'));
    await expect(loadCodebookFile(file)).rejects.toThrow(
      `${file}:3:9: actors: expected a list, found number 3`,
    );
  });

  it('fails with a read error for a missing file', async () => {
    await expect(loadCodebookFile(join(dir, 'missing.yaml'))).rejects.toBeInstanceOf(CodebookReadError);
  });
});

describe('codebookDigest', () => {
  const base = yaml(...HEADER, 'actors:', ...GOOD_ACTOR, 'topics:', ...GOOD_TOPIC);

  it('ignores formatting, comments and key order', () => {
    const reordered = yaml(
      '# a comment',
      'name: test',
      'version: 1',
      'topics:',
      '  - label: { en: Elections }',
      '    id: elections',
      '    anti: { en: ["boycott"] }',
      '    pro: { en: ["elections"] }',
      'actors:',
      '  - names: { en: ["Moqtada al-Sadr"], ar: ["مقتدى الصدر"] }',
      '    kind: person',
      '    id: sadr',
    );
    expect(codebookDigest(parseCodebook(reordered, 'b.yaml'))).toBe(
      codebookDigest(parseCodebook(base, 'a.yaml')),
    );
  });

  it('changes when content changes', () => {
    const changed = base.replace('Moqtada al-Sadr', 'Muqtada al-Sadr');
    expect(codebookDigest(parseCodebook(changed, 'a.yaml'))).not.toBe(
      codebookDigest(parseCodebook(base, 'a.yaml')),
    );
    expect(codebookDigest(parseCodebook(base, 'a.yaml'))).toMatch(/^[0-9a-f]{64}$/);
  });
});

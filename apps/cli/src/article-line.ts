// Turns one JSON Lines row of the articles file into the engine's input, or says what is wrong.
export interface ArticleRow {
  id: string;
  text: string;
  title?: string;
  lang?: string;
  published_at?: string | null;
}

export type ArticleLineResult = { ok: true; article: ArticleRow } | { ok: false; error: string };

const OPTIONAL_STRINGS = ['title', 'lang'] as const;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function parseArticleLine(line: string): ArticleLineResult {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    return { ok: false, error: `expected a JSON object, found ${typeName(row)}` };
  }
  const record = row as Record<string, unknown>;
  const problems: string[] = [];
  if (!('id' in record)) problems.push('missing "id"');
  else if (typeof record.id !== 'string' || record.id === '')
    problems.push(`"id" must be a non-empty string, found ${typeName(record.id)}`);
  if (!('text' in record)) problems.push('missing "text"');
  else if (typeof record.text !== 'string')
    problems.push(`"text" must be a string, found ${typeName(record.text)}`);
  for (const key of OPTIONAL_STRINGS) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') {
      problems.push(`"${key}" must be a string, found ${typeName(record[key])}`);
    }
  }
  const published = record.published_at;
  if (
    published !== undefined &&
    published !== null &&
    (typeof published !== 'string' || Number.isNaN(Date.parse(published)))
  ) {
    problems.push(
      `"published_at" must be an ISO date string or null, found ${typeof published === 'string' ? JSON.stringify(published) : typeName(published)}`,
    );
  }
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };

  const article: ArticleRow = { id: record.id as string, text: record.text as string };
  if (typeof record.title === 'string') article.title = record.title;
  if (typeof record.lang === 'string') article.lang = record.lang;
  if (published !== undefined) article.published_at = published as string | null;
  return { ok: true, article };
}

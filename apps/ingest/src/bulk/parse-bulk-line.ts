import { ArticleInputSchema, describeIssues, type ArticleInput } from '../articles/article-input.js';
import type { RawLine } from './split-lines.js';

export type ParsedLine =
  | { line: number; ok: true; article: ArticleInput }
  | { line: number; ok: false; error: string }
  /** Blank lines are allowed and produce no result. */
  | { line: number; ok: 'blank' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One JSON Lines record → a valid article, or an error message that says what is wrong. */
export function parseBulkLine(raw: RawLine, maxLineBytes: number): ParsedLine {
  const { line } = raw;
  if ('tooLong' in raw) {
    return {
      line,
      ok: false,
      error: `line is longer than the limit of ${maxLineBytes} bytes (${raw.size}+ bytes)`,
    };
  }
  let text: string;
  try {
    text = utf8.decode(raw.bytes);
  } catch {
    return { line, ok: false, error: 'line is not valid UTF-8' };
  }
  if (line === 1) text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { line, ok: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, ok: false, error: 'each line must be one article object' };
  }
  const parsed = ArticleInputSchema.safeParse(value);
  return parsed.success
    ? { line, ok: true, article: parsed.data }
    : { line, ok: false, error: describeIssues(parsed.error).join('; ') };
}

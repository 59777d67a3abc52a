// Turns codebook text into a YAML node tree that still knows where each node came from,
// so every validation problem can be reported at its line and column.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { CodebookIssue } from './errors.js';

export interface ParsedSource {
  doc: Document.Parsed;
  issues: IssueCollector;
  /** False when the text is broken so badly that checking its structure would only add noise. */
  structureUsable: boolean;
}

/** Collects issues for one file, turning character offsets into line and column. */
export class IssueCollector {
  readonly list: CodebookIssue[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  addAt(offset: number, path: string, message: string): void {
    const { line, col } = this.position(offset);
    this.list.push({ file: this.file, line, column: col, path, message });
  }

  lineAt(offset: number): number {
    return this.position(offset).line;
  }

  private position(offset: number): { line: number; col: number } {
    const { line, col } = this.lines.linePos(offset);
    // LineCounter reports line 0 before the first newline is registered; a file is 1-based.
    return { line: Math.max(line, 1), col: Math.max(col, 1) };
  }
}

/** A codebook is JSON when the file says so or when its first meaningful character opens an object. */
export function looksLikeJson(text: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[';
}

/**
 * YAML accepts things JSON does not (comments, trailing commas, bare words), so a JSON file is
 * first checked by the JSON parser itself; its error position is mapped to a line.
 */
function checkJsonSyntax(text: string, issues: IssueCollector): boolean {
  try {
    // A byte-order mark is legal at the start of a UTF-8 file but not JSON; the offsets
    // below count it, so positions stay those of the file.
    JSON.parse(text.replace(/^\uFEFF/, ' '));
    return true;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    issues.addAt(jsonErrorOffset(message, text), '', `not valid JSON: ${message}`);
    return false;
  }
}

function jsonErrorOffset(message: string, text: string): number {
  const atPosition = /position (\d+)/.exec(message);
  if (atPosition?.[1]) return Number(atPosition[1]);
  const atLine = /line (\d+) column (\d+)/.exec(message);
  if (atLine?.[1] && atLine[2]) {
    let offset = 0;
    for (let line = 1; line < Number(atLine[1]); line++) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(atLine[2]) - 1;
  }
  // "Unexpected end of JSON input" and similar name no position: the end is where it broke.
  return /end of/i.test(message) ? text.length : 0;
}

export function parseSource(text: string, fileName: string): ParsedSource {
  const lines = new LineCounter();
  // JSON is YAML 1.2, so one parser gives node ranges for both formats.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const issues = new IssueCollector(fileName, lines);
  if (looksLikeJson(text, fileName) && !checkJsonSyntax(text, issues)) {
    return { doc, issues, structureUsable: false };
  }
  let structureUsable = true;
  for (const error of doc.errors) {
    const what = error.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error';
    issues.addAt(error.pos[0], '', `${what}: ${firstLine(error.message)}`);
    // A repeated key leaves the rest of the tree intact; anything else may not.
    if (error.code !== 'DUPLICATE_KEY') structureUsable = false;
  }
  return { doc, issues, structureUsable };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

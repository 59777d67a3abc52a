import { readFile } from 'node:fs/promises';
import type { Document, Node as YamlNode } from 'yaml';
import { CodebookReadError, CodebookValidationError, type CodebookIssue } from './errors.js';
import { findCodebookWarnings } from './lint.js';
import { parseSource, type IssueCollector } from './source.js';
import type { Codebook } from './types.js';
import { readCodebook } from './validate.js';

interface ParsedCodebook {
  codebook: Codebook;
  doc: Document.Parsed;
  issues: IssueCollector;
}

function parseAndValidate(text: string, fileName: string): ParsedCodebook {
  const { doc, issues, structureUsable } = parseSource(text, fileName);
  if (structureUsable && doc.contents === null) {
    issues.addAt(0, '', 'the file is empty; expected a codebook with version, name, actors and topics');
  }
  const codebook = structureUsable && doc.contents !== null ? readCodebook(doc, issues) : undefined;
  if (issues.list.length > 0 || !codebook) {
    throw new CodebookValidationError(
      [...issues.list].sort((a, b) => a.line - b.line || a.column - b.column),
    );
  }
  return { codebook, doc, issues };
}

/**
 * Parses and validates a codebook written in YAML or JSON (same structure). `fileName` is
 * used to detect JSON and to name the file in errors. Throws CodebookValidationError
 * (code CODEBOOK_INVALID) listing every problem with its line and column.
 */
export function parseCodebook(text: string, fileName: string): Codebook {
  return parseAndValidate(text, fileName).codebook;
}

/** `actors[3].names.en[1]` → ['actors', 3, 'names', 'en', 1], the key path YAML documents use. */
function pathKeys(path: string): Array<string | number> {
  return path.split('.').flatMap((part) => {
    const [key, ...indices] = part.split('[');
    return [key!, ...indices.map((i) => Number(i.replace(']', '')))];
  });
}

/**
 * Like parseCodebook, and also returns warnings (see findCodebookWarnings) located at their
 * line and column: things that are valid but usually mistakes.
 */
export function parseCodebookWithWarnings(
  text: string,
  fileName: string,
): { codebook: Codebook; warnings: CodebookIssue[] } {
  const { codebook, doc, issues } = parseAndValidate(text, fileName);
  for (const warning of findCodebookWarnings(codebook)) {
    const node = doc.getIn(pathKeys(warning.path), true) as YamlNode | undefined;
    issues.addAt(node?.range?.[0] ?? 0, warning.path, warning.message);
  }
  return { codebook, warnings: issues.list };
}

async function readCodebookText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new CodebookReadError(path, err);
  }
}

/** Reads a codebook file (UTF-8, YAML or JSON) and validates it. */
export async function loadCodebookFile(path: string): Promise<Codebook> {
  return parseCodebook(await readCodebookText(path), path);
}

/** Reads a codebook file, validates it and reports its warnings (see parseCodebookWithWarnings). */
export async function loadCodebookFileWithWarnings(
  path: string,
): Promise<{ codebook: Codebook; warnings: CodebookIssue[] }> {
  return parseCodebookWithWarnings(await readCodebookText(path), path);
}

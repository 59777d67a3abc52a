import { readFile } from 'node:fs/promises';
import { CodebookReadError, CodebookValidationError } from './errors.js';
import { parseSource } from './source.js';
import type { Codebook } from './types.js';
import { readCodebook } from './validate.js';

/**
 * Parses and validates a codebook written in YAML or JSON (same structure). `fileName` is
 * used to detect JSON and to name the file in errors. Throws CodebookValidationError
 * (code CODEBOOK_INVALID) listing every problem with its line and column.
 */
export function parseCodebook(text: string, fileName: string): Codebook {
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
  return codebook;
}

/** Reads a codebook file (UTF-8, YAML or JSON) and validates it. */
export async function loadCodebookFile(path: string): Promise<Codebook> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new CodebookReadError(path, err);
  }
  return parseCodebook(text, path);
}

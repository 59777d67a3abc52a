// One batch of input lines through the extractor: the unit of work the `extract` command hands
// to its worker threads (or runs in-process with --jobs 1), so both paths share one code path.
import { parseArticleLine } from './article-line.js';
import type { Extractor, Statement } from './engine.js';

/** Non-blank input lines with their 1-based line numbers in the input file. */
export interface LineBatch {
  lineNos: number[];
  lines: string[];
}

/** A line that was skipped, and why (reported as FILE:LINE: message). */
export interface LineProblem {
  lineNo: number;
  message: string;
}

export interface BatchResult {
  /** One output row per extracted article, each ending in a newline, in input order. */
  rows: string;
  problems: LineProblem[];
  articles: number;
}

/** The output row, with keys in the order of the documented format. */
export function formatPrediction(id: string, statements: readonly Statement[]): string {
  return JSON.stringify({
    id,
    statements: statements.map((s) => ({
      actor: s.actor,
      topic: s.topic,
      stance: s.stance,
      confidence: s.confidence,
      evidence: s.evidence,
      start: s.start,
      end: s.end,
    })),
  });
}

export function extractBatch(extractor: Extractor, batch: LineBatch): BatchResult {
  let rows = '';
  const problems: LineProblem[] = [];
  let articles = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const lineNo = batch.lineNos[i]!;
    const parsed = parseArticleLine(batch.lines[i]!);
    if (!parsed.ok) {
      problems.push({ lineNo, message: parsed.error });
      continue;
    }
    let statements: Statement[];
    try {
      statements = extractor.extract(parsed.article);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      problems.push({
        lineNo,
        message: `extraction failed for article ${JSON.stringify(parsed.article.id)}: ${reason}`,
      });
      continue;
    }
    articles++;
    rows += formatPrediction(parsed.article.id, statements) + '\n';
  }
  return { rows, problems, articles };
}

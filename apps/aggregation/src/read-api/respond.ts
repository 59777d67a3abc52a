import type { Response } from 'express';
import { toCsv, type CsvColumn } from '@stance/positions';

/**
 * Sends a table as JSON (the given object) or CSV (the rows, with a BOM so spreadsheet programs
 * read Arabic as UTF-8). Controllers return the result with @Res({ passthrough: true }).
 */
export function respondTable<Row>(
  res: Response,
  format: 'json' | 'csv',
  json: object,
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  filename: string,
): object | string {
  if (format === 'json') return json;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}.csv"`);
  return toCsv(rows, columns, { bom: true });
}

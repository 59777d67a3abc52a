import { PositionsError } from './errors.js';

export type CsvValue = string | number | boolean | Date | null | undefined;

/** A column: a key of the row, or a header with an accessor. */
export type CsvColumn<Row> =
  (keyof Row & string) | { readonly header: string; readonly value: (row: Row) => CsvValue };

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so spreadsheet programs read Arabic text as UTF-8. */
  readonly bom?: boolean;
}

// Spreadsheet programs evaluate text cells starting with these as formulas (CSV injection);
// tab and carriage return are included because some programs strip them before evaluating.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

function formatValue(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new PositionsError('INVALID_ARGUMENT', 'CSV cell holds an invalid Date');
    return value.toISOString();
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Text that a spreadsheet would run as a formula is neutralised with a leading apostrophe.
  // Numbers are exempt: a negative net score must stay a number.
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** RFC 4180 quoting: fields holding a comma, quote, CR or LF are quoted, quotes are doubled. */
function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function columnHeader<Row>(column: CsvColumn<Row>): string {
  return typeof column === 'string' ? column : column.header;
}

function columnValue<Row>(column: CsvColumn<Row>, row: Row): CsvValue {
  if (typeof column !== 'string') return column.value(row);
  const value = row[column as keyof Row] as unknown;
  if (
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  throw new PositionsError(
    'INVALID_ARGUMENT',
    `CSV column ${JSON.stringify(column)} holds a ${typeof value}; use an accessor column to format it`,
  );
}

/**
 * Renders rows as RFC 4180 CSV (CRLF line ends, header line first). Text cells starting with
 * = + - @ tab or CR are prefixed with ' so spreadsheets do not execute them.
 */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  options: CsvOptions = {},
): string {
  if (columns.length === 0) throw new PositionsError('INVALID_ARGUMENT', 'CSV needs at least one column');
  const lines = [columns.map((c) => quoteField(formatValue(columnHeader(c)))).join(',')];
  for (const row of rows)
    lines.push(columns.map((c) => quoteField(formatValue(columnValue(c, row)))).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/**
 * Reading BLS's own files for `job-widgets-tools data refresh` (refresh.ts): the OEWS national file
 * (national_M2025_dl.xlsx, or a CSV export of it) and the Employment Projections occupation table
 * (occupation.xlsx, Table 1.2, or a CSV export). The parsers are maintained libraries, imported only
 * when a file of their kind is read: csv-parse (sync API) for .csv, read-excel-file (Node entry) for .xlsx.
 *
 * Columns are found by their titles, never by position: the OEWS file's by name (OCC_CODE, A_MEDIAN…,
 * in any case), the projections table's by their words ("Employment change, percent, 2024–34"), with the
 * period read from the title. A column that is missing fails with a message naming it.
 */
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { reason, visible } from './files.js';

export type Cell = string | number | boolean | Date | null | undefined | object;

/** A file that cannot be used as given (unreadable, not a table, a column missing): exit code 1. */
export class TableError extends Error {}

/** One sheet of a workbook, or the one table of a CSV file. */
interface Sheet {
  name: string | undefined;
  rows: Cell[][];
}

/** Every table in `file` (each sheet of a workbook; a CSV file is one), read with the library for its kind. */
async function readSheets(file: string): Promise<Sheet[]> {
  const name = visible(file);
  const kind = /\.(csv|xlsx)$/i.exec(file)?.[1]?.toLowerCase();
  if (!kind) throw new TableError(`${name}: not a .csv or .xlsx file (BLS publishes .xlsx; an export of it as .csv works too)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new TableError(`${name}: cannot be read: ${reason(error)}`);
  }
  try {
    if (kind === 'csv') {
      const { parse } = await import('csv-parse/sync');
      const rows = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
      return [{ name: undefined, rows }];
    }
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const sheets = await readXlsxFile(bytes);
    return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as Cell[][] }));
  } catch (error) {
    throw new TableError(`${name}: cannot be read as ${kind === 'csv' ? 'CSV' : 'an .xlsx workbook'}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** A cell as trimmed text ('' for an empty one). */
export const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** A cell read as a figure: a number (also "1,234.5"), or why not, with BLS's mark when it is one. */
export type Value = { ok: true; value: number } | { ok: false; mark: '*' | '**' | '#' | undefined; why: string };

export function readValue(cell: Cell): Value {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, mark: undefined, why: `not a number (${cell})` };
  const t = text(cell);
  if (t === '*' || t === '**') return { ok: false, mark: t, why: `not released (${t} in the file)` };
  if (t === '#') return { ok: false, mark: '#', why: 'at or above the top-coded amount (# in the file)' };
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t) || /^[-+]?\.\d+$/.test(t)) return { ok: true, value: Number(t.replace(/,/g, '')) };
  return { ok: false, mark: undefined, why: t ? `not a number ("${t.slice(0, 40)}")` : 'empty' };
}

/** How many rows from the top a header row is looked for (titles and notes come first in BLS's tables). */
const HEADER_SEARCH = 30;

/** A row of a table, by column name. */
export type Row = Record<string, Cell>;

// ---------------------------------------------------------------------------------------------------
// OEWS national file

const OEWS_NEEDED = ['OCC_CODE', 'A_MEDIAN', 'A_PCT10', 'A_PCT25', 'A_PCT75', 'A_PCT90'] as const;
/** Columns used when present, to pick the cross-industry national row among several for a code. */
const OEWS_OPTIONAL = ['O_GROUP', 'I_GROUP', 'NAICS', 'AREA_TYPE', 'OCC_TITLE'] as const;

export interface Wages {
  median: Value;
  p10: Value;
  p25: Value;
  p75: Value;
  p90: Value;
}

export interface OewsFile {
  /** The rows of an occupation code, as found (several when the file has industries or groups). */
  rows: Map<string, Row[]>;
  columns: Set<string>;
}

/** The OEWS national file: the first sheet whose header row has OCC_CODE; every needed column or a TableError. */
export async function readOews(file: string): Promise<OewsFile> {
  const sheets = await readSheets(file);
  for (const sheet of sheets) {
    const at = sheet.rows.slice(0, HEADER_SEARCH).findIndex((row) => row.some((cell) => text(cell).toUpperCase() === 'OCC_CODE'));
    if (at < 0) continue;
    const header = sheet.rows[at]!.map((cell) => text(cell).toUpperCase());
    const missing = OEWS_NEEDED.filter((name) => !header.includes(name));
    if (missing.length) {
      throw new TableError(
        `${visible(file)}${sheet.name ? ` (sheet "${sheet.name}")` : ''}: no column ${missing.map((m) => `"${m}"`).join(', ')} in the OEWS header row (it has ${header.filter(Boolean).join(', ')})`,
      );
    }
    const wanted = [...OEWS_NEEDED, ...OEWS_OPTIONAL].filter((name) => header.includes(name));
    const rows = new Map<string, Row[]>();
    for (const cells of sheet.rows.slice(at + 1)) {
      const row: Row = Object.fromEntries(wanted.map((name) => [name, cells[header.indexOf(name)]]));
      const code = text(row.OCC_CODE);
      if (!code) continue;
      rows.set(code, [...(rows.get(code) ?? []), row]);
    }
    return { rows, columns: new Set(wanted) };
  }
  throw new TableError(`${visible(file)}: no column "OCC_CODE": not an OEWS file (its header row names OCC_CODE, O_GROUP, A_MEDIAN, A_PCT10…)`);
}

/**
 * The wages of SOC code `soc`: the cross-industry national row. Rows of one industry (I_GROUP other
 * than "cross-industry", NAICS other than 000000) or of a smaller area (AREA_TYPE other than 1) are never
 * used; among the rest the O_GROUP of the code's kind is preferred ("broad" for a code ending in 0, such
 * as 15-1230, else "detailed"). Several rows left with different figures: none is chosen.
 */
export function wagesFor(oews: OewsFile, soc: string): { ok: true; wages: Wages } | { ok: false; why: string } {
  let rows = oews.rows.get(soc) ?? [];
  if (rows.length === 0) return { ok: false, why: `no row for ${soc} in the OEWS file` };
  const keep = (column: string, test: (value: string) => boolean) => {
    if (oews.columns.has(column)) rows = rows.filter((row) => test(text(row[column]).toLowerCase()));
  };
  keep('I_GROUP', (v) => v === 'cross-industry' || v === '');
  keep('NAICS', (v) => /^0+$/.test(v) || v === '');
  keep('AREA_TYPE', (v) => v === '1' || v === '');
  if (rows.length === 0) return { ok: false, why: `no cross-industry national row for ${soc} in the OEWS file` };
  const group = soc.endsWith('0') ? 'broad' : 'detailed';
  const ofGroup = rows.filter((row) => text(row.O_GROUP).toLowerCase() === group);
  if (ofGroup.length) rows = ofGroup;
  const wages = rows.map(
    (row): Wages => ({ median: readValue(row.A_MEDIAN), p10: readValue(row.A_PCT10), p25: readValue(row.A_PCT25), p75: readValue(row.A_PCT75), p90: readValue(row.A_PCT90) }),
  );
  if (new Set(wages.map((w) => JSON.stringify(w))).size > 1) return { ok: false, why: `${rows.length} different cross-industry rows for ${soc} in the OEWS file` };
  return { ok: true, wages: wages[0]! };
}

/** The OEWS survey month of a file named as BLS names it: national_M2025_dl.xlsx → 2025-05 (OEWS estimates are for May). */
export function surveyFromName(file: string): string | undefined {
  const year = /_M((?:19|20)\d\d)_dl\b/i.exec(basename(file))?.[1];
  return year && `${year}-05`;
}

// ---------------------------------------------------------------------------------------------------
// Employment Projections occupation table

export interface Period {
  from: number;
  to: number;
}

export interface ProjectionsFile {
  growthPeriod: Period;
  openingsPeriod: Period;
  growthTitle: string;
  openingsTitle: string;
  /** Openings are multiplied by this: 1000 when the table is in thousands, as BLS publishes it. */
  openingsScale: number;
  /** How the unit of openings was known, for the report. */
  unitFrom: string;
  rows: Map<string, Row[]>;
}

/** The words that identify each column (lower case, in the title); what the message calls it. */
const EP_COLUMNS = {
  code: { words: ['code'], called: '… code (the occupation code, e.g. "2024 National Employment Matrix code")' },
  growth: { words: ['employment change', 'percent'], called: '"Employment change, percent, YYYY–YY"' },
  openings: { words: ['openings', 'annual'], called: '"Occupational openings, YYYY–YY annual average"' },
} as const;

const normal = (title: string) => title.toLowerCase().replace(/\s+/g, ' ');
const has = (title: string, words: readonly string[]) => words.every((word) => normal(title).includes(word));

/** The period a title gives: "2024–34" (any dash) → 2024 to 2034; "2024-2034" too. */
export function periodOf(title: string): Period | undefined {
  const m = /\b((?:19|20)\d\d)\s*[-‐‑‒–—]\s*(\d{4}|\d{2})\b/.exec(title);
  if (!m) return undefined;
  const from = Number(m[1]);
  let to = m[2]!.length === 4 ? Number(m[2]) : from - (from % 100) + Number(m[2]);
  if (to <= from && m[2]!.length === 2) to += 100;
  return to > from ? { from, to } : undefined;
}

export type OpeningsUnit = 'thousands' | 'ones';

/**
 * The projections table: the sheet (or CSV) whose header row has a code column and the growth and
 * openings columns. The unit of openings: thousands when the openings title or the table's title and
 * notes (the rows without an occupation code) say "thousands", as BLS's table does; otherwise `unit`
 * (`--openings-unit`), by default thousands, as BLS publishes it. A unit given that contradicts the
 * table's own words is an error.
 */
export async function readProjections(file: string, unit: OpeningsUnit | undefined): Promise<ProjectionsFile> {
  const sheets = await readSheets(file);
  let best: { sheet: Sheet; at: number; found: number } | undefined;
  for (const sheet of sheets) {
    sheet.rows.slice(0, HEADER_SEARCH).forEach((row, at) => {
      const titles = row.map(text);
      if (!titles.some((t) => has(t, EP_COLUMNS.code.words))) return;
      const found = titles.filter((t) => has(t, EP_COLUMNS.growth.words) || has(t, EP_COLUMNS.openings.words)).length;
      if (!best || found > best.found) best = { sheet, at, found };
    });
  }
  const name = visible(file);
  if (!best) throw new TableError(`${name}: no column ${EP_COLUMNS.code.called}: not BLS's Employment Projections occupation table`);
  const { sheet, at } = best;
  const where = `${name}${sheet.name ? ` (sheet "${sheet.name}")` : ''}`;
  const header = sheet.rows[at]!.map(text);
  const column = (key: keyof typeof EP_COLUMNS) => header.findIndex((t) => has(t, EP_COLUMNS[key].words));
  const index = { code: column('code'), growth: column('growth'), openings: column('openings') };
  const missing = (['growth', 'openings'] as const).filter((key) => index[key] < 0);
  if (missing.length) throw new TableError(`${where}: no column ${missing.map((key) => EP_COLUMNS[key].called).join(' or ')} in the header row`);
  const growthTitle = header[index.growth]!;
  const openingsTitle = header[index.openings]!;
  const period = (title: string) => {
    const p = periodOf(title);
    if (!p) throw new TableError(`${where}: the column "${title}" gives no period (such as 2024–34)`);
    return p;
  };
  const typeAt = header.findIndex((t) => normal(t) === 'occupation type');
  const rows = new Map<string, Row[]>();
  const notes: string[] = sheet.rows.slice(0, at).flat().map(text);
  for (const cells of sheet.rows.slice(at + 1)) {
    const code = text(cells[index.code]);
    if (!/^\d\d-\d{4}$/.test(code)) {
      notes.push(...cells.map(text)); // titles, notes and footnotes
      continue;
    }
    const row: Row = { code, growth: cells[index.growth], openings: cells[index.openings], type: typeAt < 0 ? undefined : cells[typeAt] };
    rows.set(code, [...(rows.get(code) ?? []), row]);
  }
  const says = [openingsTitle, ...notes].find((t) => /\bthousands\b/i.test(t));
  if (says && unit === 'ones') throw new TableError(`${where}: --openings-unit ones, but the table says its numbers are in thousands ("${says.slice(0, 80)}")`);
  const unitFrom = says ? 'in thousands, as the table says' : unit ? `in ${unit}, as --openings-unit says` : 'in thousands, as BLS publishes them (the table does not say; --openings-unit ones if not)';
  return {
    growthPeriod: period(growthTitle),
    openingsPeriod: period(openingsTitle),
    growthTitle,
    openingsTitle,
    openingsScale: says || unit !== 'ones' ? 1000 : 1,
    unitFrom,
    rows,
  };
}

/** The projections of `soc`: its row ("Line item" preferred when a code has several). */
export function projectionsFor(ep: ProjectionsFile, soc: string): { ok: true; growth: Value; openings: Value } | { ok: false; why: string } {
  let rows = ep.rows.get(soc) ?? [];
  if (rows.length === 0) return { ok: false, why: `no row for ${soc} in the projections table` };
  const lineItems = rows.filter((row) => text(row.type).toLowerCase() === 'line item');
  if (lineItems.length) rows = lineItems;
  const values = rows.map((row) => ({ growth: readValue(row.growth), openings: readValue(row.openings) }));
  if (new Set(values.map((v) => JSON.stringify(v))).size > 1) return { ok: false, why: `${rows.length} different rows for ${soc} in the projections table` };
  return { ok: true, ...values[0]! };
}

import type { Cell, Diagnostic, Grid, Severity } from "../types";
import { cellAddress, gridRows, isBlank } from "../cells";
import { normalizeHeader } from "../headers";
import type { ColumnDef } from "../schema";
import { failure, success, type Result } from "../result";

export interface TableRow {
  /** Index in `grid.rows`. */
  readonly index: number;
  readonly cells: readonly Cell[];
}

/** A grid with its header located and its columns matched. */
export interface Table<K extends string> {
  readonly grid: Grid;
  readonly headerIndex: number;
  readonly headerCells: readonly Cell[];
  /** Column index of each column found. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** Data rows below the header that are not entirely blank. */
  readonly rows: readonly TableRow[];
}

export function diagnostic(severity: Severity, grid: Grid, row: number, col: number, message: string): Diagnostic {
  return { severity, sheet: grid.sheet, cell: cellAddress(grid, row, col), message };
}

/** The one-line reason of a fatal diagnostic: where, then what. */
export function fatalReason(d: Diagnostic): string {
  return `${d.sheet}!${d.cell}: ${d.message}`;
}

export type TableResult<K extends string> = Result<Table<K>, Diagnostic>;

/**
 * Finds the header (the first row that is not blank: a CSV's row 1, or a table's header row) and
 * matches `specs` against it. A missing required column is fatal (all are named at once): no row of
 * the table could be read.
 */
export function readTable<K extends string>(grid: Grid, specs: Readonly<Record<K, ColumnDef>>): TableResult<K> {
  const rows = gridRows(grid);
  const headerIndex = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  if (headerIndex < 0) {
    return failure(
      diagnostic(
        "error",
        grid,
        0,
        0,
        `the ${grid.sheet} table is empty: it needs a header row (${requiredLabels(specs)}) and rows below it`,
      ),
    );
  }
  const headerCells = rows[headerIndex] ?? [];
  const byHeader = new Map<string, number>();
  headerCells.forEach((c, i) => {
    const key = normalizeHeader(c);
    if (key !== "" && !byHeader.has(key)) byHeader.set(key, i);
  });
  const columns: Partial<Record<K, number>> = {};
  const missing: string[] = [];
  for (const key of Object.keys(specs) as K[]) {
    const spec = specs[key];
    const names = [normalizeHeader(spec.label), ...(spec.aliases ?? [])];
    const found = names.map((n) => byHeader.get(n)).find((i) => i !== undefined);
    if (found !== undefined) columns[key] = found;
    else if (spec.required) missing.push(`"${spec.label}"`);
  }
  // Every missing column in one message: one run, one fix.
  if (missing.length > 0) {
    const seen = headerCells.filter((c) => !isBlank(c)).map((c) => String(c).trim());
    const what = missing.length > 1 ? `${missing.join(", ")} columns` : `${missing[0]} column`;
    const message = `the ${grid.sheet} table has no ${what} (its header row has: ${seen.join(", ")}): add ${missing.length > 1 ? "those columns" : "that column"}`;
    return failure(diagnostic("error", grid, headerIndex, 0, message));
  }
  const data: TableRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.some((c) => !isBlank(c))) data.push({ index: i, cells });
  }
  return success({ grid, headerIndex, headerCells, columns, rows: data });
}

function requiredLabels(specs: Readonly<Record<string, ColumnDef>>): string {
  return Object.values(specs)
    .filter((s) => s.required)
    .map((s) => s.label)
    .join(", ");
}

/** The cell of `row` in column `key` (undefined when the column or the cell is absent). */
export function cellOf<K extends string>(table: Table<K>, row: TableRow, key: K): Cell | undefined {
  const col = table.columns[key];
  return col === undefined ? undefined : row.cells[col];
}

/** A diagnostic at `row`'s cell in column `key` (the row's first cell when the column is absent). */
export function rowDiagnostic<K extends string>(
  table: Table<K>,
  row: TableRow,
  key: K | null,
  severity: Severity,
  message: string,
): Diagnostic {
  const col = key === null ? 0 : (table.columns[key] ?? 0);
  return diagnostic(severity, table.grid, row.index, col, message);
}

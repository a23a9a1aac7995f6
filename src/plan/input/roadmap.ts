import type { Diagnostic, Grid, Initiative, Settings, Workstream } from "../types";
import type { Month } from "../calendar";
import { addMonths, formatMonth } from "../calendar";
import { cellText, isBlank, quote } from "../cells";
import { nameKey } from "../headers";
import { readFraction, readMonth, readPriority, readSize } from "../values";
import { BACKFILL_CODE, keyCode, nameForHash } from "../ids";
import type { Table, TableRow } from "./table";
import { cellOf, readTable, rowDiagnostic } from "./table";
import { TABLES } from "../schema";
import { success, type Result } from "../result";

const COLUMNS = TABLES.Roadmap.columns;

/** Above this a Size is more people than five size-M initiatives: likely story points (docs/spec.md §3). */
export const SIZE_WARNING_ABOVE = 5;

/** `committed` mode keeps only rows at least this likely. */
export const COMMITTED_CONFIDENCE = 0.7;

export interface RoadmapResult {
  /** Rows that passed validation, in the plan window or not. */
  readonly validRows: number;
  /** Valid rows that touch the plan window, clipped to it, in roadmap order. */
  readonly initiatives: readonly Initiative[];
}

function weightOf(settings: Settings, confidence: number): number {
  if (settings.confidenceMode === "weighted") return confidence;
  if (settings.confidenceMode === "committed") return confidence >= COMMITTED_CONFIDENCE ? 1 : 0;
  return 1;
}

const MONTH_HINT = "write 2027-03, Mar 2027, Q1 2027 or a date";

type Column = keyof typeof COLUMNS;

/** The plan window and the lookups every row is checked against. */
interface RowContext {
  readonly table: Table<Column>;
  readonly workstreams: ReadonlyMap<string, Workstream>;
  readonly settings: Settings;
  readonly first: Month;
  readonly last: Month;
  /** Sheet row of each initiative name seen so far (ignoring case and runs of white space). */
  readonly seen: Map<string, number>;
  /** Sheet row of each Key code seen so far, whatever that row's own problems. */
  readonly keys: Map<string, number>;
  readonly out: Diagnostic[];
}

/**
 * The Roadmap: every row is checked cell by cell; a row with any error is left out (all its errors
 * are reported at once so one pass fixes them), the rest are clipped to the plan window.
 */
export function readRoadmap(
  grid: Grid,
  workstreams: readonly Workstream[],
  settings: Settings,
  out: Diagnostic[],
): Result<RoadmapResult, Diagnostic> {
  const read = readTable(grid, COLUMNS);
  if (!read.ok) return read;
  const ctx: RowContext = {
    table: read.value,
    workstreams: new Map(workstreams.map((w) => [nameKey(w.name), w])),
    settings,
    first: settings.planStart,
    last: addMonths(settings.planStart, settings.horizonMonths - 1),
    seen: new Map(),
    keys: new Map(),
    out,
  };
  const initiatives: Initiative[] = [];
  let validRows = 0;
  read.value.rows.forEach((row, order) => {
    const result = readRow(ctx, row, order);
    if (result === null) return;
    validRows += 1;
    if (result !== "outside") initiatives.push(result);
  });
  return success({ validRows, initiatives });
}

/** One roadmap row: its initiative, "outside" the plan window, or null when it has errors. */
function readRow(ctx: RowContext, row: TableRow, order: number): Initiative | "outside" | null {
  const { table, first, last } = ctx;
  // No closures in here: tsx's keepNames wraps each one per row, which costs more than the row.
  const errors: Diagnostic[] = [];
  const cells = {
    name: cellOf(table, row, "name"),
    workstream: cellOf(table, row, "workstream"),
    start: cellOf(table, row, "start"),
    end: cellOf(table, row, "end"),
    size: cellOf(table, row, "size"),
    confidence: cellOf(table, row, "confidence"),
    priority: cellOf(table, row, "priority"),
  };
  const sheetRow = table.grid.originRow + row.index;

  const name = cellText(cells.name);
  const earlier = ctx.seen.get(nameForHash(name));
  if (name === "")
    rowError(
      errors,
      table,
      row,
      "name",
      "missing initiative: this row has no Initiative name; name it (names must be unique) or clear the row",
    );
  else if (earlier !== undefined)
    rowError(
      errors,
      table,
      row,
      "name",
      `duplicate initiative: ${quote(name)} is already on row ${earlier}; rename one of them or merge the rows`,
    );
  else ctx.seen.set(nameForHash(name), sheetRow);

  const wsText = cellText(cells.workstream);
  const ws = ctx.workstreams.get(nameKey(wsText));
  if (!ws) {
    rowError(
      errors,
      table,
      row,
      "workstream",
      wsText === ""
        ? "Workstream is empty: pick one of the rows of Workstreams"
        : `unknown workstream ${quote(wsText)}: pick one of the rows of Workstreams (names must match, case ignored) or add it there`,
    );
  }
  const start = readMonth(cells.start, "start");
  if (start === null)
    rowError(
      errors,
      table,
      row,
      "start",
      `Start ${isBlank(cells.start) ? "is empty" : `${quote(cells.start)} is not a month`}: ${MONTH_HINT}`,
    );
  const end = readMonth(cells.end, "end");
  if (end === null)
    rowError(errors, table, row, "end", `End ${isBlank(cells.end) ? "is empty" : `${quote(cells.end)} is not a month`}: ${MONTH_HINT}`);
  if (start !== null && end !== null && end < start) {
    rowError(errors, table, row, "end", `End (${formatMonth(end)}) is before Start (${formatMonth(start)}): swap them or fix the dates`);
  }
  const size = readSize(cells.size);
  if (size === null) {
    rowError(
      errors,
      table,
      row,
      "size",
      `Size ${isBlank(cells.size) ? "is empty" : `${quote(cells.size)} is not a size`}: use S, M, L, XL or a number above 0 up to 50 (M = 1)`,
    );
  }
  const confidence = isBlank(cells.confidence) ? 1 : readFraction(cells.confidence);
  if (confidence === null)
    rowError(
      errors,
      table,
      row,
      "confidence",
      `Confidence ${quote(cells.confidence)} is not between 0 and 1: write 0.8 or 80% (blank means 100%)`,
    );
  const priority = isBlank(cells.priority) ? "P1" : readPriority(cells.priority);
  if (priority === null)
    rowError(errors, table, row, "priority", `Priority ${quote(cells.priority)} is not P0, P1, P2 or P3 (blank means P1)`);
  const key = cellText(cellOf(table, row, "key"));
  const code = keyCode(key);
  const keyRow = ctx.keys.get(code);
  if (code !== "" && keyRow !== undefined) {
    rowError(
      errors,
      table,
      row,
      "key",
      `duplicate Key: ${quote(key)} reads as ${code}, the Key on row ${keyRow}; hire ids need one Key per initiative, so change one of them`,
    );
  } else if (code !== "") ctx.keys.set(code, sheetRow);
  if (code === BACKFILL_CODE) {
    ctx.out.push(
      rowDiagnostic(
        table,
        row,
        "key",
        "warning",
        `Key ${quote(key)} reads as ${BACKFILL_CODE}, the code of backfill hires: this initiative's hire ids use a code made from its name instead; give it another Key`,
      ),
    );
  }

  if (errors.length > 0 || !ws || start === null || end === null || size === null || confidence === null || priority === null) {
    ctx.out.push(...errors);
    return null;
  }
  if (size > SIZE_WARNING_ABOVE) {
    ctx.out.push(
      rowDiagnostic(
        table,
        row,
        "size",
        "warning",
        `Size ${quote(cells.size)} of ${quote(name)} means ${size} size-M initiatives' worth of people: check it is not story points or days (S, M, L, XL or a number up to 5 is usual)`,
      ),
    );
  }
  if (end < first || start > last) {
    ctx.out.push(
      rowDiagnostic(
        table,
        row,
        "name",
        "warning",
        `outside horizon: ${describeRun(name, start, end)}, wholly outside the plan (${describeWindow(first, last)}); it is left out`,
      ),
    );
    return "outside";
  }
  const from = (start < first ? first : start) as Month;
  const to = (end > last ? last : end) as Month;
  if (from !== start || to !== end) {
    ctx.out.push(
      rowDiagnostic(
        table,
        row,
        "name",
        "warning",
        `clipped to horizon: ${describeRun(name, start, end)}, partly outside the plan (${describeWindow(first, last)}); only ${describeWindow(from, to)} is planned`,
      ),
    );
  }
  return {
    name,
    key,
    workstream: ws.name,
    start: from,
    end: to,
    size,
    confidence,
    priority,
    owner: cellText(cellOf(table, row, "owner")),
    notes: cellText(cellOf(table, row, "notes")),
    sheetRow,
    order,
    writtenStart: start,
    writtenEnd: end,
    weight: weightOf(ctx.settings, confidence),
  };
}

function rowError(errors: Diagnostic[], table: Table<Column>, row: TableRow, key: Column, message: string): void {
  errors.push(rowDiagnostic(table, row, key, "error", message));
}

function describeRun(name: string, start: Month, end: Month): string {
  return `${quote(name)} runs ${describeWindow(start, end)}`;
}

function describeWindow(from: Month, to: Month): string {
  return `${formatMonth(from)}..${formatMonth(to)}`;
}

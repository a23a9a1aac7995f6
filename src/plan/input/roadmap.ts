import type { Cell, Diagnostic, Grid, Initiative, Settings, Workstream } from "../types";
import type { Month } from "../calendar";
import { addMonths, formatMonth } from "../calendar";
import { cellText, isBlank, quote } from "../cells";
import { nameKey } from "../headers";
import { readFraction, readMonth, readPriority, readSize } from "../values";
import { cellOf, readTable, rowDiagnostic } from "./table";

const COLUMNS = {
  name: { label: "Initiative", required: true },
  workstream: { label: "Workstream", required: true },
  start: { label: "Start", required: true },
  end: { label: "End", required: true },
  size: { label: "Size", required: true },
  confidence: { label: "Confidence", required: false },
  priority: { label: "Priority", required: false },
  owner: { label: "Owner", required: false },
  notes: { label: "Notes", required: false },
} as const;

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

/**
 * The Roadmap: every row is checked cell by cell; a row with any error is left out (all its errors
 * are reported at once so one pass fixes them), the rest are clipped to the plan window.
 */
export function readRoadmap(grid: Grid, workstreams: readonly Workstream[], settings: Settings, out: Diagnostic[]): RoadmapResult | { readonly fatal: Diagnostic } {
  const read = readTable(grid, COLUMNS);
  if ("fatal" in read) return read;
  const { table } = read;
  const byName = new Map(workstreams.map((w) => [nameKey(w.name), w]));
  const first = settings.planStart;
  const last = addMonths(first, settings.horizonMonths - 1);
  const window = `${formatMonth(first)}..${formatMonth(last)}`;
  const seen = new Map<string, number>();
  const initiatives: Initiative[] = [];
  let validRows = 0;
  table.rows.forEach((row, order) => {
    const errors: Diagnostic[] = [];
    const err = (key: keyof typeof COLUMNS, message: string): void => {
      errors.push(rowDiagnostic(table, row, key, "error", message));
    };
    const cell = (key: keyof typeof COLUMNS): Cell | undefined => cellOf(table, row, key);
    const sheetRow = grid.originRow + row.index;

    const name = cellText(cell("name"));
    if (name === "") err("name", "missing initiative: this row has no Initiative name; name it (names must be unique) or clear the row");
    else if (seen.has(nameKey(name))) {
      err("name", `duplicate initiative: ${quote(name)} is already on row ${seen.get(nameKey(name))}; rename one of them or merge the rows`);
    } else seen.set(nameKey(name), sheetRow);

    const wsText = cellText(cell("workstream"));
    const ws = byName.get(nameKey(wsText));
    if (!ws) {
      err("workstream", wsText === ""
        ? "Workstream is empty: pick one of the rows of Workstreams"
        : `unknown workstream ${quote(wsText)}: pick one of the rows of Workstreams (names must match, case ignored) or add it there`);
    }
    const start = readMonth(cell("start"), "start");
    if (start === null) err("start", `Start ${isBlank(cell("start")) ? "is empty" : `${quote(cell("start"))} is not a month`}: ${MONTH_HINT}`);
    const end = readMonth(cell("end"), "end");
    if (end === null) err("end", `End ${isBlank(cell("end")) ? "is empty" : `${quote(cell("end"))} is not a month`}: ${MONTH_HINT}`);
    if (start !== null && end !== null && end < start) {
      err("end", `End (${formatMonth(end)}) is before Start (${formatMonth(start)}): swap them or fix the dates`);
    }
    const size = readSize(cell("size"));
    if (size === null) {
      err("size", `Size ${isBlank(cell("size")) ? "is empty" : `${quote(cell("size"))} is not a size`}: use S, M, L, XL or a number above 0 up to 50 (M = 1)`);
    }
    const confidence = isBlank(cell("confidence")) ? 1 : readFraction(cell("confidence"));
    if (confidence === null) err("confidence", `Confidence ${quote(cell("confidence"))} is not between 0 and 1: write 0.8 or 80% (blank means 100%)`);
    const priority = isBlank(cell("priority")) ? "P1" : readPriority(cell("priority"));
    if (priority === null) err("priority", `Priority ${quote(cell("priority"))} is not P0, P1, P2 or P3 (blank means P1)`);

    if (errors.length > 0 || !ws || start === null || end === null || size === null || confidence === null || priority === null) {
      out.push(...errors);
      return;
    }
    validRows += 1;
    if (end < first || start > last) {
      out.push(rowDiagnostic(table, row, "name", "warning",
        `outside horizon: ${quote(name)} runs ${formatMonth(start)}..${formatMonth(end)}, wholly outside the plan (${window}); it is left out`));
      return;
    }
    if (start < first || end > last) {
      const from = start < first ? first : start;
      const to = end > last ? last : end;
      out.push(rowDiagnostic(table, row, "name", "warning",
        `clipped to horizon: ${quote(name)} runs ${formatMonth(start)}..${formatMonth(end)}, partly outside the plan (${window}); only ${formatMonth(from)}..${formatMonth(to)} is planned`));
    }
    initiatives.push({
      name,
      workstream: ws.name,
      start: (start < first ? first : start) as Month,
      end: (end > last ? last : end) as Month,
      size,
      confidence,
      priority,
      owner: cellText(cell("owner")),
      notes: cellText(cell("notes")),
      sheetRow,
      order,
      writtenStart: start,
      writtenEnd: end,
      weight: weightOf(settings, confidence),
    });
  });
  return { validRows, initiatives };
}

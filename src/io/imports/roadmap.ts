/**
 * A roadmap exported from another tool → the Roadmap table of spec §1, before the engine reads it.
 * Only header names and the values of Start, End and Priority change; every cell stays where it was,
 * so the engine's diagnostics still name the cells of the user's own file. The result says what
 * was mapped, in one line the run prints.
 */
import type { Cell, Grid } from "../../plan/types";
import { cellAddress, cellText, isBlank, quote } from "../../plan/cells";
import { normalizeHeader } from "../../plan/headers";
import { convertDate, type DateOptions } from "./dates";
import { failure, success, type Result } from "../../plan/result";
import {
  CANONICAL,
  GENERIC,
  headerKey,
  PRIORITY_WORDS,
  REQUIRED,
  SYNONYMS,
  TOOL_IDS,
  TOOLS,
  type RoadmapColumn,
  type ToolProfile,
} from "./tools";

export interface ImportOptions extends DateOptions {
  /** A tool id of `TOOL_IDS` (or `generic`); absent: recognised from the headers. */
  readonly from?: string;
  /** Where the date order came from, for the message that uses it ("the locale en_GB.UTF-8"). */
  readonly dateOrderSource?: string;
}

/** The roadmap in the engine's columns, what was mapped, and the tool; or the one-line reason it cannot be. */
export type AdaptResult = Result<{ readonly grid: Grid; readonly mapped: string | null; readonly tool: string }, string>;

const COLUMNS = Object.keys(CANONICAL) as RoadmapColumn[];
const UNUSED_PREFIX = "Unused: ";

interface Header {
  readonly col: number;
  readonly text: string;
  readonly key: string;
}

/** The tool whose export this header row is: the one chosen, else the first whose signature is all there. */
export function recogniseTool(headerKeys: ReadonlySet<string>, from?: string): ToolProfile | undefined {
  if (from !== undefined) return from === GENERIC.id ? GENERIC : TOOLS.find((t) => t.id === from);
  return TOOLS.find((t) => t.signature.every((k) => headerKeys.has(k))) ?? GENERIC;
}

export function adaptRoadmap(grid: Grid, options: ImportOptions = {}): AdaptResult {
  const rows = grid.rows.map((r) => (Array.isArray(r) ? [...r] : []));
  const headerIndex = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  // An empty table is the engine's to report.
  if (headerIndex < 0) return success({ grid, mapped: null, tool: GENERIC.id });
  const headerRow = rows[headerIndex] as Cell[];
  const headers: Header[] = headerRow
    .map((c, col) => ({ col, text: cellText(c), key: headerKey(cellText(c)) }))
    .filter((h) => h.text !== "");
  const tool = recogniseTool(new Set(headers.map((h) => h.key)), options.from);
  if (!tool) return failure(`--from "${options.from}" is not a tool Headstart reads: use one of ${[...TOOL_IDS, GENERIC.id].join(", ")}`);
  const unused = new Set((tool.unused ?? []).map(headerKey));

  const found: Partial<Record<RoadmapColumn, number>> = {};
  const renames: string[] = [];
  const taken = new Set<number>();
  for (const column of COLUMNS) {
    const label = normalizeHeader(CANONICAL[column]);
    const own = headers.find((h) => !unused.has(h.key) && normalizeHeader(h.text) === label);
    if (own) {
      found[column] = own.col;
      taken.add(own.col);
      continue;
    }
    const candidates = [...(tool.columns[column] ?? []), ...SYNONYMS[column]].map(headerKey);
    const from = candidates
      .map((k) => headers.find((h) => h.key === k && !taken.has(h.col) && !unused.has(h.key)))
      .find((h) => h !== undefined);
    if (!from) continue;
    found[column] = from.col;
    taken.add(from.col);
    headerRow[from.col] = CANONICAL[column];
    renames.push(`${from.text} → ${CANONICAL[column]}`);
  }
  for (const h of headers) {
    if (unused.has(h.key) && !taken.has(h.col)) {
      headerRow[h.col] = `${UNUSED_PREFIX}${h.text}`;
      renames.push(`${h.text} not used`);
    }
  }

  const missing = REQUIRED.filter((c) => found[c] === undefined);
  if (missing.length > 0) {
    const at = `${grid.sheet}!${cellAddress(grid, headerIndex, 0)}`;
    const names = missing.map((c) => `"${CANONICAL[c]}"`);
    const hints = missing.map((c) => `"${CANONICAL[c]}" from ${[...new Set([...(tool.columns[c] ?? []), ...SYNONYMS[c]])].join(" / ")}`);
    return failure(
      `${at}: the ${grid.sheet} table has no ${names.join(", ")} column${names.length > 1 ? "s" : ""} ` +
        `(its header row has: ${headers.map((h) => h.text).join(", ")}). ${names.length > 1 ? "Each" : "It"} can be mapped from a column named: ${hints.join("; ")}. ` +
        `Rename or add ${names.length > 1 ? "those columns" : "that column"}, or name the tool the file came from with --from (${TOOL_IDS.join(", ")})`,
    );
  }

  const dates = convertDates(rows, headerIndex, found, options);
  if (!dates.ok) {
    const first = dates.error[0] as { row: number; col: number; text: string };
    const more = dates.error.length - 1;
    return failure(
      `${grid.sheet}!${cellAddress(grid, first.row, first.col)}: ${quote(first.text)} is a date written with numbers only` +
        `${more > 0 ? ` (as are ${more} more cells)` : ""}, and 1/4 is 4 January in one country and 1 April in another: ` +
        `say the order with --date-order MDY or --date-order DMY`,
    );
  }
  const priorities = convertPriorities(rows, headerIndex, found.priority, tool);

  const parts = [...renames];
  if (dates.value.converted.length > 0) {
    const [from, to] = dates.value.converted[0] as [string, string];
    const order =
      options.dateOrder && dates.value.numeric
        ? ` (date order ${options.dateOrder}${options.dateOrderSource ? ` from ${options.dateOrderSource}` : ""})`
        : "";
    parts.push(`${dates.value.converted.length} date${dates.value.converted.length > 1 ? "s" : ""} such as ${from} → ${to}${order}`);
  }
  if (priorities.size > 0)
    parts.push(`priority ${[...priorities].map(([from, to]) => `${from} → ${to === "" ? "blank (P1)" : to}`).join(", ")}`);
  const mapped = parts.length > 0 ? `${tool.label}: ${parts.join(", ")}` : null;
  return success({ grid: { ...grid, rows }, mapped, tool: tool.id });
}

/** The dates converted (and whether any was numeric), or every cell whose day/month order is ambiguous. */
type DateResult = Result<
  { readonly converted: readonly [string, string][]; readonly numeric: boolean },
  readonly { row: number; col: number; text: string }[]
>;

function convertDates(
  rows: Cell[][],
  headerIndex: number,
  found: Partial<Record<RoadmapColumn, number>>,
  options: DateOptions,
): DateResult {
  const converted: [string, string][] = [];
  const ambiguous: { row: number; col: number; text: string }[] = [];
  let numeric = false;
  for (const [column, edge] of [
    ["start", "start"],
    ["end", "end"],
  ] as const) {
    const col = found[column];
    if (col === undefined) continue;
    for (let r = headerIndex + 1; r < rows.length; r++) {
      const row = rows[r] as Cell[];
      const cell = row[col];
      if (typeof cell !== "string" || cell.trim() === "") continue;
      const result = convertDate(cell, edge, options);
      if (result.kind === "ambiguous") ambiguous.push({ row: r, col, text: cell });
      else if (result.kind === "converted") {
        numeric ||= /^\D*\d{1,2}[./-]\d{1,2}[./-]\d/.test(cell.trim());
        row[col] = result.value;
        converted.push([cell.trim(), result.value]);
      }
    }
  }
  return ambiguous.length > 0 ? failure(ambiguous) : success({ converted, numeric });
}

/** Each distinct priority word and what it became, in the order met. */
function convertPriorities(rows: Cell[][], headerIndex: number, col: number | undefined, tool: ToolProfile): Map<string, string> {
  const seen = new Map<string, string>();
  if (col === undefined) return seen;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] as Cell[];
    const text = cellText(row[col]);
    if (text === "" || /^p[0-3]$/i.test(text)) continue;
    const key = headerKey(text);
    const own = tool.priorities?.[key];
    const number = /^\d+$/.test(text) ? Number(text) : null;
    const value =
      own !== undefined ? own : number !== null && tool.priorityScale ? tool.priorityScale(number) : (PRIORITY_WORDS[key] ?? null);
    if (value === null && own === undefined) continue;
    row[col] = value ?? "";
    if (!seen.has(text)) seen.set(text, value ?? "");
  }
  return seen;
}

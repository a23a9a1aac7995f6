/**
 * A roadmap exported from another tool → the Roadmap table of spec §1, before the engine reads it.
 * Only header names and the values of Start, End and Priority change; every cell stays where it was,
 * so the engine's diagnostics still name the cells of the user's own file. The result says what
 * was mapped, in one line the run prints.
 */
import type { Cell, Grid } from "../../plan/types";
import { cellAddress, cellText, isBlank, quote } from "../../plan/cells";
import { exactHeaderKey, normalizeHeader } from "../../plan/headers";
import { TABLES } from "../../plan/schema";
import { fieldOf, proposeMapping, type HeaderMapping, type RoadmapKey } from "../../plan/roadmap-mapping";
import { convertDate, dateOrderOfLocale, dateOrderOfPattern, type DateOptions } from "./dates";
import { failure, success, type Result } from "../../plan/result";
import { GENERIC, PRIORITY_WORDS, TOOL_IDS, TOOLS, type ToolProfile } from "./tools";

export interface ImportOptions extends DateOptions {
  /** A tool id of `TOOL_IDS` (or `generic`); absent: recognised from the headers. */
  readonly from?: string;
  /** Where the date order came from, for the message that uses it ("the locale en_GB.UTF-8"). */
  readonly dateOrderSource?: string;
}

/** How a shell asks for what the file cannot say: the CLI's flags, the pane's choices. */
export interface Asking {
  /** "name the tool the file came from with --from (jira, …)". */
  readonly tool: string;
  /** "say the order with --date-order MDY or --date-order DMY". */
  readonly dateOrder: string;
}

export const CLI_ASKING: Asking = {
  tool: `name the tool the file came from with --from (${TOOL_IDS.join(", ")})`,
  dateOrder: "say the order with --date-order MDY or --date-order DMY",
};

export const PANE_ASKING: Asking = {
  tool: 'choose the tool it came from under "Exported from"',
  dateOrder: 'choose the order under "Dates like 1/4/2027" in Use my roadmap',
};

/** The roadmap in the engine's columns, what was mapped, and the tool; or the one-line reason it cannot be. */
export type AdaptResult = Result<{ readonly grid: Grid; readonly mapped: string | null; readonly tool: string }, string>;

const UNUSED_PREFIX = "Unused: ";
const KEYS = Object.keys(TABLES.Roadmap.columns) as RoadmapKey[];

/** The tool whose export this header row is: the one chosen, else the first whose signature is all there. */
export function recogniseTool(header: readonly Cell[], from?: string): ToolProfile | undefined {
  if (from !== undefined) return from === GENERIC.id ? GENERIC : TOOLS.find((t) => t.id === from);
  const keys = new Set(header.map(exactHeaderKey));
  return TOOLS.find((t) => t.signature.every((k) => keys.has(k))) ?? GENERIC;
}

/** Where a workbook's date order may be read: Excel's regional date pattern, else Office's language. */
export interface DateHints {
  /** `Excel.DatetimeFormatInfo.shortDatePattern` (ExcelApi 1.12), e.g. `dd/MM/yyyy`. */
  readonly datePattern?: string | null;
  /** `Office.context.contentLanguage` (the editing language), e.g. `en-GB`. */
  readonly locale?: string | null;
}

/**
 * How the pane first reads a user's roadmap: the tool recognised from its header, that tool's
 * columns, and the date order of the workbook's regional format, else of Office's language.
 */
export function proposeImport(
  header: readonly Cell[],
  hints: DateHints = {},
): { readonly mapping: HeaderMapping; readonly import: ImportOptions } {
  const tool = recogniseTool(header) ?? GENERIC;
  const fromPattern = hints.datePattern ? dateOrderOfPattern(hints.datePattern) : null;
  const fromLocale = hints.locale ? dateOrderOfLocale(hints.locale) : null;
  const order = fromPattern
    ? { dateOrder: fromPattern, dateOrderSource: `the workbook's date format ${hints.datePattern}` }
    : fromLocale
      ? { dateOrder: fromLocale, dateOrderSource: `Office's language ${hints.locale}` }
      : {};
  return { mapping: proposeToolMapping(header, tool), import: { from: tool.id, ...order } };
}

/**
 * A roadmap the user mapped onto our columns (the pane's mapping step, `applyMapping`), its
 * values converted as its tool writes them; with what was converted, in one line.
 */
export function convertMapped(grid: Grid, options: ImportOptions): Result<{ readonly grid: Grid; readonly mapped: string | null }, string> {
  const tool = recogniseTool([], options.from ?? GENERIC.id) ?? GENERIC;
  const values = convertValues(grid, 0, tool, options, PANE_ASKING);
  if (!values.ok) return values;
  const { parts } = values.value;
  return success({ grid: values.value.grid, mapped: parts.length > 0 ? `${tool.label}: ${parts.join(", ")}` : null });
}

/** The columns proposed for a header row exported from `tool`: its own names first, then anyone's. */
export function proposeToolMapping(header: readonly Cell[], tool: ToolProfile): HeaderMapping {
  return proposeMapping(header, { columns: tool.columns, ...(tool.unused && { unused: tool.unused }) });
}

/** Every header a column could be mapped from, as the tools write them. */
function mappableFrom(key: RoadmapKey, tool: ToolProfile): string {
  const column = TABLES.Roadmap.columns[key];
  const synonyms: readonly string[] = "synonyms" in column ? column.synonyms : [];
  return [...new Set([...(tool.columns[key] ?? []), ...synonyms])].join(" / ");
}

export function adaptRoadmap(grid: Grid, options: ImportOptions = {}, asking: Asking = CLI_ASKING): AdaptResult {
  const rows = grid.rows.map((r) => (Array.isArray(r) ? [...r] : []));
  const headerIndex = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  // An empty table is the engine's to report.
  if (headerIndex < 0) return success({ grid, mapped: null, tool: GENERIC.id });
  const headerRow = rows[headerIndex] as Cell[];
  const tool = recogniseTool(headerRow, options.from);
  if (!tool) return failure(`--from "${options.from}" is not a tool Headstart reads: use one of ${[...TOOL_IDS, GENERIC.id].join(", ")}`);
  const mapping = proposeToolMapping(headerRow, tool);

  if (mapping.missing.length > 0) {
    const at = `${grid.sheet}!${cellAddress(grid, headerIndex, 0)}`;
    const missing = KEYS.filter((k) => mapping.missing.includes(fieldOf(k)));
    const names = missing.map((k) => `"${fieldOf(k)}"`);
    const hints = missing.map((k) => `"${fieldOf(k)}" from ${mappableFrom(k, tool)}`);
    const present = headerRow.map(cellText).filter((t) => t !== "");
    return failure(
      `${at}: the ${grid.sheet} table has no ${names.join(", ")} column${names.length > 1 ? "s" : ""} ` +
        `(its header row has: ${present.join(", ")}). ${names.length > 1 ? "Each" : "It"} can be mapped from a column named: ${hints.join("; ")}. ` +
        `Rename or add ${names.length > 1 ? "those columns" : "that column"}, or ${asking.tool}`,
    );
  }

  const unused = new Set((tool.unused ?? []).map(exactHeaderKey));
  const unusedAt = headerRow.flatMap((h, i) => (unused.has(exactHeaderKey(h)) ? [i] : []));
  const renames: string[] = [];
  for (const c of mapping.columns) {
    if (c.column === null || normalizeHeader(c.header) === normalizeHeader(c.field)) continue;
    headerRow[c.column] = c.field;
    renames.push(`${c.header ?? ""} → ${c.field}`);
  }
  for (const i of unusedAt) {
    const text = cellText(headerRow[i]);
    headerRow[i] = `${UNUSED_PREFIX}${text}`;
    renames.push(`${text} not used`);
  }

  const values = convertValues({ ...grid, rows }, headerIndex, tool, options, asking);
  if (!values.ok) return values;
  const parts = [...renames, ...values.value.parts];
  const mapped = parts.length > 0 ? `${tool.label}: ${parts.join(", ")}` : null;
  return success({ grid: values.value.grid, mapped, tool: tool.id });
}

/**
 * The Start, End and Priority cells of a roadmap whose header row already names our columns, as
 * the engine reads them: dates from the tool's forms (dates.ts), priority words to P0..P3. Says
 * what it converted, one part each for dates and priorities; fails on a numeric date with no
 * date order, naming its cell.
 */
export function convertValues(
  grid: Grid,
  headerIndex: number,
  tool: ToolProfile,
  options: ImportOptions,
  asking: Asking,
): Result<{ readonly grid: Grid; readonly parts: readonly string[] }, string> {
  const rows = grid.rows.map((r) => [...r]);
  const header = rows[headerIndex] ?? [];
  const at = (key: RoadmapKey): number | undefined => {
    const i = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(fieldOf(key)));
    return i < 0 ? undefined : i;
  };
  const dates = convertDates(rows, headerIndex, at("start"), at("end"), options);
  if (!dates.ok) {
    const first = dates.error[0] as { row: number; col: number; text: string };
    const more = dates.error.length - 1;
    return failure(
      // Where the cell really is: a mapped roadmap says Roadmap, but sits on the user's own sheet.
      `${grid.location ?? grid.sheet}!${cellAddress(grid, first.row, first.col)}: ${quote(first.text)} is a date written with numbers only` +
        `${more > 0 ? ` (as ${more === 1 ? "is 1 more cell" : `are ${more} more cells`})` : ""}, and 1/4 is 4 January in one country and 1 April in another: ` +
        asking.dateOrder,
    );
  }
  const priorities = convertPriorities(rows, headerIndex, at("priority"), tool);

  const parts: string[] = [];
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
  return success({ grid: { ...grid, rows }, parts });
}

/** The dates converted (and whether any was numeric), or every cell whose day/month order is ambiguous. */
type DateResult = Result<
  { readonly converted: readonly [string, string][]; readonly numeric: boolean },
  readonly { row: number; col: number; text: string }[]
>;

function convertDates(
  rows: Cell[][],
  headerIndex: number,
  start: number | undefined,
  end: number | undefined,
  options: DateOptions,
): DateResult {
  const converted: [string, string][] = [];
  const ambiguous: { row: number; col: number; text: string }[] = [];
  let numeric = false;
  for (const [col, edge] of [
    [start, "start"],
    [end, "end"],
  ] as const) {
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
    const key = exactHeaderKey(text);
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

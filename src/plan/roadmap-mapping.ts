/**
 * Mapping a user's own roadmap header (their table or selection) onto Headstart's Roadmap columns.
 * Pure: the task pane shows the proposed mapping, the user confirms or corrects it, and
 * `applyMapping` turns the user's rows into the engine's Roadmap grid.
 */
import { cellText } from "./cells";
import { defaultRoles, defaultWorkstreams } from "./defaults";
import { exactHeaderKey, nameKey, normalizeHeader } from "./headers";
import { readRoles } from "./input/roles";
import { readWorkstreams } from "./input/workstreams";
import type { Cell, Diagnostic, Grid, InputGrids } from "./types";
import { TABLES, type ColumnDef } from "./schema";

type RoadmapColumns = typeof TABLES.Roadmap.columns;
/** The Roadmap's columns by key (`name`, `start`, …), as the schema names them. */
export type RoadmapKey = keyof RoadmapColumns;
/** The Roadmap's columns by label, as the pane shows them and a workbook remembers a mapping. */
export type RoadmapField = RoadmapColumns[RoadmapKey]["label"];
const ROADMAP_COLUMNS = Object.values<ColumnDef>(TABLES.Roadmap.columns);
export const ROADMAP_FIELDS = ROADMAP_COLUMNS.map((c) => c.label) as readonly RoadmapField[];
export const REQUIRED_FIELDS = ROADMAP_COLUMNS.filter((c) => c.required).map((c) => c.label) as readonly RoadmapField[];
export const fieldOf = (key: RoadmapKey): RoadmapField => TABLES.Roadmap.columns[key].label;

/**
 * Header spellings (normalised) that mean each of our columns: the column's own name, the names
 * the reader accepts, then the schema's synonyms, in order of preference.
 */
const HEADER_NAMES = new Map<string, readonly string[]>(
  ROADMAP_COLUMNS.map((c) => [c.label, [normalizeHeader(c.label), ...(c.aliases ?? []), ...(c.synonyms ?? []).map(normalizeHeader)]]),
);
export const headerNames = (field: RoadmapField): readonly string[] => HEADER_NAMES.get(field) ?? [];

/**
 * What one tool's export calls our columns (src/io/imports/tools.ts), tried before the synonyms
 * any tool may use; and its headers that look like ours but mean something else, never proposed.
 */
export interface HeaderPreference {
  readonly columns?: Readonly<Partial<Record<RoadmapKey, readonly string[]>>>;
  readonly unused?: readonly string[];
}

export interface ColumnChoice {
  readonly field: RoadmapField;
  /** 0-based column in the user's rows, or null when no column matched. */
  readonly column: number | null;
  /** The user's header text for that column. */
  readonly header: string | null;
}

/**
 * How the user's own words for the kind of work become rows of Workstreams, which the engine
 * insists on: each value of their Workstream column (keyed as the engine compares names) to a
 * workstream, or one workstream for every row when they have no such column.
 */
export type WorkstreamMap =
  { readonly kind: "values"; readonly values: Readonly<Record<string, string>> } | { readonly kind: "all"; readonly workstream: string };

export interface HeaderMapping {
  readonly columns: readonly ColumnChoice[];
  readonly workstreams?: WorkstreamMap;
  /** Required fields with no column: the pane must ask before a plan can be made. */
  readonly missing: readonly RoadmapField[];
  /** The user's headers that map to nothing (ignored by the plan). */
  readonly ignored: readonly string[];
}

/**
 * Proposes a mapping: our own names first, then the tool's own headers (compared exactly, so
 * `Custom field (Start date)` is not any custom field), then the synonyms, each in order of
 * preference; each user column is used at most once.
 */
export function proposeMapping(header: readonly Cell[], preference: HeaderPreference = {}): HeaderMapping {
  const unused = new Set((preference.unused ?? []).map(exactHeaderKey));
  const candidates = header.map((h, i) => ({ i, norm: normalizeHeader(h), exact: exactHeaderKey(h) }));
  const open = candidates.filter((c) => c.norm !== "" && !unused.has(c.exact));
  const taken = new Set<number>();
  const chosen = new Map<RoadmapField, number>();
  const pick = (field: RoadmapField, names: readonly string[], key: "norm" | "exact"): void => {
    if (chosen.has(field)) return;
    for (const name of names) {
      const found = open.find((c) => !taken.has(c.i) && c[key] === name);
      if (found) {
        chosen.set(field, found.i);
        taken.add(found.i);
        return;
      }
    }
  };
  for (const field of ROADMAP_FIELDS) pick(field, [normalizeHeader(field)], "norm");
  for (const [key, own] of Object.entries(preference.columns ?? {}) as [RoadmapKey, readonly string[]][])
    pick(fieldOf(key), own.map(exactHeaderKey), "exact");
  for (const field of ROADMAP_FIELDS) pick(field, headerNames(field), "norm");
  return describeMapping(
    header,
    ROADMAP_FIELDS.map((field) => ({ field, column: chosen.get(field) ?? null })),
  );
}

/** Completes a (possibly user-corrected) choice of columns into a mapping with its gaps named. */
export function describeMapping(
  header: readonly Cell[],
  choices: readonly { field: RoadmapField; column: number | null }[],
  workstreams?: WorkstreamMap,
): HeaderMapping {
  const used = new Set<number>();
  const columns = ROADMAP_FIELDS.map((field): ColumnChoice => {
    const column = choices.find((c) => c.field === field)?.column ?? null;
    if (column !== null && (column < 0 || column >= header.length))
      throw new RangeError(`${field}: column ${column} is outside the header`);
    if (column !== null && used.has(column)) throw new Error(`Column "${String(header[column] ?? "")}" is mapped to two fields.`);
    if (column !== null) used.add(column);
    return { field, column, header: column === null ? null : String(header[column] ?? "") };
  });
  // One workstream for every row stands in for a Workstream column; a column's values need their map.
  const ws = workstreams?.kind === "all" || columns.some((c) => c.field === "Workstream" && c.column !== null) ? workstreams : undefined;
  const given = (c: ColumnChoice): boolean => c.column !== null || (c.field === "Workstream" && ws?.kind === "all");
  return {
    columns,
    ...(ws ? { workstreams: ws } : {}),
    missing: columns.filter((c) => !given(c) && REQUIRED_FIELDS.includes(c.field)).map((c) => c.field),
    ignored: header.flatMap((h, i) => (used.has(i) || normalizeHeader(h) === "" ? [] : [String(h)])),
  };
}

/** A user's block of cells, as read from their table or selection. */
export interface SourceBlock {
  readonly sheet: string;
  readonly originRow: number;
  readonly originCol: number;
  readonly rows: readonly (readonly Cell[])[];
  /** The user's table it came from, if any. */
  readonly table?: string;
}

/**
 * The engine's Roadmap grid from a user's block. Columns keep their places (only the header row is
 * renamed) and the grid's origin and location are the block's, so diagnostics, which say `Roadmap`,
 * still lead to the user's real cells; unmapped columns get a header the engine ignores.
 */
export function applyMapping(block: SourceBlock, mapping: HeaderMapping): Grid {
  const [header = [], ...body] = block.rows;
  const fieldAt = new Map<number, RoadmapField>();
  for (const c of mapping.columns) if (c.column !== null) fieldAt.set(c.column, c.field);
  const renamed = header.map((h, i): Cell => fieldAt.get(i) ?? `Ignored: ${String(h ?? "")}`);
  const ws = mapping.workstreams;
  const column = mapping.columns.find((c) => c.field === "Workstream")?.column ?? null;
  if (ws?.kind === "all") {
    // Past the user's last column, so every other cell keeps its own address.
    const width = renamed.length;
    return grid(block, [
      [...renamed, "Workstream"],
      ...body.map((r) => [...r, ...Array<Cell>(Math.max(0, width - r.length)).fill(null), ws.workstream]),
    ]);
  }
  // A value left unmapped stays as typed, so the engine names its cell.
  const translate = (r: readonly Cell[]): readonly Cell[] =>
    ws && column !== null ? r.map((c, i) => (i === column ? (ws.values[nameKey(cellText(c))] ?? c) : c)) : r;
  return grid(block, [renamed, ...body.map(translate)]);
}

function grid(block: SourceBlock, rows: readonly (readonly Cell[])[]): Grid {
  return { sheet: "Roadmap", originRow: block.originRow, originCol: block.originCol, rows, location: block.sheet };
}

/** The distinct values of the user's Workstream column, first spelling kept, blanks left out. */
export function columnValues(block: SourceBlock, column: number): string[] {
  const seen = new Map<string, string>();
  for (const r of block.rows.slice(1)) {
    const text = cellText(r[column]);
    if (text !== "" && !seen.has(nameKey(text))) seen.set(nameKey(text), text);
  }
  return [...seen.values()];
}

/**
 * The workstreams a roadmap row may name: the rows of the workbook's Workstreams table, or the
 * defaults the engine plans with when there is none; read by the engine's own reader.
 */
export function workstreamNames(grids: InputGrids): string[] {
  // Problems in these tables are the build's to report, with their cells.
  const ignored: Diagnostic[] = [];
  const roles = readRoles(grids.roles ?? defaultRoles, ignored);
  if (!roles.ok) return [];
  const streams = readWorkstreams(grids.workstreams ?? defaultWorkstreams, roles.value.roles, roles.value.leftOut, ignored);
  return streams.ok ? streams.value.map((w) => w.name) : [];
}

/** Each value that already names a workstream (case ignored, as the engine reads it) mapped to it. */
export function proposeWorkstreamMap(values: readonly string[], names: readonly string[]): Record<string, string> {
  const byKey = new Map(names.map((n) => [nameKey(n), n]));
  return Object.fromEntries(
    values.flatMap((v) => {
      const name = byKey.get(nameKey(v));
      return name === undefined ? [] : [[nameKey(v), name]];
    }),
  );
}

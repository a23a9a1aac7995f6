/**
 * A user's own roadmap (where it is, its header as confirmed, the mapping) remembered in the
 * workbook's document settings, so the ribbon's "Refresh plan" and a pane opened later build from
 * it without asking again. Document settings travel inside the file, unlike the pane's storage.
 */
import type { Cell } from "../plan/types";
import { describeMapping, ROADMAP_FIELDS, type HeaderMapping, type SourceBlock, type WorkstreamMap } from "./roadmap-mapping";

export const ROADMAP_SOURCE_KEY = "headstart.roadmapSource";
const VERSION = 1;

export interface RoadmapSource {
  readonly sheet: string;
  readonly originRow: number;
  readonly originCol: number;
  /** The header row as the user confirmed it: a different header now means asking again. */
  readonly header: readonly Cell[];
  /** Set when the roadmap was a table: read again by name, however it grew. */
  readonly table?: string;
  readonly mapping: HeaderMapping;
}

export function sourceOf(block: SourceBlock, mapping: HeaderMapping): RoadmapSource {
  const where = { sheet: block.sheet, originRow: block.originRow, originCol: block.originCol, header: block.rows[0] ?? [], mapping };
  return block.table ? { ...where, table: block.table } : where;
}

/** The saved text: positions and column indexes only; the mapping is rebuilt from the header on load. */
export function encodeRoadmapSource(s: RoadmapSource): string {
  const columns = Object.fromEntries(s.mapping.columns.flatMap((c) => (c.column === null ? [] : [[c.field, c.column]])));
  const ws = s.mapping.workstreams;
  return JSON.stringify({ version: VERSION, sheet: s.sheet, originRow: s.originRow, originCol: s.originCol, header: s.header, ...(s.table ? { table: s.table } : {}), columns, ...(ws ? { workstreams: ws } : {}) });
}

export type LoadedSource = { readonly ok: true; readonly source: RoadmapSource } | { readonly ok: false; readonly note: string };

const isCell = (v: unknown): v is Cell => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
const isPosition = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A saved workstream map, or why it is unusable; absent (older saves) is no map. */
function parseWorkstreams(raw: unknown): WorkstreamMap | undefined | string {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) return "its workstream map is not an object";
  if (raw.kind === "all" && typeof raw.workstream === "string" && raw.workstream !== "") return { kind: "all", workstream: raw.workstream };
  const values = raw.values;
  if (raw.kind === "values" && isRecord(values) && Object.values(values).every((v) => typeof v === "string")) {
    return { kind: "values", values: values as Record<string, string> };
  }
  return "its workstream map is not readable";
}

function parse(value: unknown): RoadmapSource | string {
  if (typeof value !== "string") return "it is not text";
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return "it is not valid JSON";
  }
  if (!isRecord(raw)) return "it is not an object";
  if (raw.version !== VERSION) return `it has version ${String(raw.version)}, not ${VERSION}`;
  const { sheet, originRow, originCol, header, table, columns } = raw;
  const workstreams = parseWorkstreams(raw.workstreams);
  if (typeof workstreams === "string") return workstreams;
  if (typeof sheet !== "string" || sheet === "") return "it names no sheet";
  if (!isPosition(originRow) || !isPosition(originCol)) return "its position is not a cell";
  if (!Array.isArray(header) || header.length === 0 || !header.every(isCell)) return "its header is not a row of cells";
  if (table !== undefined && (typeof table !== "string" || table === "")) return "its table name is not text";
  if (!isRecord(columns)) return "it has no column mapping";
  const unknownField = Object.keys(columns).find((k) => !(ROADMAP_FIELDS as readonly string[]).includes(k));
  if (unknownField !== undefined) return `it maps an unknown field "${unknownField}"`;
  const choices = ROADMAP_FIELDS.map((field) => {
    const column = columns[field];
    return { field, column: typeof column === "number" && Number.isInteger(column) ? column : null };
  });
  let mapping: HeaderMapping;
  try {
    mapping = describeMapping(header, choices, workstreams);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (mapping.missing.length > 0) return `it maps no column to ${mapping.missing.join(", ")}`;
  const where = { sheet, originRow, originCol, header, mapping };
  return typeof table === "string" ? { ...where, table } : where;
}

/** The saved source, or why it was ignored; null when nothing is saved. Never throws. */
export function decodeRoadmapSource(value: unknown): LoadedSource | null {
  if (value === null || value === undefined) return null;
  const parsed = parse(value);
  return typeof parsed === "string"
    ? { ok: false, note: `The roadmap mapping saved in this workbook was ignored (${parsed}): click "Use my roadmap" to set it again.` }
    : { ok: true, source: parsed };
}

/* ---------- the workbook's document settings (Office.js) ---------- */

function saveDocumentSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`The workbook did not save Headstart's settings: ${result.error.message}`));
    });
  });
}

export async function saveRoadmapSource(source: RoadmapSource): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(ROADMAP_SOURCE_KEY, encodeRoadmapSource(source));
  await saveDocumentSettings(settings);
}

/**
 * Each runtime (the pane, the ribbon's commands) holds its own copy of the settings, loaded when it
 * started: refreshed first, so the ribbon sees what the pane saved since. A failed refresh leaves
 * the copy as it was, still the best answer there is.
 */
export async function loadRoadmapSource(): Promise<LoadedSource | null> {
  const settings = Office.context.document.settings;
  await new Promise<void>((resolve) => settings.refreshAsync(() => resolve()));
  return decodeRoadmapSource(settings.get(ROADMAP_SOURCE_KEY));
}

export async function forgetRoadmapSource(): Promise<void> {
  const settings = Office.context.document.settings;
  settings.remove(ROADMAP_SOURCE_KEY);
  await saveDocumentSettings(settings);
}

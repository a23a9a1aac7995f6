/**
 * A user's own roadmap (where it is, its header as confirmed, the mapping) remembered in the
 * workbook (its document settings and a custom XML part), so the ribbon's "Refresh plan" and a
 * pane opened later build from it without asking again. Both travel inside the file, unlike the
 * pane's storage.
 */
import type { Cell } from "../plan/types";
import { runOptions } from "./host";
import { describeMapping, ROADMAP_FIELDS, type HeaderMapping, type SourceBlock, type WorkstreamMap } from "../plan/roadmap-mapping";
import { failure, success, type Result } from "../plan/result";
import type { ImportOptions } from "../io/imports/roadmap";
import { TOOL_IDS } from "../io/imports/tools";
import { parseDateOrder } from "../io/imports/dates";

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
  /** The tool it was exported from, its date order and fiscal year, as chosen with the mapping. */
  readonly import?: ImportOptions;
}

export function sourceOf(block: SourceBlock, mapping: HeaderMapping, options?: ImportOptions): RoadmapSource {
  const where = { sheet: block.sheet, originRow: block.originRow, originCol: block.originCol, header: block.rows[0] ?? [], mapping };
  return { ...where, ...(block.table && { table: block.table }), ...(options && { import: options }) };
}

/** The saved text: positions and column indexes only; the mapping is rebuilt from the header on load. */
export function encodeRoadmapSource(s: RoadmapSource): string {
  const columns = Object.fromEntries(s.mapping.columns.flatMap((c) => (c.column === null ? [] : [[c.field, c.column]])));
  const ws = s.mapping.workstreams;
  return JSON.stringify({
    version: VERSION,
    sheet: s.sheet,
    originRow: s.originRow,
    originCol: s.originCol,
    header: s.header,
    ...(s.table ? { table: s.table } : {}),
    columns,
    ...(ws ? { workstreams: ws } : {}),
    ...(s.import && { import: s.import }),
  });
}

/** The saved import choices, or why they are unusable; absent (older saves) is none. */
function parseImport(raw: unknown): ImportOptions | undefined | string {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) return "its import choices are not an object";
  const { from, dateOrder, dateOrderSource, fiscalStart } = raw;
  if (typeof from !== "string" || ![...TOOL_IDS, "generic"].includes(from)) return `it names an unknown tool "${String(from)}"`;
  const order = typeof dateOrder === "string" ? parseDateOrder(dateOrder) : null;
  if (dateOrder !== undefined && order === null) return "its date order is neither MDY nor DMY";
  const month =
    typeof fiscalStart === "number" && Number.isInteger(fiscalStart) && fiscalStart >= 1 && fiscalStart <= 12 ? fiscalStart : null;
  if (fiscalStart !== undefined && month === null) return "its fiscal year start is not a month";
  return {
    from,
    ...(order && { dateOrder: order }),
    ...(typeof dateOrderSource === "string" && { dateOrderSource }),
    ...(month !== null && { fiscalStart: month }),
  };
}

/** The saved source, or the note saying why it was ignored. */
export type LoadedSource = Result<RoadmapSource, string>;

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
  const options = parseImport(raw.import);
  if (typeof options === "string") return options;
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
  return { sheet, originRow, originCol, header, mapping, ...(typeof table === "string" && { table }), ...(options && { import: options }) };
}

/** The saved source, or why it was ignored; null when nothing is saved. Never throws. */
export function decodeRoadmapSource(value: unknown): LoadedSource | null {
  if (value === null || value === undefined) return null;
  const parsed = parse(value);
  return typeof parsed === "string"
    ? failure(`The roadmap mapping saved in this workbook was ignored (${parsed}): click "Use my roadmap" to set it again.`)
    : success(parsed);
}

/* ---------- where it is kept (Office.js) ---------- */

/**
 * The workbook keeps the source twice, written together: in the document settings (the pane's
 * record) and in a custom XML part. The ribbon's "Refresh plan" runs in a runtime of its own, with
 * its own copy of the settings; whether that copy holds what the pane saved is not documented, and
 * `refreshAsync` has been seen to wipe it on the web (OfficeDev/office-js#594). The XML part is read
 * through the Excel API, from the workbook itself, whichever runtime asks.
 */
export const ROADMAP_SOURCE_NAMESPACE = "http://schemas.headstart.app/roadmap-source/1.0";

const escapeXml = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (t: string): string =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The saved text inside the XML part, or null when the part holds none. */
export function textOfXmlPart(xml: string): string | null {
  const m = /<roadmapSource\b[^>]*>([\s\S]*)<\/roadmapSource>/.exec(xml);
  return m ? unescapeXml(m[1] ?? "") : null;
}

/** Replaces the workbook's XML copy (none when `text` is null), in two syncs. */
async function writeXmlCopy(text: string | null): Promise<void> {
  await Excel.run(runOptions(), async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(ROADMAP_SOURCE_NAMESPACE).load("items/id");
    await context.sync();
    for (const part of parts.items) part.delete();
    if (text !== null)
      context.workbook.customXmlParts.add(`<roadmapSource xmlns="${ROADMAP_SOURCE_NAMESPACE}">${escapeXml(text)}</roadmapSource>`);
    await context.sync();
  });
}

async function readXmlCopy(waitForCellEdit?: boolean): Promise<string | null> {
  return Excel.run(runOptions(waitForCellEdit), async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(ROADMAP_SOURCE_NAMESPACE).load("items/id");
    await context.sync();
    const first = parts.items[0];
    if (!first) return null;
    const xml = first.getXml();
    await context.sync();
    // A ClientResult is filled by the sync itself; it has no load() to call.
    // eslint-disable-next-line office-addins/load-object-before-read
    return textOfXmlPart(xml.value);
  });
}

function saveDocumentSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`The workbook did not save Headstart's settings: ${result.error.message}`));
    });
  });
}

export async function saveRoadmapSource(source: RoadmapSource): Promise<void> {
  const text = encodeRoadmapSource(source);
  const settings = Office.context.document.settings;
  settings.set(ROADMAP_SOURCE_KEY, text);
  await saveDocumentSettings(settings);
  await writeXmlCopy(text);
}

/**
 * This runtime's copy of the settings (loaded when it started, so a ribbon click sees what the
 * pane saved before it), else the workbook's XML copy. No `refreshAsync`: see above.
 */
export async function loadRoadmapSource(waitForCellEdit?: boolean): Promise<LoadedSource | null> {
  const mine: unknown = Office.context.document.settings.get(ROADMAP_SOURCE_KEY);
  return decodeRoadmapSource(mine ?? (await readXmlCopy(waitForCellEdit)));
}

export async function forgetRoadmapSource(): Promise<void> {
  const settings = Office.context.document.settings;
  settings.remove(ROADMAP_SOURCE_KEY);
  await saveDocumentSettings(settings);
  await writeXmlCopy(null);
}

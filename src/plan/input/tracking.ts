import type { Cell, Diagnostic, Grid, TrackedStage, TrackingNote } from "../types";
import { TRACKED_STAGES } from "../types";
import type { CalDate } from "../calendar";
import { formatDate } from "../calendar";
import { cellAddress, cellText, isBlank, quote } from "../cells";
import { readDate } from "../values";
import type { Table, TableRow } from "./table";
import { cellOf, readTable, rowDiagnostic } from "./table";
import { TABLES } from "../schema";
import { success, type Result } from "../result";

const COLUMNS = TABLES.Tracking.columns;

type Column = keyof typeof COLUMNS;

/** The four events of a hire, in the order they happen. */
export const EVENT_COLUMNS = ["pipelineStarted", "reqOpened", "offerAccepted", "startDate"] as const;
type EventColumn = (typeof EVENT_COLUMNS)[number];

/** What happened, by event; null where the row gives no date. */
export type TrackedDates = Readonly<Record<EventColumn, CalDate | null>>;

/** Which dates each Stage reads (docs/spec.md §6.2): the required ones, then those read when present. */
const READS: Readonly<Record<TrackedStage, { readonly required: readonly EventColumn[]; readonly optional: readonly EventColumn[] }>> = {
  sourcing: { required: ["pipelineStarted"], optional: [] },
  "req open": { required: ["reqOpened"], optional: ["pipelineStarted"] },
  "offer accepted": { required: ["offerAccepted", "startDate"], optional: ["pipelineStarted", "reqOpened"] },
  started: { required: ["startDate"], optional: ["pipelineStarted", "reqOpened", "offerAccepted"] },
};

export interface TrackedHire {
  /** As written; matched to hire ids ignoring case. */
  readonly id: string;
  readonly stage: TrackedStage;
  readonly dates: TrackedDates;
  readonly note: TrackingNote;
  /** The Hire ID cell, where a row the plan does not need is reported. */
  readonly idCell: Diagnostic["cell"];
}

/** Valid Tracking rows by upper-cased Hire ID. */
export type Tracking = ReadonlyMap<string, TrackedHire>;

/** How a Tracking Hire ID is matched to a hire's id. */
export const trackingKey = (id: string): string => id.toUpperCase();

/**
 * The Tracking table (docs/spec.md §6.2): recruiters' record of what has happened. A row with an empty
 * Stage changes nothing; a row with an error is left out, so its hire is planned as if untracked.
 */
export function readTracking(grid: Grid, asOf: CalDate, out: Diagnostic[]): Result<Tracking, Diagnostic> {
  const read = readTable(grid, COLUMNS);
  if (!read.ok) return read;
  const table = read.value;
  const tracked = new Map<string, TrackedHire>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const stageText = cellText(cellOf(table, row, "stage"));
    if (stageText === "") continue;
    const id = cellText(cellOf(table, row, "id"));
    const sheetRow = table.grid.originRow + row.index;
    if (id === "") {
      out.push(
        rowDiagnostic(
          table,
          row,
          "id",
          "error",
          `this Tracking row has Stage ${quote(stageText)} but no Hire ID: copy the hire's id from the Hiring Plan sheet`,
        ),
      );
      continue;
    }
    const earlier = seen.get(trackingKey(id));
    if (earlier !== undefined) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "id",
          "error",
          `${quote(id)} is already tracked on row ${earlier}: this row is left out; keep one row per hire`,
        ),
      );
      continue;
    }
    seen.set(trackingKey(id), sheetRow);
    const stage = TRACKED_STAGES[(TRACKED_STAGES as readonly string[]).indexOf(stageText.toLowerCase())];
    if (stage === undefined) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "stage",
          "error",
          `Stage ${quote(stageText)} of ${quote(id)} is not one of ${TRACKED_STAGES.join(", ")}: pick one, or clear it to stop tracking the hire`,
        ),
      );
      continue;
    }
    const dates = readDates(table, row, id, stage, asOf, out);
    if (dates === null) continue;
    // No closures per row: tsx's keepNames wraps each one, which costs more than the row itself.
    tracked.set(trackingKey(id), {
      id,
      stage,
      dates,
      note: {
        atsReq: cellText(cellOf(table, row, "atsReq")),
        candidate: cellText(cellOf(table, row, "candidate")),
        notes: cellText(cellOf(table, row, "notes")),
        sheetRow,
      },
      idCell: cellAddress(table.grid, row.index, table.columns.id ?? 0),
    });
  }
  return success(tracked);
}

const LABELS: Readonly<Record<EventColumn, string>> = {
  pipelineStarted: COLUMNS.pipelineStarted.label,
  reqOpened: COLUMNS.reqOpened.label,
  offerAccepted: COLUMNS.offerAccepted.label,
  startDate: COLUMNS.startDate.label,
};

/** The dates the row's Stage reads, or null after reporting every problem with them. */
function readDates(
  table: Table<Column>,
  row: TableRow,
  id: string,
  stage: TrackedStage,
  asOf: CalDate,
  out: Diagnostic[],
): TrackedDates | null {
  const { required, optional } = READS[stage];
  const dates: Record<EventColumn, CalDate | null> = { pipelineStarted: null, reqOpened: null, offerAccepted: null, startDate: null };
  const problems = out.length;
  for (const key of EVENT_COLUMNS) {
    const isRequired = required.includes(key);
    if (!isRequired && !optional.includes(key)) continue;
    const c: Cell | undefined = cellOf(table, row, key);
    if (isBlank(c)) {
      if (!isRequired) continue;
      const absent = table.columns[key] === undefined;
      out.push(
        rowDiagnostic(
          table,
          row,
          absent ? "stage" : key,
          "error",
          `${quote(id)} is at stage ${stage}, which needs its ${LABELS[key]} date: ${absent ? `add a ${LABELS[key]} column and fill it in` : "fill it in (YYYY-MM-DD)"}`,
        ),
      );
      continue;
    }
    const d = readDate(c);
    if (d === null)
      out.push(rowDiagnostic(table, row, key, "error", `${LABELS[key]} ${quote(c)} of ${quote(id)} is not a date: write it as YYYY-MM-DD`));
    else if (d > asOf && !(stage === "offer accepted" && key === "startDate")) {
      out.push(
        rowDiagnostic(
          table,
          row,
          key,
          "error",
          `${LABELS[key]} ${formatDate(d)} of ${quote(id)} is after As of (${formatDate(asOf)}): only what has happened goes here; fix the date or the As of setting`,
        ),
      );
    } else dates[key] = d;
  }
  if (out.length > problems) return null;
  let before: EventColumn | null = null;
  for (const key of EVENT_COLUMNS) {
    const d = dates[key];
    if (d === null) continue;
    const prior = before === null ? null : dates[before];
    if (before !== null && prior !== null && d < prior) {
      out.push(
        rowDiagnostic(
          table,
          row,
          key,
          "error",
          `${LABELS[key]} ${formatDate(d)} of ${quote(id)} is before its ${LABELS[before]} ${formatDate(prior)}: the events happen in the order pipeline, req, offer, start; fix the dates`,
        ),
      );
      return null;
    }
    before = key;
  }
  return dates;
}

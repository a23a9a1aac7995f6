/**
 * The recruiter export: one row per hire, in columns applicant-tracking and planning tools map on
 * import (ChartHop's Title / Departments / Hiring Manager / Start Date / Priority / Currency,
 * Ashby's target start and backfill flag), as UTF-8 CSV with a BOM and CRLF so Excel opens it right.
 */
import Papa from "papaparse";
import { formatDate } from "../plan/calendar";
import type { Hire, Plan } from "../plan/types";

// A spreadsheet opening the CSV runs a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * User text made safe for a CSV a spreadsheet opens: a leading `'` makes a would-be formula plain
 * text (OWASP). Every text cell of every CSV export goes through here.
 */
export function neutralizeCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

type Row = Record<string, string | number>;

/** A column of a CSV export: its header and the value of one hire's row (text is neutralised on output). */
export interface CsvColumn {
  readonly header: string;
  readonly value: (hire: Hire, plan: Plan) => string | number;
}

/** One row per hire under `columns`: UTF-8 with a byte-order mark, CRLF, every text cell neutralised. */
export function hiresCsv(plan: Plan, columns: readonly CsvColumn[], hires: readonly Hire[] = plan.hires): string {
  const fields = columns.map((c) => c.header);
  const rows = hires.map((hire) => {
    const row: Row = {};
    for (const column of columns) {
      const value = column.value(hire, plan);
      row[column.header] = typeof value === "string" ? neutralizeCsvText(value) : value;
    }
    return row;
  });
  const body = Papa.unparse(
    { fields, data: rows },
    {
      newline: "\r\n",
      // A neutralised cell is also quoted, as OWASP advises.
      quotes: (value: unknown) => typeof value === "string" && value.startsWith("'") && FORMULA_START.test(value.slice(1)),
    },
  );
  return `\uFEFF${body}\r\n`;
}

const COLUMNS: readonly CsvColumn[] = [
  { header: "Requisition ID", value: (h) => h.id },
  { header: "Title", value: (h) => h.role },
  { header: "Role", value: (h) => h.role },
  { header: "Department / initiative", value: (h) => h.initiative },
  { header: "Hiring manager", value: (h) => h.owner },
  { header: "Priority", value: (h) => h.priority ?? "" },
  { header: "Target start date", value: (h) => formatDate(h.start) },
  { header: "Req open date", value: (h) => formatDate(h.reqOpen) },
  { header: "Pipeline start date", value: (h) => formatDate(h.pipelineStart) },
  { header: "Need by", value: (h) => formatDate(h.needBy) },
  { header: "Reason", value: (h) => h.reason },
  { header: "Backfill", value: (h) => (h.reason === "backfill" ? "yes" : "no") },
  { header: "Status", value: (h) => h.status },
  { header: "Days overdue (pipeline)", value: (h) => h.daysLate },
  { header: "Forecast delay (days)", value: (h) => h.delayDays },
  { header: "Stage", value: (h) => h.stage },
  { header: "ATS req", value: (h) => h.tracking?.atsReq ?? "" },
  { header: "Candidate", value: (h) => h.tracking?.candidate ?? "" },
  { header: "Forecast start date", value: (h) => formatDate(h.forecastStart) },
  { header: "Currency", value: (_, p) => p.settings.currency },
  { header: "Loaded annual cost", value: (h, p) => p.roles.find((r) => r.name === h.role)?.loadedAnnualCost ?? "" },
];

export const RECRUITER_CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

export function recruiterCsv(plan: Plan): string {
  return hiresCsv(plan, COLUMNS);
}

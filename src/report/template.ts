import { defaultRoles, defaultWorkstreams } from "../plan/defaults";
import { normalizeHeader } from "../plan/headers";
import { DEFAULT_CURRENCY, DEFAULT_HORIZON, DEFAULT_REQS_PER_RECRUITER, SETTING_LABELS } from "../plan/input/settings";
import type { Cell, Grid, InputGrids } from "../plan/types";
import {
  CONFIDENCE_MODES,
  GRID_KEYS,
  PRIORITIES,
  SIZE_NAMES,
  TABLES,
  TABLE_NAMES,
  TRACKED_STAGES,
  WORKSTREAM_KINDS,
  headerLabels,
  type TableName,
} from "../plan/schema";
import { cellAddress, columnLetters, rangeAddress } from "./a1";
import { finishSheet, newSheet, numberFormat, put, putRow, style, type SheetDraft } from "./draft";
import { withPrintSetup } from "./print";
import type { SpecCell, WorkbookSpec } from "./spec";
import { formats, styles } from "./style";

/** Empty rows an empty table gets, so a leader sees where to type. */
const EMPTY_ROWS = 5;
/** Dropdowns reach this far below a table, so rows typed under it still get them. */
const VALIDATION_SLACK = 200;

interface TableLayout {
  readonly sheet: TableName;
  /** Normalised headers of columns whose numbers may arrive as text ("12", "15%") and are written as numbers. */
  readonly numeric: (key: string) => boolean;
  readonly widths: (key: string) => number;
  readonly formats: Readonly<Record<string, string>>;
}

/** The header an empty table gets: the schema's columns, the Roadmap's Key first as in the tools roadmaps come from. */
function emptyHeader(name: TableName): string[] {
  const labels = headerLabels(name);
  const key = TABLES.Roadmap.columns.key.label;
  return name === "Roadmap" ? [key, ...labels.filter((l) => l !== key)] : labels;
}

const LAYOUTS: Readonly<Record<TableName, TableLayout>> = {
  Roadmap: {
    sheet: "Roadmap",
    numeric: (k) => k === "size" || k === "confidence",
    widths: (k) => ({ initiative: 40, workstream: 38, owner: 22, notes: 40 })[k] ?? 11,
    // Text columns stay text when typed into (no date or number guessing by Excel).
    formats: {
      initiative: formats.text,
      workstream: formats.text,
      start: formats.text,
      end: formats.text,
      owner: formats.text,
      notes: formats.text,
      confidence: formats.percent,
    },
  },
  Workstreams: {
    sheet: "Workstreams",
    numeric: (k) => k !== "workstream" && k !== "kind",
    widths: (k) => (k === "workstream" ? 40 : 14),
    formats: { workstream: formats.text },
  },
  Roles: {
    sheet: "Roles",
    numeric: (k) => k !== "role",
    widths: (k) => (k === "role" ? 30 : 14),
    formats: { role: formats.text, loadedannualcost: "#,##0" },
  },
  Team: {
    sheet: "Team",
    numeric: (k) => k !== "role",
    widths: (k) => (k === "role" ? 30 : 18),
    formats: { role: formats.text, annualattrition: formats.percent },
  },
  Settings: { sheet: "Settings", numeric: (k) => k === "value", widths: (k) => (k === "setting" ? 22 : 16), formats: {} },
  Tracking: {
    sheet: "Tracking",
    numeric: () => false,
    widths: (k) => ({ hireid: 22, stage: 16, candidate: 22, notes: 40 })[k] ?? 16,
    formats: {
      hireid: formats.text,
      pipelinestarted: formats.date,
      reqopened: formats.date,
      offeraccepted: formats.date,
      startdate: formats.date,
      atsreq: formats.text,
      candidate: formats.text,
      notes: formats.text,
    },
  },
};

/** What recruiters are told beside the Tracking table. */
const TRACKING_NOTE = [
  "Recruiters: one row per hire under way.",
  "Hire ID: copy it from the Hiring Plan sheet. Stage: what has happened last.",
  "Fill in the date of each step that has happened (YYYY-MM-DD); Start date may be ahead once an offer is accepted.",
  "A row with an empty Stage changes nothing. Headstart never edits this table.",
];

const DEFAULT_SETTINGS: Grid = {
  sheet: "Settings",
  originRow: 1,
  originCol: 1,
  // Blank Plan start and As of mean "the month after As of" and "today", as the engine reads them.
  rows: [
    ["Setting", "Value"],
    [SETTING_LABELS.planStart, null],
    [SETTING_LABELS.horizonMonths, DEFAULT_HORIZON],
    [SETTING_LABELS.asOf, null],
    [SETTING_LABELS.availability, 1],
    [SETTING_LABELS.confidenceMode, CONFIDENCE_MODES[0]],
    [SETTING_LABELS.reqsPerRecruiter, DEFAULT_REQS_PER_RECRUITER],
    // Empty: no recruiting limit until someone says how many recruiters there are (spec §7).
    [SETTING_LABELS.recruiters, null],
    [SETTING_LABELS.currency, DEFAULT_CURRENCY],
  ],
};

const emptyGrid = (sheet: TableName): Grid => ({ sheet, originRow: 1, originCol: 1, rows: [emptyHeader(sheet)] });

/**
 * A number written as text ("300000", "15%") becomes the number it says, so the template's
 * figures are figures; anything else (names, months, sizes) stays exactly as given.
 */
function asCell(value: Cell, numeric: boolean): SpecCell {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (!numeric || text === "") return text === "" ? null : value;
  const plain = /^-?\d+(\.\d+)?$/.exec(text);
  if (plain) return Number(text);
  const percent = /^(-?\d+(\.\d+)?)\s*%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  return value;
}

/** Headers an Excel table accepts: non-empty and unique (case ignored). */
function tableHeader(cells: readonly Cell[], width: number): string[] {
  const seen = new Set<string>();
  return Array.from({ length: width }, (_, i) => {
    const given = cells[i];
    let name = given === null || given === undefined || String(given).trim() === "" ? `Column ${i + 1}` : String(given).trim();
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${String(given).trim()} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

interface TableDraft {
  readonly draft: SheetDraft;
  readonly lastRow: number;
  /** 1-based column of a normalised header, 0 when the table has none. */
  readonly column: (key: string) => number;
}

function tableDraft(grid: Grid, layout: TableLayout): TableDraft {
  const s = newSheet(layout.sheet, "input");
  const given = grid.rows[0] ?? emptyHeader(layout.sheet);
  let width = Math.max(1, given.length);
  for (const r of grid.rows) width = Math.max(width, r.length);
  const header = tableHeader(given, width);
  const keys = header.map(normalizeHeader);
  putRow(s, 1, 1, header);
  const body = grid.rows.slice(1).filter((r) => !isEmptyRow(r));
  body.forEach((r, i) =>
    putRow(
      s,
      i + 2,
      1,
      keys.map((k, j) => asCell(r[j] ?? null, layout.numeric(k))),
    ),
  );
  const dataRows = Math.max(body.length, grid.rows.length > 1 ? 1 : EMPTY_ROWS);
  for (let i = body.length; i < dataRows; i++)
    putRow(
      s,
      i + 2,
      1,
      keys.map(() => null),
    );
  const lastRow = dataRows + 1;

  s.tables.push({ name: layout.sheet, range: rangeAddress(1, 1, lastRow, width), style: "TableStyleLight9" });
  style(s, rangeAddress(1, 1, 1, width), styles.header);
  keys.forEach((k, j) => {
    const format = layout.formats[k];
    if (format) numberFormat(s, rangeAddress(2, j + 1, lastRow + VALIDATION_SLACK, j + 1), format);
  });
  s.columnWidths = keys.map((k, j) => Math.max(layout.widths(k), (header[j] ?? "").length + 2));
  s.freeze = { rows: 1, columns: 1 };
  return { draft: s, lastRow, column: (key) => keys.indexOf(key) + 1 };
}

const isEmptyRow = (r: readonly Cell[]): boolean => r.every((c) => c === null || String(c).trim() === "");

/** A dropdown over a table column's data rows and the rows below it. */
function columnDropdown(t: TableDraft, key: string, list: readonly string[], allowOther = false): void {
  const column = t.column(key);
  if (column < 1 || list.length === 0) return;
  const letters = columnLetters(column);
  t.draft.validations.push({ range: `${letters}2:${letters}${t.lastRow + VALIDATION_SLACK}`, list, ...(allowOther && { allowOther }) });
}

function firstColumnNames(grid: Grid): string[] {
  return grid.rows.slice(1).flatMap((r) => {
    const v = r[0];
    return typeof v === "string" && v.trim() !== "" ? [v.trim()] : [];
  });
}

/**
 * The tables the template writes, each at A1 of a sheet named like it: the input's own, or the
 * defaults (an empty Roadmap, Team and Tracking) where the input has none.
 */
export function templateGrids(input: InputGrids | null): Readonly<Record<keyof InputGrids, Grid>> {
  return {
    roadmap: input?.roadmap ?? emptyGrid("Roadmap"),
    workstreams: input?.workstreams ?? defaultWorkstreams,
    roles: input?.roles ?? defaultRoles,
    team: input?.team ? withInterviewHours(input.team) : emptyGrid("Team"),
    settings: input?.settings ? withRecruitersRow(input.settings) : DEFAULT_SETTINGS,
    tracking: input?.tracking ?? emptyGrid("Tracking"),
  };
}

/**
 * A Team table without the interviewer limit column (spec §7.1) gets it, empty, so people see
 * where to set one; not when a row already runs past the header, whose cells it would name.
 */
function withInterviewHours(team: Grid): Grid {
  const [header, ...rows] = team.rows;
  const column = TABLES.Team.columns.interviewHours.label;
  if (!header || header.some((c) => typeof c === "string" && normalizeHeader(c) === normalizeHeader(column))) return team;
  if (rows.some((r) => r.length > header.length)) return team;
  return { ...team, rows: [[...header, column], ...rows] };
}

/**
 * A Settings table without a Recruiters row (spec §7) gets one, empty (no limit), so the pane can
 * save a number of recruiters there and people see where to type it.
 */
function withRecruitersRow(settings: Grid): Grid {
  const named = settings.rows.some((r) => typeof r[0] === "string" && normalizeHeader(r[0]) === normalizeHeader(SETTING_LABELS.recruiters));
  return named || settings.rows.length === 0 ? settings : { ...settings, rows: [...settings.rows, [SETTING_LABELS.recruiters, null]] };
}

const TEMPLATE_STATUS = {
  sheet: "Settings",
  incomplete: "Incomplete: writing the template…",
  complete: "Template ready: fill in Roadmap, then run Headstart",
} as const;

/**
 * The input sheets a leader fills in, each an Excel table named like its sheet at A1. `null`
 * gives an empty roadmap with the default roles, workstreams and settings. Text stays text;
 * numbers written as text ("300000", "15%") are written as numbers the engine reads the same way.
 */
export function templateWorkbook(input: InputGrids | null): WorkbookSpec {
  const grids = templateGrids(input);
  const tables = TABLE_NAMES.map((name) => tableDraft(grids[GRID_KEYS[name]], LAYOUTS[name]));
  const [roadmap, workstreams, , , settings, tracking] = tables as [TableDraft, TableDraft, TableDraft, TableDraft, TableDraft, TableDraft];

  columnDropdown(roadmap, "workstream", firstColumnNames(grids.workstreams));
  // Size also takes a number (1.5 = one and a half M), so its list is a suggestion, not a rule.
  columnDropdown(roadmap, "size", Object.keys(SIZE_NAMES), true);
  columnDropdown(roadmap, "priority", PRIORITIES);
  columnDropdown(workstreams, "kind", WORKSTREAM_KINDS);
  columnDropdown(tracking, "stage", TRACKED_STAGES);
  const noteCol = tracking.draft.columnWidths.length + 2;
  TRACKING_NOTE.forEach((line, i) => put(tracking.draft, i + 1, noteCol, line));
  style(tracking.draft, cellAddress(1, noteCol), styles.label);
  tracking.draft.columnWidths = [...tracking.draft.columnWidths, 3, 90];

  // Confidence mode: a dropdown on that one Value cell, found by its Setting name.
  const modeIndex = settings.draft.rows.findIndex(
    (r, i) => i > 0 && typeof r[0] === "string" && normalizeHeader(r[0]) === normalizeHeader(SETTING_LABELS.confidenceMode),
  );
  const valueCol = settings.column("value");
  if (modeIndex > 0 && valueCol > 0)
    settings.draft.validations.push({ range: `${columnLetters(valueCol)}${modeIndex + 1}`, list: CONFIDENCE_MODES });
  // The status cell sits two columns right of the Settings table, outside every table.
  const statusCol = settings.draft.columnWidths.length + 2;
  const status = { ...TEMPLATE_STATUS, cell: cellAddress(2, statusCol) };
  put(settings.draft, 1, statusCol, "Headstart template");
  put(settings.draft, 2, statusCol, status.complete);
  style(settings.draft, cellAddress(1, statusCol), styles.label);
  style(settings.draft, status.cell, styles.muted);
  settings.draft.columnWidths = [...settings.draft.columnWidths, 3, 50];

  return withPrintSetup({ sheets: tables.map((t) => finishSheet(t.draft)), status }, null);
}

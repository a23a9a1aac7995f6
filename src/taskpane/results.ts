import { daysBetween, formatDate, type CalDate } from "../plan/calendar";
import { cellText } from "../plan/cells";
import { diagnosticSheet } from "../plan/locations";
import { summarizePlan } from "../plan/summary";
import { capacitySummary } from "../plan/capacity-summary";
import { quoteSheet } from "../report/a1";
import {
  HIRE_STATUSES,
  TRACKED_STAGES,
  type PlanChanges,
  type Diagnostic,
  type Grid,
  type HireStatus,
  type InputSheets,
  type Plan,
  type Severity,
  type TableName,
} from "../plan/types";

export interface DiagnosticRow {
  readonly severity: Severity;
  readonly sheet: TableName;
  readonly cell: string;
  /** `'2027 roadmap'!D7`: the user's own sheet, what the row shows and a screen reader reads first. */
  readonly where: string;
  readonly message: string;
  /** False when the table was not read from a sheet of this workbook: there is no cell to go to. */
  readonly inWorkbook: boolean;
}

/** Diagnostics alike but for their cells ("clipped to the horizon" on seven rows) shown as one. */
export interface DiagnosticGroup {
  readonly first: DiagnosticRow;
  readonly more: readonly DiagnosticRow[];
}

export interface PipelineRow {
  /** Hires alike in role, initiative and dates, shown as one line. */
  readonly count: number;
  readonly role: string;
  readonly initiative: string;
  readonly pipelineStart: string;
  readonly reqOpen: string;
  readonly status: HireStatus;
  /** "overdue by 3½ months" when the pipeline should already have started (as of the plan's date), else "". */
  readonly overdue: string;
}

export interface ResultsView {
  readonly totalHires: number;
  readonly totalCost: string;
  readonly hiresByRole: readonly { readonly role: string; readonly hires: number }[];
  readonly statusCounts: readonly { readonly status: HireStatus; readonly count: number }[];
  readonly firstPipelines: readonly PipelineRow[];
  readonly diagnostics: readonly DiagnosticRow[];
  /** What moved since the plan the last build stored (the Changes sheet has the list), or "" on a first build. */
  readonly changes: string;
  /** Hires the recruiters' Tracking table says are under way, by stage ("2 req open, 1 started"), or "". */
  readonly tracked: string;
  /** With recruiting capacity (spec §7): what slipped, the what-if, and the recruiters to try. */
  readonly capacity: { readonly text: string; readonly suggestedRecruiters: number | null } | null;
}

/** Money in the plan's currency; an unknown code still shows the amount, with the code after it. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

/**
 * The engine names tables (`Roadmap!B6`); the user knows their sheet ("2027 roadmap"). `sheets`
 * says where each table was read; a table read from nowhere keeps its name.
 */
export function diagnosticRows(diagnostics: readonly Diagnostic[], sheets: InputSheets = {}): DiagnosticRow[] {
  // Errors first: they are the rows left out of the plan, what the user must fix.
  const rank = (d: Diagnostic): number => (d.severity === "error" ? 0 : 1);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => ({
      severity: d.severity,
      sheet: d.sheet,
      cell: d.cell,
      where: `${quoteSheet(diagnosticSheet(d, sheets))}!${d.cell}`,
      message: inSheets(d.message, sheets),
      inWorkbook: sheets[d.sheet] !== undefined,
    }));
}

/** A message or reason with each `Table!A1` the engine wrote pointed at the sheet the table is on. */
export function inSheets(text: string, sheets: InputSheets): string {
  return Object.entries(sheets).reduce(
    (t, [table, sheet]) => t.replace(new RegExp(`\\b${table}!(?=\\$?[A-Z]+\\$?\\d)`, "g"), `${quoteSheet(sheet)}!`),
    text,
  );
}

/** What a message says once its quoted values, cells and numbers are set aside. */
const gist = (r: DiagnosticRow): string => `${r.severity} ${r.message.replace(/"[^"]*"/g, "…").replace(/\d+/g, "#")}`;

/** Diagnostics saying the same thing of different cells, as one group each, in their order. */
export function groupDiagnostics(rows: readonly DiagnosticRow[]): DiagnosticGroup[] {
  const groups = new Map<string, { first: DiagnosticRow; more: DiagnosticRow[] }>();
  for (const r of rows) {
    const g = groups.get(gist(r));
    if (g) g.more.push(r);
    else groups.set(gist(r), { first: r, more: [] });
  }
  return [...groups.values()];
}

/** "3 days", "5 weeks", "3½ months": how far apart two dates are, in the unit a planner would say. */
export function spanText(days: number): string {
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (days < 14) return plural(days, "day");
  if (days < 61) return plural(Math.round(days / 7), "week");
  const halves = Math.round((days / 30.44) * 2);
  const whole = Math.floor(halves / 2);
  return `${whole}${halves % 2 ? "½" : ""} month${halves === 2 ? "" : "s"}`;
}

function overdue(pipelineStart: CalDate, asOf: CalDate): string {
  const late = daysBetween(pipelineStart, asOf);
  return late > 0 ? `overdue by ${spanText(late)}` : "";
}

export interface RoadmapCounts {
  /** Rows of the roadmap below its header that are not blank. */
  readonly rows: number;
  readonly planned: number;
  /** Rows with an error: left out until fixed. */
  readonly toFix: number;
}

/** How much of the roadmap the plan covers: its rows, the initiatives planned, the rows with errors. */
export function roadmapCounts(plan: Plan, roadmap: Grid | undefined): RoadmapCounts {
  const filled = (roadmap?.rows ?? []).filter((r) => r.some((c) => cellText(c) !== ""));
  const errorRows = new Set(
    plan.diagnostics.filter((d) => d.sheet === "Roadmap" && d.severity === "error").map((d) => d.cell.replace(/^\D+/, "")),
  );
  return { rows: Math.max(0, filled.length - 1), planned: plan.initiatives.length, toFix: errorRows.size };
}

/** "Planned 6 of 10 initiatives — 4 rows need fixing": never a bare "Done" over rows left out. */
export function headline(c: RoadmapCounts): string {
  const rows = (n: number): string => `${n} row${n === 1 ? "" : "s"}`;
  const planned = c.planned === c.rows ? `Planned all ${c.rows} initiatives` : `Planned ${c.planned} of ${c.rows} initiatives`;
  const rest = c.rows - c.planned - c.toFix;
  const parts = [
    c.toFix > 0 ? `${rows(c.toFix)} need${c.toFix === 1 ? "s" : ""} fixing` : "",
    rest > 0 ? `${rows(rest)} outside the plan's months` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `${planned} — ${parts.join(", ")}.` : `${planned}.`;
}

/** What the Results section shows: the engine's own summary choice, in display text. */
export function resultsView(plan: Plan, locale?: string): ResultsView {
  const s = summarizePlan(plan);
  const capacity = capacitySummary(plan);
  const pipelines = new Map<string, PipelineRow>();
  for (const h of s.firstPipelines) {
    const row: PipelineRow = {
      count: 1,
      role: h.role,
      initiative: h.initiative || "Backfill",
      pipelineStart: formatDate(h.pipelineStart),
      reqOpen: formatDate(h.reqOpen),
      status: h.status,
      overdue: overdue(h.pipelineStart, plan.settings.asOf),
    };
    const key = JSON.stringify({ ...row, count: 0 });
    const same = pipelines.get(key);
    pipelines.set(key, same ? { ...same, count: same.count + 1 } : row);
  }
  return {
    totalHires: s.hires,
    totalCost: formatMoney(s.totalCost, s.currency, locale),
    hiresByRole: s.hiresByRole.filter((r) => r.total > 0).map((r) => ({ role: r.role, hires: r.total })),
    statusCounts: HIRE_STATUSES.map((status) => ({ status, count: s.hiresByStatus[status] })),
    firstPipelines: [...pipelines.values()],
    diagnostics: diagnosticRows(plan.diagnostics, plan.inputSheets),
    changes: changesLine(plan.changes),
    tracked: TRACKED_STAGES.filter((st) => plan.totals.hiresByStage[st] > 0)
      .map((st) => `${plan.totals.hiresByStage[st]} ${st}`)
      .join(", "),
    capacity: capacity ? { text: `${capacity.headline} ${capacity.whatIf}`, suggestedRecruiters: capacity.suggestedRecruiters } : null,
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The counts of the Changes sheet in a sentence. */
export function changesLine(c: PlanChanges | null): string {
  if (!c) return "";
  const parts = [
    `${c.added.length} added`,
    `${c.removed.length} no longer needed`,
    plural(c.moved.length, "need-by moved", "need-bys moved"),
    plural(c.statusChanged.length, "new status", "new statuses"),
  ];
  return `Since the plan as of ${formatDate(c.previousAsOf)}: ${parts.join(", ")}.`;
}

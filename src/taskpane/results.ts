import { formatDate } from "../plan/calendar";
import { summarizePlan } from "../plan/summary";
import { HIRE_STATUSES, type Diagnostic, type HireStatus, type Plan, type Severity, type TableName } from "../plan/types";

export interface DiagnosticRow {
  readonly severity: Severity;
  readonly sheet: TableName;
  readonly cell: string;
  /** `Roadmap!D7`: what the row shows and what a screen reader reads before the message. */
  readonly where: string;
  readonly message: string;
}

export interface PipelineRow {
  readonly role: string;
  readonly initiative: string;
  readonly pipelineStart: string;
  readonly reqOpen: string;
  readonly status: HireStatus;
}

export interface ResultsView {
  readonly totalHires: number;
  readonly totalCost: string;
  readonly hiresByRole: readonly { readonly role: string; readonly hires: number }[];
  readonly statusCounts: readonly { readonly status: HireStatus; readonly count: number }[];
  readonly firstPipelines: readonly PipelineRow[];
  readonly diagnostics: readonly DiagnosticRow[];
}

/** Money in the plan's currency; an unknown code still shows the amount, with the code after it. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

export function diagnosticRows(diagnostics: readonly Diagnostic[]): DiagnosticRow[] {
  // Errors first: they are the rows left out of the plan, what the user must fix.
  const rank = (d: Diagnostic): number => (d.severity === "error" ? 0 : 1);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, where: `${d.sheet}!${d.cell}`, message: d.message }));
}

/** What the Results section shows: the engine's own summary choice, in display text. */
export function resultsView(plan: Plan, locale?: string): ResultsView {
  const s = summarizePlan(plan);
  return {
    totalHires: s.hires,
    totalCost: formatMoney(s.totalCost, s.currency, locale),
    hiresByRole: s.hiresByRole.filter((r) => r.total > 0).map((r) => ({ role: r.role, hires: r.total })),
    statusCounts: HIRE_STATUSES.map((status) => ({ status, count: s.hiresByStatus[status] })),
    firstPipelines: s.firstPipelines.map((h) => ({
      role: h.role,
      initiative: h.initiative || "Backfill",
      pipelineStart: formatDate(h.pipelineStart),
      reqOpen: formatDate(h.reqOpen),
      status: h.status,
    })),
    diagnostics: diagnosticRows(plan.diagnostics),
  };
}

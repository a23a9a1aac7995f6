import type { Diagnostic, Plan } from "../plan/types";
import { HIRE_STATUSES } from "../plan/types";
import { addMonths, formatDate, formatMonth } from "../plan/calendar";
import { summarizePlan } from "../plan/summary";

/** The terminal shows this many diagnostics; all of them are in the JSON and the workbook. */
export const MAX_DIAGNOSTICS_SHOWN = 30;

const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function table(rows: readonly (readonly string[])[], rightFrom: number): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows.map((r) =>
    r.map((cell, c) => (c >= rightFrom ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join("  ").trimEnd(),
  );
}

export function diagnosticLine(d: Diagnostic): string {
  return `${d.severity.padEnd(7)} ${d.sheet}!${d.cell}  ${d.message}`;
}

/** The human summary of spec §5, built from summarizePlan's choice of what matters. */
export function formatSummary(plan: Plan, source: string): string {
  const s = summarizePlan(plan);
  const { settings } = plan;
  const end = addMonths(settings.planStart, settings.horizonMonths - 1);
  const lines: string[] = [
    `Headstart plan for ${source}`,
    `Plan ${formatMonth(settings.planStart)} to ${formatMonth(end)} (${settings.horizonMonths} months), as of ${formatDate(settings.asOf)}, confidence mode ${settings.confidenceMode}`,
    `${s.hires} hires, ${s.lateHires} of them not on track; total cost ${s.currency} ${money.format(s.totalCost)}`,
    "",
    "Hires by role and status",
    ...table(
      [["  Role", "Hires", ...HIRE_STATUSES], ...s.hiresByRole.map((r) => [`  ${r.role}`, String(r.total), ...HIRE_STATUSES.map((st) => String(r.byStatus[st]))])],
      1,
    ),
    "",
    "First pipelines to start",
  ];
  if (s.firstPipelines.length === 0) lines.push("  none: the roadmap needs no hires");
  lines.push(
    ...table(
      s.firstPipelines.map((h) => [`  ${formatDate(h.pipelineStart)}`, h.id, h.role, h.status, h.initiative === "" ? "(backfill)" : h.initiative]),
      99,
    ),
  );
  lines.push("", "At-risk hires (forecast delay)");
  if (s.atRiskTotal === 0) lines.push("  none");
  lines.push(
    ...table(
      s.atRisk.map((h) => [`  ${h.id}`, h.role, `needed ${formatDate(h.needBy)}`, `productive ${formatDate(h.expectedProductive)}`, `${h.delayDays} days late`]),
      99,
    ),
  );
  if (s.atRiskTotal > s.atRisk.length) lines.push(`  ... and ${s.atRiskTotal - s.atRisk.length} more at risk`);
  lines.push("", `Cost by quarter (${s.currency})`);
  lines.push(...table([...s.costByQuarter.map((q) => [`  ${q.quarter}`, money.format(q.cost)]), ["  Total", money.format(s.totalCost)]], 1));
  lines.push("", `Diagnostics: ${s.errors} errors, ${s.warnings} warnings`);
  for (const d of plan.diagnostics.slice(0, MAX_DIAGNOSTICS_SHOWN)) lines.push(`  ${diagnosticLine(d)}`);
  if (plan.diagnostics.length > MAX_DIAGNOSTICS_SHOWN) {
    lines.push(`  ... and ${plan.diagnostics.length - MAX_DIAGNOSTICS_SHOWN} more (all are in --json and the workbook)`);
  }
  return `${lines.join("\n")}\n`;
}

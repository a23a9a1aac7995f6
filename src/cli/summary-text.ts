import type { Diagnostic, Plan, PlanChanges } from "../plan/types";
import { HIRE_STAGES, HIRE_STATUSES } from "../plan/types";
import { addMonths, formatDate, formatMonth } from "../plan/calendar";
import { summarizePlan } from "../plan/summary";
import { capacitySummary } from "../plan/capacity-summary";

/** The terminal shows this many diagnostics; all of them are in the JSON and the workbook. */
export const MAX_DIAGNOSTICS_SHOWN = 30;

const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function table(rows: readonly (readonly string[])[], rightFrom: number): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => (c >= rightFrom ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

export function diagnosticLine(d: Diagnostic): string {
  return `${d.severity.padEnd(7)} ${d.sheet}!${d.cell}  ${d.message}`;
}

/** The human summary of docs/spec.md §5, built from summarizePlan's choice of what matters. */
export function formatSummary(plan: Plan, source: string): string {
  const s = summarizePlan(plan);
  const { settings } = plan;
  const end = addMonths(settings.planStart, settings.horizonMonths - 1);
  const lines: string[] = [
    `Headstart plan for ${source}`,
    `Plan ${formatMonth(settings.planStart)} to ${formatMonth(end)} (${settings.horizonMonths} months), as of ${formatDate(settings.asOf)}, confidence mode ${settings.confidenceMode}`,
    `${s.hires} hires, ${s.lateHires} of them not on track; total cost ${s.currency} ${money.format(s.totalCost)}`,
    ...capacityLines(plan),
    "",
    "Hires by role and status",
    ...table(
      [
        ["  Role", "Hires", ...HIRE_STATUSES],
        ...s.hiresByRole.map((r) => [`  ${r.role}`, String(r.total), ...HIRE_STATUSES.map((st) => String(r.byStatus[st]))]),
      ],
      1,
    ),
    "",
    "First pipelines to start",
  ];
  if (s.firstPipelines.length === 0) lines.push("  none: the roadmap needs no hires");
  lines.push(
    ...table(
      s.firstPipelines.map((h) => [
        `  ${formatDate(h.pipelineStart)}`,
        h.id,
        h.role,
        h.status,
        h.initiative === "" ? "(backfill)" : h.initiative,
      ]),
      99,
    ),
  );
  lines.push("", "At-risk hires (forecast delay)");
  if (s.atRiskTotal === 0) lines.push("  none");
  lines.push(
    ...table(
      s.atRisk.map((h) => [
        `  ${h.id}`,
        h.role,
        `needed ${formatDate(h.needBy)}`,
        `productive ${formatDate(h.expectedProductive)}`,
        `${h.delayDays} days late`,
      ]),
      99,
    ),
  );
  if (s.atRiskTotal > s.atRisk.length) lines.push(`  ... and ${s.atRiskTotal - s.atRisk.length} more at risk`);
  const tracked = HIRE_STAGES.filter((st) => st !== "planned" && plan.totals.hiresByStage[st] > 0);
  if (tracked.length > 0) {
    lines.push("", `Hires by stage: ${HIRE_STAGES.map((st) => `${plan.totals.hiresByStage[st]} ${st}`).join(", ")}`);
  }
  lines.push("", `Cost by quarter (${s.currency})`);
  lines.push(
    ...table([...s.costByQuarter.map((q) => [`  ${q.quarter}`, money.format(q.cost)]), ["  Total", money.format(s.totalCost)]], 1),
  );
  if (plan.totals.costBeforePlan > 0) {
    lines.push(
      `  Also ${s.currency} ${money.format(plan.totals.costBeforePlan)} before ${formatMonth(settings.planStart)}: hires who start before the plan are paid from their start`,
    );
  }
  if (plan.changes) lines.push("", ...changeLines(plan.changes));
  lines.push("", `Diagnostics: ${s.errors} errors, ${s.warnings} warnings`);
  for (const d of plan.diagnostics.slice(0, MAX_DIAGNOSTICS_SHOWN)) lines.push(`  ${diagnosticLine(d)}`);
  if (plan.diagnostics.length > MAX_DIAGNOSTICS_SHOWN) {
    lines.push(`  ... and ${plan.diagnostics.length - MAX_DIAGNOSTICS_SHOWN} more (all are in --json and the workbook)`);
  }
  return `${lines.join("\n")}\n`;
}

function capacityLines(plan: Plan): string[] {
  const c = capacitySummary(plan);
  if (!c || !plan.capacity) return [];
  const { recruiters, pipelineCapacity } = plan.capacity;
  const given = recruiters === null ? "interviewer limits" : `${recruiters} recruiters (${pipelineCapacity} pipelines at once)`;
  return [`Capacity: ${given}. ${c.headline}`, `  ${c.whatIf}`];
}

/** How many ids each list of changes shows; the JSON and the Changes sheet have them all. */
export const MAX_CHANGE_IDS = 12;

function ids(list: readonly string[]): string {
  const shown = list.slice(0, MAX_CHANGE_IDS).join(", ");
  return list.length > MAX_CHANGE_IDS ? `${shown} and ${list.length - MAX_CHANGE_IDS} more` : shown;
}

function changeLines(c: PlanChanges): string[] {
  const lines = [
    `Changes since the plan as of ${formatDate(c.previousAsOf)}: ${c.added.length} added, ${c.removed.length} no longer needed, ${c.moved.length} moved, ${c.statusChanged.length} with a new status`,
  ];
  if (c.added.length > 0) lines.push(`  added: ${ids(c.added)}`);
  if (c.removed.length > 0) lines.push(`  no longer needed: ${ids(c.removed.map((r) => r.id))}`);
  if (c.moved.length > 0) lines.push(`  moved: ${ids(c.moved.map((m) => `${m.id} ${formatDate(m.from)} -> ${formatDate(m.to)}`))}`);
  if (c.statusChanged.length > 0) lines.push(`  status: ${ids(c.statusChanged.map((m) => `${m.id} ${m.from} -> ${m.to}`))}`);
  return lines;
}

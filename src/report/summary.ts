import { firstDay, formatDate, toExcelSerial } from "../plan/calendar";
import { summarizePlan } from "../plan/summary";
import { capacitySummary } from "../plan/capacity-summary";
import { HIRE_STAGES, HIRE_STATUSES, type Hire, type Plan } from "../plan/types";
import { cellAddress, rangeAddress, sheetPrefix } from "./a1";
import type { CostSheet } from "./cost";
import { finishSheet, newSheet, nextRow, numberFormat, put, putRow, section, style, type SheetDraft } from "./draft";
import { SHEET, SHEET_GUIDE } from "./sheets";
import type { SheetSpec, SpecCell, WorkbookSpec } from "./spec";
import { currencyFormat, formats, statusRules, styles } from "./style";
import { surplusNotes } from "./surplus";
import { wrapWords } from "./cell-text";

const WIDTH = 6;
export const STATUS_CELL = "B2";

export function statusCell(generatedAt: string | undefined): WorkbookSpec["status"] {
  return {
    sheet: SHEET.summary,
    cell: STATUS_CELL,
    incomplete: "Incomplete: writing the plan… (if this stays, run Headstart again)",
    complete: generatedAt ? `Complete: every sheet written (${generatedAt})` : "Complete: every sheet written",
  };
}

/** One row per hire from `first`; returns the last row written (first − 1 when there are none). */
function hireRows(s: SheetDraft, first: number, hires: readonly Hire[], cells: (h: Hire) => SpecCell[]): number {
  hires.forEach((h, i) => putRow(s, first + i, 1, cells(h)));
  return first + hires.length - 1;
}

/**
 * The plan on one page. Facts come from `summarizePlan` (the CLI and task pane show the same
 * choice); money links to the Cost sheet's live totals so this page follows an edit there.
 */
export function summarySheet(plan: Plan, cost: CostSheet, generatedAt?: string): SheetSpec {
  const sum = summarizePlan(plan);
  const surplus = surplusNotes(plan);
  const s = newSheet(SHEET.summary);
  const money = currencyFormat(plan.settings.currency);
  const firstMonth = plan.months[0];
  const lastMonth = plan.months[plan.months.length - 1];

  put(s, 1, 1, "Headstart: AI hiring plan");
  style(s, "A1", styles.title);
  putRow(s, 2, 1, ["Status", statusCell(generatedAt).complete]);
  style(s, "A2", styles.label);
  style(s, STATUS_CELL, { bold: true, fontColor: styles.onTrack.fontColor });
  // Spec §7: a plan that capacity pushed later says so before anything else.
  const capacity = capacitySummary(plan);
  if (capacity && capacity.slipped + capacity.blocked > 0) {
    put(s, 3, 1, `${capacity.headline} ${capacity.whatIf} (${SHEET.capacity} sheet)`);
    style(s, "A3", { bold: true, fontColor: styles.atRisk.fontColor });
    s.links.push({ cell: "A3", target: `${sheetPrefix(SHEET.capacity)}A1` });
  }

  const facts: [string, SpecCell, string?][] = [
    ["Plan start", firstMonth === undefined ? null : toExcelSerial(firstDay(firstMonth)), formats.month],
    ["Plan end", lastMonth === undefined ? null : toExcelSerial(firstDay(lastMonth)), formats.month],
    ["As of", toExcelSerial(plan.settings.asOf), formats.date],
    ["Confidence mode", plan.settings.confidenceMode],
    ["Currency", plan.settings.currency],
    ["Hires", sum.hires, formats.integer],
    ["Hires not on track", sum.lateHires, formats.integer],
    ["Total cost", { formula: `=${cost.total.ref}`, result: cost.total.value }, money],
    // docs/spec.md §2.9: hires who start before the plan are paid from their start; not in the total above.
    ["Cost before the plan", { formula: `=${cost.beforePlan.ref}`, result: cost.beforePlan.value }, money],
    ["Surplus (person-months)", surplus.personMonths, formats.integer],
  ];
  facts.forEach(([label, value, format], i) => {
    const row = 4 + i;
    putRow(s, row, 1, [label, value]);
    style(s, `A${row}`, styles.label);
    if (format) numberFormat(s, `B${row}`, format);
    style(s, `B${row}`, { horizontalAlignment: "left" });
  });

  // Hires by role and status.
  const statusHeaders = HIRE_STATUSES.map((st) => st.charAt(0).toUpperCase() + st.slice(1));
  let row = section(s, "Hires by role and status", WIDTH, ["Role", ...statusHeaders, "Total"]);
  // Counts sit in columns sized for names below them: centre them under their headers.
  style(s, rangeAddress(row - 1, 2, row + sum.hiresByRole.length, HIRE_STATUSES.length + 2), { horizontalAlignment: "center" });
  for (const r of sum.hiresByRole) putRow(s, row++, 1, [r.role, ...HIRE_STATUSES.map((st) => r.byStatus[st]), r.total]);
  putRow(s, row, 1, ["All roles", ...HIRE_STATUSES.map((st) => sum.hiresByStatus[st]), sum.hires]);
  style(s, rangeAddress(row, 1, row, HIRE_STATUSES.length + 2), styles.total);

  // Where the hires stand: planned, or what the recruiters' Tracking table says has happened.
  row = section(s, "Hires by stage", WIDTH, ["Stage", "Hires"]);
  for (const st of HIRE_STAGES) putRow(s, row++, 1, [st, plan.totals.hiresByStage[st]]);
  style(s, rangeAddress(row - HIRE_STAGES.length, 2, row - 1, 2), { horizontalAlignment: "center" });
  if (plan.changes) {
    const c = plan.changes;
    put(
      s,
      row,
      1,
      `Since the plan as of ${formatDate(c.previousAsOf)}: ${c.added.length} added, ${c.removed.length} no longer needed, ${c.moved.length} moved, ${c.statusChanged.length} with a new status (${SHEET.changes} sheet).`,
    );
    s.links.push({ cell: cellAddress(row, 1), target: `${sheetPrefix(SHEET.changes)}A1` });
    style(s, `A${row}`, styles.note);
  }

  // The first pipelines to start: what recruiting must do next.
  row = section(s, "First pipelines to start", WIDTH, ["ID", "Role", "Initiative", "Pipeline start", "Req open", "Status"]);
  const firstPipe = row;
  const lastPipe = hireRows(s, row, sum.firstPipelines, (h) => [
    h.id,
    h.role,
    h.initiative || "(backfill)",
    toExcelSerial(h.pipelineStart),
    toExcelSerial(h.reqOpen),
    h.status,
  ]);
  if (lastPipe >= firstPipe) {
    numberFormat(s, rangeAddress(firstPipe, 4, lastPipe, 5), formats.date);
    s.conditionalFormats.push({ range: rangeAddress(firstPipe, 6, lastPipe, 6), rules: statusRules(`$F${firstPipe}`) });
  } else put(s, firstPipe, 1, "No hires: the team covers the roadmap.");

  // At-risk hires, largest forecast delay first.
  row = section(s, "At-risk hires (requisition should already be open)", WIDTH, [
    "ID",
    "Role",
    "Initiative",
    "Need by",
    "Expected productive",
    "Delay (days)",
  ]);
  const firstRisk = row;
  const lastRisk = hireRows(s, row, sum.atRisk, (h) => [
    h.id,
    h.role,
    h.initiative || "(backfill)",
    toExcelSerial(h.needBy),
    toExcelSerial(h.expectedProductive),
    h.delayDays,
  ]);
  if (lastRisk >= firstRisk) {
    numberFormat(s, rangeAddress(firstRisk, 4, lastRisk, 5), formats.date);
    style(s, rangeAddress(firstRisk, 6, lastRisk, 6), { fontColor: styles.atRisk.fontColor, bold: true });
  } else put(s, firstRisk, 1, "None.");
  if (sum.atRiskTotal > sum.atRisk.length) {
    put(s, nextRow(s), 1, `…and ${sum.atRiskTotal - sum.atRisk.length} more at risk: filter Status on the ${SHEET.hiringPlan} sheet.`);
    style(s, `A${nextRow(s) - 1}`, styles.note);
  }

  // Cost by quarter, linked to the Cost sheet's live totals.
  row = section(s, `Cost by quarter (${plan.settings.currency})`, WIDTH, ["Quarter", "Cost"]);
  const firstQuarter = row;
  putRow(s, row++, 1, ["Before the plan (not in the total)", { formula: `=${cost.beforePlan.ref}`, result: cost.beforePlan.value }]);
  for (const q of cost.quarters) putRow(s, row++, 1, [q.quarter, { formula: `=${q.ref}`, result: q.value }]);
  putRow(s, row, 1, ["Total", { formula: `=${cost.total.ref}`, result: cost.total.value }]);
  style(s, rangeAddress(row, 1, row, 2), styles.total);
  numberFormat(s, rangeAddress(firstQuarter, 2, row, 2), money);

  // Surplus: what the plan pays for beyond the target, and why (Headcount sheet, shaded months).
  row = section(s, "Surplus", WIDTH);
  // Columns A:F hold about 147 digit widths; 120 characters of prose stay inside them in print.
  [surplus.summary, ...surplus.roles, ...(surplus.personMonths > 0 ? [surplus.advice] : [])]
    .flatMap((sentence) => wrapWords(sentence, 120))
    .forEach((line, i) => put(s, row + i, 1, line));
  s.links.push({ cell: cellAddress(row, 1), target: `${sheetPrefix(SHEET.headcount)}A1` });

  row = section(s, "Input diagnostics", WIDTH, ["Severity", "Count"]);
  putRow(s, row, 1, ["Errors (rows left out)", sum.errors]);
  putRow(s, row + 1, 1, ["Warnings", sum.warnings]);
  // Links sit on the labels: a writer turns a linked cell into text, and the counts stay numbers.
  s.links.push({ cell: cellAddress(row, 1), target: `${sheetPrefix(SHEET.diagnostics)}A1` });
  s.links.push({ cell: cellAddress(row + 1, 1), target: `${sheetPrefix(SHEET.diagnostics)}A1` });
  if (sum.errors > 0) style(s, cellAddress(row, 2), { fontColor: styles.atRisk.fontColor, bold: true });

  row = section(s, "What each sheet holds", WIDTH, ["Sheet", "Holds"]);
  SHEET_GUIDE.forEach(([name, holds], i) => {
    putRow(s, row + i, 1, [name, holds]);
    s.links.push({ cell: cellAddress(row + i, 1), target: `${sheetPrefix(name)}A1` });
  });

  s.columnWidths = [30, 30, 36, 16, 21, 14];
  s.freeze = { rows: 2, columns: 0 };
  s.tabColor = "#1F3A5F";
  return finishSheet(s);
}

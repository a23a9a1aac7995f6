import { firstDay, quarterLabel, toExcelSerial, type Month } from "../plan/calendar";
import type { Plan } from "../plan/types";
import { cellAddress, columnLetters, rangeAddress, sheetPrefix } from "./a1";
import { finishSheet, newSheet, nextRow, numberFormat, put, putRow, section, style } from "./draft";
import { hiringPlanColumnRef } from "./hiringPlan";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { currencyFormat, formats, styles } from "./style";

/** A figure on the Cost sheet that other sheets link to: its address (with the sheet) and value. */
export interface CostRef {
  readonly ref: string;
  readonly value: number;
}

export interface CostSheet {
  readonly sheet: SheetSpec;
  readonly total: CostRef;
  readonly quarters: readonly (CostRef & { readonly quarter: string })[];
}

/** Consecutive plan months grouped by calendar quarter, as [label, first index, last index]. */
export function quarterSpans(months: readonly Month[]): { quarter: string; from: number; to: number }[] {
  const spans: { quarter: string; from: number; to: number }[] = [];
  months.forEach((m, k) => {
    const q = quarterLabel(m);
    const last = spans[spans.length - 1];
    if (last && last.quarter === q) last.to = k;
    else spans.push({ quarter: q, from: k, to: k });
  });
  return spans;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Cost as live formulas (docs/spec.md §2.9): each role-month is baseline headcount × cost / 12 plus, for
 * every hire of the role, cost / 12 × the share of the month's days on or after the hire's
 * forecast start, read from the Hiring Plan table. Baseline headcount is itself a formula over the
 * current headcount and attrition, so finance can change a salary, a headcount, an attrition rate
 * or a start date and see every total follow. Each formula carries the engine's value as `result`.
 */
export function costSheet(plan: Plan): CostSheet {
  const s = newSheet(SHEET.cost);
  const H = plan.months.length;
  const R = plan.roles.length;
  const spans = quarterSpans(plan.months);
  const width = Math.max(H + 2, spans.length + 2, 4);
  const money = currencyFormat(plan.settings.currency);
  const monthCol = (k: number): number => k + 2;

  put(s, 1, 1, `Loaded cost (${plan.settings.currency})`);
  style(s, "A1", styles.title);
  put(s, 2, 1, "Live formulas. Edit a blue assumption, or a Forecast start date on the Hiring Plan sheet, and every figure below follows.");
  style(s, "A2", styles.note);

  // Assumptions: the Roles and Team figures the formulas read.
  const aHeader = section(s, "Assumptions (Roles and Team tables)", width, ["Role", "Annual cost", "Headcount", "Attrition"]) - 1;
  const assumptionRow = (i: number): number => aHeader + 1 + i;
  plan.roles.forEach((role, i) => {
    const member = plan.team.find((t) => t.role.toLowerCase() === role.name.toLowerCase());
    putRow(s, assumptionRow(i), 1, [role.name, role.loadedAnnualCost, member?.headcount ?? 0, member?.annualAttrition ?? 0]);
  });
  if (R > 0) {
    const [first, last] = [assumptionRow(0), assumptionRow(R - 1)];
    style(s, rangeAddress(first, 2, last, 4), styles.input);
    numberFormat(s, rangeAddress(first, 2, last, 2), money);
    numberFormat(s, rangeAddress(first, 3, last, 3), formats.integer);
    numberFormat(s, rangeAddress(first, 4, last, 4), "0.0%");
  }

  const monthHeader = (row: number, label: string, extra: readonly string[]): void => {
    putRow(s, row, 1, [label, ...plan.months.map((m) => toExcelSerial(firstDay(m))), ...extra]);
    style(s, rangeAddress(row, 1, row, H + 1 + extra.length), styles.header);
    numberFormat(s, rangeAddress(row, 2, row, H + 1), formats.month);
  };

  // Baseline headcount: current staff less whole leavers, c − INT(c × a × k / 12).
  const bHeader = section(s, "Baseline headcount (current staff after attrition, no hires)", width);
  monthHeader(bHeader, "Role", []);
  const baselineRow = (i: number): number => bHeader + 1 + i;
  plan.roles.forEach((role, i) => {
    const a = assumptionRow(i);
    const rp = plan.rolePlans[i];
    const cells: SpecCell[] = plan.months.map((_, k) => ({
      formula: `=$C${a}-INT($C${a}*$D${a}*${k}/12+1E-9)`,
      result: rp?.baselineHeadcount[k] ?? 0,
    }));
    putRow(s, baselineRow(i), 1, [role.name, ...cells]);
  });
  if (R > 0) numberFormat(s, rangeAddress(baselineRow(0), 2, baselineRow(R - 1), H + 1), formats.integer);

  // Cost by month.
  const cHeader = section(s, "Cost by month", width);
  monthHeader(cHeader, "Role", ["Total"]);
  const costRow = (i: number): number => cHeader + 1 + i;
  const roles = hiringPlanColumnRef("Role", plan.hires.length);
  const fs = hiringPlanColumnRef("Forecast start", plan.hires.length);
  plan.roles.forEach((role, i) => {
    const a = assumptionRow(i);
    const row = costRow(i);
    const costs = plan.rolePlans[i]?.cost ?? [];
    const cells: SpecCell[] = plan.months.map((_, k) => {
      const col = columnLetters(monthCol(k));
      const first = `${col}$${cHeader}`;
      const end = `EOMONTH(${first},0)`;
      // Share of the month on or after the start: 1 when it starts by the 1st, else the days left.
      const share = `((${fs}<=${first})+(${fs}>${first})*(${fs}<=${end})*(${end}+1-${fs})/DAY(${end}))`;
      // Rounded to the cent, as the engine's role-months are, so quarters and totals add up (docs/spec.md §4).
      return {
        formula: `=ROUND(${col}${baselineRow(i)}*$B$${a}/12+$B$${a}/12*SUMPRODUCT((${roles}=$A${row})*${share}),2)`,
        result: costs[k] ?? 0,
      };
    });
    const total = { formula: `=SUM(${rangeAddress(row, 2, row, H + 1)})`, result: sum(costs) };
    putRow(s, row, 1, [role.name, ...cells, total]);
  });
  const cTotal = costRow(R);
  const monthTotals = plan.months.map((_, k) => sum(plan.rolePlans.map((rp) => rp.cost[k] ?? 0)));
  const columnSum = (col: number, from: number, to: number, result: number): SpecCell =>
    R > 0 ? { formula: `=SUM(${rangeAddress(from, col, to, col)})`, result } : 0;
  putRow(s, cTotal, 1, [
    "Total",
    ...monthTotals.map((v, k) => columnSum(monthCol(k), costRow(0), costRow(R - 1), v)),
    columnSum(H + 2, costRow(0), costRow(R - 1), sum(monthTotals)),
  ]);
  style(s, rangeAddress(cTotal, 1, cTotal, H + 2), styles.total);
  numberFormat(s, rangeAddress(cHeader + 1, 2, cTotal, H + 2), money);

  // Cost by quarter: sums of the month cells above, so the two tables can never disagree.
  const qHeader = section(s, "Cost by calendar quarter", width, ["Role", ...spans.map((q) => q.quarter), "Total"]) - 1;
  const quarterCell = (row: number, sourceRow: number, values: readonly number[]): SpecCell[] =>
    spans.map((q) => ({
      formula: `=SUM(${rangeAddress(sourceRow, monthCol(q.from), sourceRow, monthCol(q.to))})`,
      result: sum(values.slice(q.from, q.to + 1)),
    }));
  plan.roles.forEach((role, i) => {
    const costs = plan.rolePlans[i]?.cost ?? [];
    const row = qHeader + 1 + i;
    putRow(s, row, 1, [role.name, ...quarterCell(row, costRow(i), costs), { formula: `=SUM(${rangeAddress(row, 2, row, spans.length + 1)})`, result: sum(costs) }]);
  });
  const qTotal = qHeader + 1 + R;
  putRow(s, qTotal, 1, ["Total", ...quarterCell(qTotal, cTotal, monthTotals), { formula: `=SUM(${rangeAddress(qTotal, 2, qTotal, spans.length + 1)})`, result: sum(monthTotals) }]);
  style(s, rangeAddress(qTotal, 1, qTotal, spans.length + 2), styles.total);
  numberFormat(s, rangeAddress(qHeader + 1, 2, qTotal, spans.length + 2), money);

  const note = nextRow(s) + 1;
  put(s, note, 1, "Quarters are calendar quarters; a quarter only partly inside the plan window holds only its plan months.");
  style(s, `A${note}`, styles.note);

  s.columnWidths = [30, ...Array.from({ length: width - 1 }, () => 13)];
  s.freeze = { rows: 0, columns: 1 };
  const prefix = sheetPrefix(SHEET.cost);
  return {
    sheet: finishSheet(s),
    total: { ref: prefix + cellAddress(qTotal, spans.length + 2), value: sum(monthTotals) },
    quarters: spans.map((q, j) => ({
      quarter: q.quarter,
      ref: prefix + cellAddress(qTotal, j + 2),
      value: sum(monthTotals.slice(q.from, q.to + 1)),
    })),
  };
}

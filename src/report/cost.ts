import { firstDay, quarterLabel, toExcelSerial, type Month } from "../plan/calendar";
import { paidHeadcount } from "../plan/cost";
import type { Plan } from "../plan/types";
import { cellAddress, columnLetters, rangeAddress, sheetPrefix } from "./a1";
import { finishSheet, newSheet, nextRow, numberFormat, put, putRow, section, style, type SheetDraft } from "./draft";
import { paidHeadcountRef } from "./headcount";
import { hiringPlanColumnRef } from "./hiringPlan";
import { NO_SOURCES, type InputSources } from "./sources";
import { SHEET } from "./sheets";
import { isFormula, type SheetSpec, type SpecCell } from "./spec";
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
  /** Spec §2.9's cost before the plan, outside the total. */
  readonly beforePlan: CostRef;
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

type Assumption = "annual" | "monthly" | "headcount" | "attrition";
const ASSUMPTION_COLUMN: Readonly<Record<Assumption, number>> = { annual: 2, monthly: 3, headcount: 4, attrition: 5 };
/** Where the Assumptions block's first role sits: the title, two notes, then the section band and header. */
const FIRST_ASSUMPTION_ROW = 7;

/** The Cost sheet's cell holding role i's assumption (`'Cost'!$D$7`), for formulas on other sheets. */
export function costAssumptionRef(i: number, what: Assumption): string {
  const col = columnLetters(ASSUMPTION_COLUMN[what]);
  return `${sheetPrefix(SHEET.cost)}$${col}$${FIRST_ASSUMPTION_ROW + i}`;
}

/** `=INDEX(<column>,MATCH(<name>,<roles>,0))`: a role's figure read from its input table. */
const lookup = (column: string, roles: string, name: string): string => `=INDEX(${column},MATCH(${name},${roles},0))`;

/** What every block of the Cost sheet is laid out with. */
interface CostLayout {
  readonly s: SheetDraft;
  readonly plan: Plan;
  readonly width: number;
  readonly money: string;
  /** Row of role i's assumptions (its monthly cost in column C). */
  readonly assumptionRow: (i: number) => number;
}

const monthCol = (k: number): number => k + 2;

/** The assumptions: links to the Roles and Team tables, or the one copy where the workbook has none. */
function assumptions(s: SheetDraft, plan: Plan, sources: InputSources, width: number, money: string): CostLayout {
  const first = section(s, "Assumptions (from the Roles and Team tables)", width, [
    "Role",
    "Annual cost",
    "Monthly cost",
    "Headcount",
    "Attrition",
  ]);
  if (first !== FIRST_ASSUMPTION_ROW) throw new Error(`Cost sheet layout: assumptions start on row ${first}`);
  const assumptionRow = (i: number): number => first + i;
  plan.roles.forEach((role, i) => {
    const row = assumptionRow(i);
    const name = `$A${row}`;
    const member = plan.team.find((t) => t.role.toLowerCase() === role.name.toLowerCase());
    const roles = sources.roles;
    const annual: SpecCell =
      roles?.loadedAnnualCost && roles.role
        ? { formula: lookup(roles.loadedAnnualCost, roles.role, name), result: role.loadedAnnualCost }
        : role.loadedAnnualCost;
    const team = sources.team;
    // A role with no Team row has no staff: 0, not a link to a row that is not there.
    const fromTeam = (column: string | null | undefined, value: number): SpecCell =>
      team && member ? (column && team.role ? { formula: lookup(column, team.role, name), result: value } : 0) : value;
    putRow(s, row, 1, [
      role.name,
      annual,
      { formula: `=B${row}/12`, result: role.loadedAnnualCost / 12 },
      fromTeam(team?.headcount, member?.headcount ?? 0),
      fromTeam(team?.attrition, member?.annualAttrition ?? 0),
    ]);
    style(s, `B${row}`, isFormula(annual) ? styles.link : styles.input);
    style(s, rangeAddress(row, 4, row, 5), team ? styles.link : styles.input);
  });
  const R = plan.roles.length;
  if (R > 0) {
    const last = assumptionRow(R - 1);
    numberFormat(s, rangeAddress(first, 2, last, 3), money);
    numberFormat(s, rangeAddress(first, 4, last, 4), formats.integer);
    numberFormat(s, rangeAddress(first, 5, last, 5), "0.0%");
  }
  return { s, plan, width, money, assumptionRow };
}

/** Cost by month: paid headcount × monthly cost per role, rounded to the cent, and the month totals. */
function byMonth({ s, plan, width, money, assumptionRow }: CostLayout): {
  readonly costRow: (i: number) => number;
  readonly totalRow: number;
  readonly monthTotals: number[];
} {
  const H = plan.months.length;
  const R = plan.roles.length;
  const header = section(s, "Cost by month (paid headcount × monthly cost)", width);
  putRow(s, header, 1, ["Role", ...plan.months.map((m) => toExcelSerial(firstDay(m))), "Total"]);
  style(s, rangeAddress(header, 1, header, H + 2), styles.header);
  numberFormat(s, rangeAddress(header, 2, header, H + 1), formats.month);
  const costRow = (i: number): number => header + 1 + i;
  plan.roles.forEach((role, i) => {
    const row = costRow(i);
    const costs = plan.rolePlans[i]?.cost ?? [];
    const cells: SpecCell[] = plan.months.map((_, k) => ({
      // Rounded to the cent, as the engine's role-months are, so quarters and totals add up (docs/spec.md §4).
      formula: `=ROUND(${paidHeadcountRef(i, k)}*$C$${assumptionRow(i)},2)`,
      result: costs[k] ?? 0,
    }));
    const total = { formula: `=SUM(${rangeAddress(row, 2, row, H + 1)})`, result: sum(costs) };
    putRow(s, row, 1, [role.name, ...cells, total]);
  });
  const totalRow = costRow(R);
  const monthTotals = plan.months.map((_, k) => sum(plan.rolePlans.map((rp) => rp.cost[k] ?? 0)));
  const columnSum = (col: number, result: number): SpecCell =>
    R > 0 ? { formula: `=SUM(${rangeAddress(costRow(0), col, costRow(R - 1), col)})`, result } : 0;
  putRow(s, totalRow, 1, ["Total", ...monthTotals.map((v, k) => columnSum(monthCol(k), v)), columnSum(H + 2, sum(monthTotals))]);
  style(s, rangeAddress(totalRow, 1, totalRow, H + 2), styles.total);
  numberFormat(s, rangeAddress(header + 1, 2, totalRow, H + 2), money);
  return { costRow, totalRow, monthTotals };
}

/** Cost by quarter: sums of the month cells, so the two tables can never disagree. Returns the total row. */
function byQuarter(
  { s, plan, width, money }: CostLayout,
  spans: ReturnType<typeof quarterSpans>,
  month: ReturnType<typeof byMonth>,
): number {
  const R = plan.roles.length;
  const header = section(s, "Cost by calendar quarter", width, ["Role", ...spans.map((q) => q.quarter), "Total"]) - 1;
  const quarterCells = (sourceRow: number, values: readonly number[]): SpecCell[] =>
    spans.map((q) => ({
      formula: `=SUM(${rangeAddress(sourceRow, monthCol(q.from), sourceRow, monthCol(q.to))})`,
      result: sum(values.slice(q.from, q.to + 1)),
    }));
  const rowTotal = (row: number, values: readonly number[]): SpecCell => ({
    formula: `=SUM(${rangeAddress(row, 2, row, spans.length + 1)})`,
    result: sum(values),
  });
  plan.roles.forEach((role, i) => {
    const costs = plan.rolePlans[i]?.cost ?? [];
    const row = header + 1 + i;
    putRow(s, row, 1, [role.name, ...quarterCells(month.costRow(i), costs), rowTotal(row, costs)]);
  });
  const totalRow = header + 1 + R;
  putRow(s, totalRow, 1, ["Total", ...quarterCells(month.totalRow, month.monthTotals), rowTotal(totalRow, month.monthTotals)]);
  style(s, rangeAddress(totalRow, 1, totalRow, spans.length + 2), styles.total);
  numberFormat(s, rangeAddress(header + 1, 2, totalRow, spans.length + 2), money);
  return totalRow;
}

/**
 * Cost before the plan (docs/spec.md §2.9): hires who start before the plan's first month are paid
 * from their start; those months are outside the plan's quarters and total. Returns the total row.
 */
function beforePlan({ s, plan, width, money, assumptionRow }: CostLayout): number {
  const R = plan.roles.length;
  const paid = paidHeadcount(
    plan.roles,
    plan.rolePlans.map((rp) => rp.baselineHeadcount),
    plan.hires,
    plan.settings.planStart,
    plan.months.length,
  );
  const header = section(s, "Before plan: pay of hires who start before the plan's first month (not in the totals above)", width, [
    "Role",
    "Paid months",
    "Cost",
  ]);
  const beforeMonths = hiringPlanColumnRef("Paid months before plan");
  const hireRole = hiringPlanColumnRef("Role");
  plan.roles.forEach((role, i) => {
    const row = header + i;
    const months = paid.beforePlan[i] ?? 0;
    putRow(s, row, 1, [
      role.name,
      { formula: `=SUMIFS(${beforeMonths},${hireRole},$A${row})`, result: months },
      { formula: `=B${row}*$C$${assumptionRow(i)}`, result: (role.loadedAnnualCost / 12) * months },
    ]);
  });
  const totalRow = header + R;
  const total: SpecCell =
    R > 0 ? { formula: `=ROUND(SUM(${rangeAddress(header, 3, totalRow - 1, 3)}),2)`, result: plan.totals.costBeforePlan } : 0;
  putRow(s, totalRow, 1, [
    "Total",
    R > 0 ? { formula: `=SUM(${rangeAddress(header, 2, totalRow - 1, 2)})`, result: sum(paid.beforePlan) } : 0,
    total,
  ]);
  style(s, rangeAddress(totalRow, 1, totalRow, 3), styles.total);
  numberFormat(s, rangeAddress(header, 2, totalRow, 2), formats.fte);
  numberFormat(s, rangeAddress(header, 3, totalRow, 3), money);
  return totalRow;
}

/**
 * Cost as live formulas (docs/spec.md §2.9). The assumptions are links to the Roles and Team tables of the
 * workbook (`sources`), or, where the workbook has no such table, the one copy, editable here. Each
 * role-month is the Headcount sheet's paid headcount × the monthly cost, rounded to the cent as
 * the engine rounds (docs/spec.md §4), so quarters and the total add up. Paid headcount is itself live over
 * the Hiring Plan table, so a changed loaded cost, headcount, attrition or forecast start, or an
 * added hire, moves every total. Each formula carries the engine's value as `result`.
 */
export function costSheet(plan: Plan, sources: InputSources = NO_SOURCES): CostSheet {
  const s = newSheet(SHEET.cost);
  const spans = quarterSpans(plan.months);
  const width = Math.max(plan.months.length + 2, spans.length + 2, 5);
  put(s, 1, 1, `Loaded cost (${plan.settings.currency})`);
  style(s, "A1", styles.title);
  put(
    s,
    2,
    1,
    "Live formulas: cost = paid headcount (Headcount sheet) × monthly cost. Edit a loaded cost in Roles, a headcount or attrition in Team, or a Forecast start on the Hiring Plan, and every figure follows.",
  );
  style(s, "A2", styles.note);
  put(
    s,
    3,
    1,
    "Green figures are read from the input tables; blue ones on yellow are the only copy (no such table). Rebuild after changing the roadmap or adding a role.",
  );
  style(s, "A3", styles.note);

  const layout = assumptions(s, plan, sources, width, currencyFormat(plan.settings.currency));
  const month = byMonth(layout);
  const qTotal = byQuarter(layout, spans, month);
  const bTotal = beforePlan(layout);

  const note = nextRow(s) + 1;
  put(
    s,
    note,
    1,
    "Quarters are calendar quarters; a quarter only partly inside the plan window holds only its plan months. Paid months before plan: the Hiring Plan's column of that name.",
  );
  style(s, `A${note}`, styles.note);

  s.columnWidths = [30, ...Array.from({ length: width - 1 }, () => 13)];
  s.freeze = { rows: 0, columns: 1 };
  const prefix = sheetPrefix(SHEET.cost);
  const { monthTotals } = month;
  return {
    sheet: finishSheet(s),
    total: { ref: prefix + cellAddress(qTotal, spans.length + 2), value: sum(monthTotals) },
    quarters: spans.map((q, j) => ({
      quarter: q.quarter,
      ref: prefix + cellAddress(qTotal, j + 2),
      value: sum(monthTotals.slice(q.from, q.to + 1)),
    })),
    beforePlan: { ref: prefix + cellAddress(bTotal, 3), value: plan.totals.costBeforePlan },
  };
}

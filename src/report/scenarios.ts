import type { ScenarioPlan } from "../plan/scenarios";
import { CONFIDENCE_MODES, type ConfidenceMode, type Plan } from "../plan/types";
import { formatDate } from "../plan/calendar";
import { rangeAddress } from "./a1";
import type { CostSheet } from "./cost";
import { hiringPlanColumnRef } from "./hiringPlan";
import { finishSheet, newSheet, numberFormat, put, putRow, section, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { currencyFormat, formats, styles } from "./style";

const MODE_LABEL: Readonly<Record<ConfidenceMode, string>> = {
  full: "Full roadmap",
  weighted: "Weighted by confidence",
  committed: "Committed only (≥ 70%)",
};

/**
 * Full, weighted and committed side by side. The plan's own mode is live: its hires are counted on
 * the Hiring Plan table and its cost links to the Cost sheet, so an edit there moves this column
 * too. The other modes are plans of their own, fixed when the workbook was built, and say so.
 */
export function scenariosSheet(
  plan: Plan,
  cost: CostSheet,
  options: { readonly scenarios?: readonly ScenarioPlan[]; readonly generatedAt?: string } = {},
): SheetSpec {
  const own = plan.settings.confidenceMode;
  const columns = CONFIDENCE_MODES.flatMap((mode) => {
    if (mode === own) return [{ mode, plan }];
    const other = options.scenarios?.find((sc) => sc.mode === mode);
    return other ? [{ mode, plan: other.plan }] : [];
  });
  const width = columns.length + 1;
  const s = newSheet(SHEET.scenarios);
  put(s, 1, 1, "Scenarios: the plan under each confidence mode");
  style(s, "A1", styles.title);
  put(
    s,
    2,
    1,
    `Full counts every initiative; weighted scales its FTE by confidence; committed keeps only initiatives at 70% or more. The other sheets show the ${own} plan.`,
  );
  style(s, "A2", styles.note);
  if (columns.length < CONFIDENCE_MODES.length) {
    put(s, 3, 1, "Only the modes computed by the caller appear here (see scenarioPlans).");
    style(s, "A3", styles.note);
  }
  const header = columns.map((c) => (c.mode === own ? `${MODE_LABEL[c.mode]} (this plan)` : MODE_LABEL[c.mode]));
  const builtOn = `as built on ${options.generatedAt ?? formatDate(plan.settings.asOf)} — rebuild to refresh`;
  const freshness = ["Figures", ...columns.map((c) => (c.mode === own ? "live: follows the Hiring Plan and Cost sheets" : builtOn))];
  /** A row: the plan's own mode as a formula (with its value), the other modes as their values. */
  const row = (label: string, ownCell: (value: number) => SpecCell, value: (p: Plan) => number): SpecCell[] => [
    label,
    ...columns.map((c) => (c.mode === own ? ownCell(value(c.plan)) : value(c.plan))),
  ];
  const freshnessRow = (r: number): void => {
    putRow(s, r, 1, freshness);
    style(s, rangeAddress(r, 1, r, width), styles.note);
  };

  const hireRole = hiringPlanColumnRef("Role");
  const status = hiringPlanColumnRef("Status");
  let r = section(s, "Hires by role", width, ["Role", ...header]);
  freshnessRow(r++);
  const firstHires = r;
  for (const role of plan.roles) {
    const hires = (p: Plan): number => p.totals.hiresByRole.find((x) => x.role === role.name)?.hires ?? 0;
    putRow(
      s,
      r,
      1,
      row(role.name, (result) => ({ formula: `=COUNTIFS(${hireRole},$A${r})`, result }), hires),
    );
    r++;
  }
  const sumAbove =
    (col: number) =>
    (result: number): SpecCell =>
      r > firstHires ? { formula: `=SUM(${rangeAddress(firstHires, col, r - 1, col)})`, result } : result;
  const ownCol = columns.findIndex((c) => c.mode === own) + 2;
  putRow(
    s,
    r,
    1,
    row("All roles", sumAbove(ownCol), (p) => p.totals.hires),
  );
  style(s, rangeAddress(r, 1, r, width), styles.total);
  const countStatus =
    (...statuses: string[]) =>
    (result: number): SpecCell => ({ formula: `=${statuses.map((st) => `COUNTIFS(${status},"${st}")`).join("+")}`, result });
  putRow(
    s,
    r + 1,
    1,
    row("Hires not on track", countStatus("start now", "at risk"), (p) => p.totals.lateHires),
  );
  putRow(
    s,
    r + 2,
    1,
    row("Of which at risk", countStatus("at risk"), (p) => p.hires.filter((h) => h.status === "at risk").length),
  );
  numberFormat(s, rangeAddress(firstHires, 2, r + 2, width), formats.integer);

  r = section(s, `Cost (${plan.settings.currency})`, width, ["Quarter", ...header]);
  freshnessRow(r++);
  const firstCost = r;
  const link =
    (ref: string) =>
    (result: number): SpecCell => ({ formula: `=${ref}`, result });
  putRow(
    s,
    r++,
    1,
    row("Before the plan (not in the total)", link(cost.beforePlan.ref), (p) => p.totals.costBeforePlan),
  );
  for (const q of cost.quarters) {
    putRow(
      s,
      r++,
      1,
      row(q.quarter, link(q.ref), (p) => p.totals.costByQuarter.find((x) => x.quarter === q.quarter)?.cost ?? 0),
    );
  }
  putRow(
    s,
    r,
    1,
    row("Total", link(cost.total.ref), (p) => p.totals.cost),
  );
  style(s, rangeAddress(r, 1, r, width), styles.total);
  numberFormat(s, rangeAddress(firstCost, 2, r, width), currencyFormat(plan.settings.currency));

  s.columnWidths = [34, ...columns.map(() => 30)];
  s.freeze = { rows: 0, columns: 1 };
  return finishSheet(s);
}

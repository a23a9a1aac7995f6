import type { ScenarioPlan } from "../plan/scenarios";
import { CONFIDENCE_MODES, type ConfidenceMode, type Plan } from "../plan/types";
import { rangeAddress } from "./a1";
import { finishSheet, newSheet, numberFormat, put, putRow, section, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec } from "./spec";
import { currencyFormat, formats, styles } from "./style";

const MODE_LABEL: Readonly<Record<ConfidenceMode, string>> = {
  full: "Full roadmap",
  weighted: "Weighted by confidence",
  committed: "Committed only (≥ 70%)",
};

/** Full, weighted and committed side by side; the plan's own mode always comes from `plan` itself. */
export function scenariosSheet(plan: Plan, scenarios: readonly ScenarioPlan[] = []): SheetSpec {
  const own = plan.settings.confidenceMode;
  const columns = CONFIDENCE_MODES.flatMap((mode) => {
    if (mode === own) return [{ mode, plan }];
    const other = scenarios.find((sc) => sc.mode === mode);
    return other ? [{ mode, plan: other.plan }] : [];
  });
  const width = columns.length + 1;
  const s = newSheet(SHEET.scenarios);
  put(s, 1, 1, "Scenarios: the plan under each confidence mode");
  style(s, "A1", styles.title);
  put(s, 2, 1, `Full counts every initiative; weighted scales its FTE by confidence; committed keeps only initiatives at 70% or more. The other sheets show the ${own} plan.`);
  style(s, "A2", styles.note);
  if (columns.length < CONFIDENCE_MODES.length) {
    put(s, 3, 1, "Only the modes computed by the caller appear here (see scenarioPlans).");
    style(s, "A3", styles.note);
  }
  const header = columns.map((c) => (c.mode === own ? `${MODE_LABEL[c.mode]} (this plan)` : MODE_LABEL[c.mode]));

  let row = section(s, "Hires by role", width, ["Role", ...header]);
  const firstHires = row;
  for (const role of plan.roles) {
    putRow(s, row++, 1, [role.name, ...columns.map((c) => c.plan.totals.hiresByRole.find((r) => r.role === role.name)?.hires ?? 0)]);
  }
  putRow(s, row, 1, ["All roles", ...columns.map((c) => c.plan.totals.hires)]);
  style(s, rangeAddress(row, 1, row, width), styles.total);
  putRow(s, row + 1, 1, ["Hires not on track", ...columns.map((c) => c.plan.totals.lateHires)]);
  putRow(s, row + 2, 1, ["Of which at risk", ...columns.map((c) => c.plan.hires.filter((h) => h.status === "at risk").length)]);
  numberFormat(s, rangeAddress(firstHires, 2, row + 2, width), formats.integer);

  row = section(s, `Cost (${plan.settings.currency})`, width, ["Quarter", ...header]);
  const firstCost = row;
  for (const q of plan.totals.costByQuarter) {
    putRow(s, row++, 1, [q.quarter, ...columns.map((c) => c.plan.totals.costByQuarter.find((x) => x.quarter === q.quarter)?.cost ?? 0)]);
  }
  putRow(s, row, 1, ["Total", ...columns.map((c) => c.plan.totals.cost)]);
  style(s, rangeAddress(row, 1, row, width), styles.total);
  numberFormat(s, rangeAddress(firstCost, 2, row, width), currencyFormat(plan.settings.currency));

  s.columnWidths = [30, ...columns.map(() => 27)];
  s.freeze = { rows: 0, columns: 1 };
  return finishSheet(s);
}

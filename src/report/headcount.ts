import { firstDay, toExcelSerial } from "../plan/calendar";
import type { Plan, RolePlan } from "../plan/types";
import { columnLetters, rangeAddress } from "./a1";
import { finishSheet, newSheet, numberFormat, put, putRow, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, styles } from "./style";

const MEASURES: readonly { readonly label: string; readonly values: (rp: RolePlan) => readonly number[]; readonly format: string }[] = [
  { label: "Demand (FTE)", values: (rp) => rp.demandFte, format: formats.fte },
  { label: "Target headcount", values: (rp) => rp.targetHeadcount, format: formats.integer },
  { label: "Baseline headcount", values: (rp) => rp.baselineHeadcount, format: formats.integer },
  { label: "Planned headcount", values: (rp) => rp.plannedHeadcount, format: formats.integer },
  { label: "New hires", values: (rp) => rp.newHires, format: formats.integer },
  { label: "Surplus", values: (rp) => rp.surplus, format: formats.integer },
];

const HEADER_ROW = 4;

/**
 * One block of rows per role (a row per measure) and a totals block whose cells are SUMIF
 * formulas over the measure column, so the totals stay right when a reader edits a figure.
 */
export function headcountSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.headcount);
  const H = plan.months.length;
  const M = MEASURES.length;
  put(s, 1, 1, "Headcount by role and month");
  style(s, "A1", styles.title);
  put(s, 2, 1, "Demand is roadmap FTE ÷ availability, rounded up to whole people; baseline is today's team after attrition; planned = baseline + hires due by that month.");
  style(s, "A2", styles.note);

  putRow(s, HEADER_ROW, 1, ["Role", "Measure", ...plan.months.map((m) => toExcelSerial(firstDay(m)))]);
  style(s, rangeAddress(HEADER_ROW, 1, HEADER_ROW, H + 2), styles.header);
  numberFormat(s, rangeAddress(HEADER_ROW, 3, HEADER_ROW, H + 2), formats.month);

  const blockStart = (i: number): number => HEADER_ROW + 1 + i * M;
  plan.rolePlans.forEach((rp, i) => {
    MEASURES.forEach((m, j) => putRow(s, blockStart(i) + j, 1, [rp.role, m.label, ...m.values(rp)]));
    // The role name repeats on every row so a filter or pivot keeps it; only the first reads dark.
    style(s, rangeAddress(blockStart(i), 1, blockStart(i), 1), styles.label);
    if (M > 1) style(s, rangeAddress(blockStart(i) + 1, 1, blockStart(i) + M - 1, 1), styles.muted);
    style(s, rangeAddress(blockStart(i) + M - 1, 1, blockStart(i) + M - 1, H + 2), { borderBottom: "#D0D7E2" });
  });
  const lastData = blockStart(plan.rolePlans.length) - 1;

  const totalStart = lastData + 2;
  const R = plan.rolePlans.length;
  MEASURES.forEach((m, j) => {
    const row = totalStart + j;
    const cells: SpecCell[] = plan.months.map((_, k) => {
      const result = plan.rolePlans.reduce((acc, rp) => acc + (m.values(rp)[k] ?? 0), 0);
      if (R === 0) return result;
      const col = columnLetters(k + 3);
      return { formula: `=SUMIF($B$${blockStart(0)}:$B$${lastData},$B${row},${col}$${blockStart(0)}:${col}$${lastData})`, result };
    });
    putRow(s, row, 1, ["All roles", m.label, ...cells]);
  });
  style(s, rangeAddress(totalStart, 1, totalStart + M - 1, H + 2), { bold: true, fill: "#F2F5F9" });

  for (let i = 0; i <= R; i++) {
    const start = i < R ? blockStart(i) : totalStart;
    MEASURES.forEach((m, j) => numberFormat(s, rangeAddress(start + j, 3, start + j, H + 2), m.format));
  }

  s.columnWidths = [30, 20, ...plan.months.map(() => 10)];
  s.freeze = { rows: HEADER_ROW, columns: 2 };
  return finishSheet(s);
}

import { firstDay, toExcelSerial } from "../plan/calendar";
import { paidHeadcount } from "../plan/cost";
import type { Plan } from "../plan/types";
import { cellAddress, columnLetters, rangeAddress, sheetPrefix } from "./a1";
import { costAssumptionRef } from "./cost";
import { finishSheet, newSheet, numberFormat, put, putRow, section, style } from "./draft";
import { hiringPlanColumnRef } from "./hiringPlan";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, styles } from "./style";
import { surplusNotes } from "./surplus";

type Measure = "demand" | "target" | "baseline" | "newHires" | "planned" | "surplus" | "paid";

const MEASURES: readonly { readonly key: Measure; readonly label: string; readonly format: string }[] = [
  { key: "demand", label: "Demand (FTE)", format: formats.fte },
  { key: "target", label: "Target headcount", format: formats.integer },
  { key: "baseline", label: "Baseline headcount", format: formats.integer },
  { key: "newHires", label: "New hires (by need-by)", format: formats.integer },
  { key: "planned", label: "Planned headcount (by need-by)", format: formats.integer },
  { key: "surplus", label: "Surplus", format: formats.integer },
  { key: "paid", label: "Paid headcount (by forecast start)", format: formats.fte },
];

const HEADER_ROW = 4;
const M = MEASURES.length;
const measureIndex = (key: Measure): number => MEASURES.findIndex((m) => m.key === key);
const blockStart = (i: number): number => HEADER_ROW + 1 + i * M;
/** The sheet column of plan month k. */
const monthCol = (k: number): number => k + 3;

/** The Headcount cell of role i's paid headcount in plan month k (`'Headcount'!C11`), which the Cost sheet multiplies. */
export function paidHeadcountRef(i: number, k: number): string {
  return sheetPrefix(SHEET.headcount) + cellAddress(blockStart(i) + measureIndex("paid"), monthCol(k));
}

/**
 * One block of rows per role, a row per measure, and an All roles block of SUMIF formulas over the
 * measure column. Demand and target are the last build's (they come from the roadmap); the rest
 * are live formulas over the Team table (through the Cost sheet's assumptions) and the Hiring Plan
 * table, so an edited headcount or forecast start, or an added hire, moves them and the cost.
 * Planned headcount counts a hire from the month it is needed; paid headcount counts the people
 * on the payroll: from the forecast start, the first month in proportion to its days.
 */
export function headcountSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.headcount);
  const H = plan.months.length;
  const R = plan.rolePlans.length;
  put(s, 1, 1, "Headcount by role and month");
  style(s, "A1", styles.title);
  put(
    s,
    2,
    1,
    "Target = demand ÷ availability, rounded up. Planned counts a hire from the month needed; paid counts people on the payroll from their forecast start (ramp-up months are paid), so Cost = paid × monthly cost.",
  );
  style(s, "A2", styles.note);
  put(s, 3, 1, "Live over the Team and Hiring Plan tables; demand and target come from the roadmap: rebuild after editing it.");
  style(s, "A3", styles.note);

  putRow(s, HEADER_ROW, 1, ["Role", "Measure", ...plan.months.map((m) => toExcelSerial(firstDay(m)))]);
  style(s, rangeAddress(HEADER_ROW, 1, HEADER_ROW, H + 2), styles.header);
  numberFormat(s, rangeAddress(HEADER_ROW, 3, HEADER_ROW, H + 2), formats.month);

  const role = hiringPlanColumnRef("Role");
  const needBy = hiringPlanColumnRef("Need by");
  const fs = hiringPlanColumnRef("Forecast start");
  const paid = paidHeadcount(
    plan.roles,
    plan.rolePlans.map((rp) => rp.baselineHeadcount),
    plan.hires,
    plan.settings.planStart,
    H,
  ).byRole;
  plan.rolePlans.forEach((rp, i) => {
    const start = blockStart(i);
    const at = (key: Measure, k: number): string => cellAddress(start + measureIndex(key), monthCol(k));
    const headcount = costAssumptionRef(i, "headcount");
    const attrition = costAssumptionRef(i, "attrition");
    const engine = engineValues(rp, paid[i] ?? []);
    const cells = (key: Measure): SpecCell[] =>
      plan.months.map((_, k): SpecCell => {
        const result = engine[key][k] ?? 0;
        const first = `${columnLetters(monthCol(k))}$${HEADER_ROW}`;
        const end = `EOMONTH(${first},0)`;
        const name = `$A${start}`;
        switch (key) {
          case "demand":
          case "target":
            return result;
          case "baseline":
            // Current staff less whole leavers (spec §2.3), from the Team table via the Cost sheet.
            return { formula: `=${headcount}-INT(${headcount}*${attrition}*${k}/12+1E-9)`, result };
          case "newHires":
            return { formula: `=COUNTIFS(${role},${name},${needBy},">="&${first},${needBy},"<="&${end})`, result };
          case "planned":
            return { formula: `=${at("baseline", k)}+COUNTIFS(${role},${name},${needBy},"<="&${end})`, result };
          case "surplus":
            return { formula: `=MAX(0,${at("planned", k)}-${at("target", k)})`, result };
          case "paid":
            // Hires started by the 1st count in full; one starting in the month counts its days from the start.
            return {
              formula: `=${at("baseline", k)}+COUNTIFS(${role},${name},${fs},"<="&${first})+(COUNTIFS(${role},${name},${fs},">"&${first},${fs},"<="&${end})*(${end}+1)-SUMIFS(${fs},${role},${name},${fs},">"&${first},${fs},"<="&${end}))/DAY(${end})`,
              result,
            };
        }
      });
    MEASURES.forEach((m, j) => putRow(s, start + j, 1, [rp.role, m.label, ...cells(m.key)]));
    // The role name repeats on every row so a filter or pivot keeps it; only the first reads dark.
    style(s, rangeAddress(start, 1, start, 1), styles.label);
    style(s, rangeAddress(start + 1, 1, start + M - 1, 1), styles.muted);
    style(s, rangeAddress(start + M - 1, 1, start + M - 1, H + 2), { borderBottom: "#D0D7E2" });
    const surplusRow = start + measureIndex("surplus");
    if (H > 0) {
      s.conditionalFormats.push({
        range: rangeAddress(surplusRow, 3, surplusRow, H + 2),
        rules: [{ formula: `=C${surplusRow}>0`, style: styles.startNow }],
      });
    }
  });
  const lastData = blockStart(R) - 1;

  const totalStart = lastData + 2;
  MEASURES.forEach((m, j) => {
    const row = totalStart + j;
    const cells: SpecCell[] = plan.months.map((_, k) => {
      const result = plan.rolePlans.reduce((acc, rp, i) => acc + (engineValues(rp, paid[i] ?? [])[m.key][k] ?? 0), 0);
      if (R === 0) return result;
      const col = columnLetters(monthCol(k));
      return { formula: `=SUMIF($B$${blockStart(0)}:$B$${lastData},$B${row},${col}$${blockStart(0)}:${col}$${lastData})`, result };
    });
    putRow(s, row, 1, ["All roles", m.label, ...cells]);
  });
  style(s, rangeAddress(totalStart, 1, totalStart + M - 1, H + 2), { bold: true, fill: "#F2F5F9" });

  for (let i = 0; i <= R; i++) {
    const start = i < R ? blockStart(i) : totalStart;
    MEASURES.forEach((m, j) => numberFormat(s, rangeAddress(start + j, 3, start + j, H + 2), m.format));
  }

  const notes = surplusNotes(plan);
  const surplusTitle = section(s, "Surplus: people beyond the target (shaded above)", Math.max(2, H + 2)) - 1;
  [notes.summary, ...notes.roles, ...(notes.personMonths > 0 ? [notes.advice] : [])].forEach((line, i) =>
    put(s, surplusTitle + 1 + i, 1, line),
  );

  s.columnWidths = [30, 32, ...plan.months.map(() => 10)];
  s.freeze = { rows: HEADER_ROW, columns: 2 };
  return finishSheet(s);
}

/** What each measure's cells hold, as the engine computed them. */
function engineValues(rp: Plan["rolePlans"][number], paid: readonly number[]): Readonly<Record<Measure, readonly number[]>> {
  return {
    demand: rp.demandFte,
    target: rp.targetHeadcount,
    baseline: rp.baselineHeadcount,
    newHires: rp.newHires,
    planned: rp.plannedHeadcount,
    surplus: rp.surplus,
    paid,
  };
}

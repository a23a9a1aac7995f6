import { monthOfYear, toExcelSerial, yearOf, type Month } from "../plan/calendar";
import { paidMonthsBeforePlan } from "../plan/cost";
import type { Hire, Plan } from "../plan/types";
import { columnLetters, rangeAddress, sheetPrefix } from "./a1";
import { finishSheet, newSheet, numberFormat, putRow, style } from "./draft";
import { SHEET } from "./sheets";
import { wholeColumn } from "./sources";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, statusRules, styles } from "./style";

interface Column {
  readonly header: string;
  readonly width: number;
  readonly format?: string;
  /** `row`: the hire's sheet row, for a formula over its own cells. */
  readonly value: (h: Hire, row: number, planStart: Month) => SpecCell;
}

const serial = toExcelSerial;

/** The table's columns, in order; the Cost and Summary sheets find theirs by header. */
const COLUMNS = [
  { header: "ID", width: 18, value: (h) => h.id },
  { header: "Role", width: 28, value: (h) => h.role },
  { header: "Reason", width: 10, value: (h) => h.reason },
  { header: "Initiative", width: 34, value: (h) => h.initiative || null },
  { header: "Priority", width: 9, value: (h) => h.priority },
  { header: "Hiring manager", width: 20, value: (h) => h.owner || null },
  { header: "Stage", width: 14, value: (h) => h.stage },
  { header: "ATS req", width: 12, value: (h) => h.tracking?.atsReq || null },
  { header: "Candidate", width: 18, value: (h) => h.tracking?.candidate || null },
  { header: "Need by", width: 11, format: formats.date, value: (h) => serial(h.needBy) },
  { header: "Pipeline start", width: 11, format: formats.date, value: (h) => serial(h.pipelineStart) },
  { header: "Req open", width: 11, format: formats.date, value: (h) => serial(h.reqOpen) },
  { header: "Offer accepted", width: 11, format: formats.date, value: (h) => serial(h.offerAccepted) },
  { header: "Start", width: 11, format: formats.date, value: (h) => serial(h.start) },
  { header: "Status", width: 10, value: (h) => h.status },
  { header: "Days late", width: 8, format: formats.integer, value: (h) => h.daysLate },
  { header: "Slack (days)", width: 8, format: formats.integer, value: (h) => h.slackDays },
  { header: "Forecast pipeline start", width: 11, format: formats.date, value: (h) => serial(h.forecastPipelineStart) },
  { header: "Forecast req open", width: 11, format: formats.date, value: (h) => serial(h.forecastReqOpen) },
  { header: "Forecast offer accepted", width: 11, format: formats.date, value: (h) => serial(h.forecastOfferAccepted) },
  { header: "Forecast start", width: 11, format: formats.date, value: (h) => serial(h.forecastStart) },
  { header: "Expected productive", width: 11, format: formats.date, value: (h) => serial(h.expectedProductive) },
  { header: "Delay (days)", width: 8, format: formats.integer, value: (h) => h.delayDays },
  // Spec §2.9: a hire who starts before the plan is paid from the start; the Cost sheet sums these.
  {
    header: "Paid months before plan",
    width: 10,
    format: formats.fte,
    value: (h, row, planStart) => ({
      formula: monthsBeforePlanFormula(row, planStart),
      result: paidMonthsBeforePlan(h.forecastStart, planStart),
    }),
  },
] as const satisfies readonly Column[];

/** Only with recruiting capacity (spec §7), last so every other column keeps its place. */
const CAPACITY_COLUMN: Column = { header: "Capacity delay (days)", width: 10, format: formats.integer, value: (h) => h.capacityDelayDays };

export type HiringPlanHeader = (typeof COLUMNS)[number]["header"];

export const HIRING_PLAN_TABLE = "HiringPlan";

function columnOf(header: HiringPlanHeader): number {
  return COLUMNS.findIndex((c) => c.header === header) + 1;
}

/** The last data row: an Excel table needs one data row even when the plan has no hires. */
function lastRow(hireCount: number): number {
  return Math.max(2, hireCount + 1);
}

/**
 * `'Hiring Plan'!$B:$B`: a whole column, for COUNTIFS and SUMIFS on other sheets (criteria skip the
 * header), so a row a reviewer adds to the table, inside it or below it, is counted.
 */
export function hiringPlanColumnRef(header: HiringPlanHeader): string {
  return sheetPrefix(SHEET.hiringPlan) + wholeColumn(columnOf(header));
}

/** Months from the Forecast start on `row` to the plan's first day: the start month's share, then whole months. */
function monthsBeforePlanFormula(row: number, planStart: Month): string {
  const fs = `$${columnLetters(columnOf("Forecast start"))}${row}`;
  const first = `DATE(${yearOf(planStart)},${monthOfYear(planStart)},1)`;
  const end = `EOMONTH(${fs},0)`;
  return `=IF(AND(ISNUMBER(${fs}),${fs}<${first}),(YEAR(${first})-YEAR(${fs}))*12+MONTH(${first})-MONTH(${fs})-1+(${end}+1-${fs})/DAY(${end}),0)`;
}

export function hiringPlanSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.hiringPlan);
  const last = lastRow(plan.hires.length);
  const columns: readonly Column[] = plan.capacity ? [...COLUMNS, CAPACITY_COLUMN] : COLUMNS;
  putRow(
    s,
    1,
    1,
    columns.map((c) => c.header),
  );
  plan.hires.forEach((h, i) =>
    putRow(
      s,
      i + 2,
      1,
      columns.map((c) => c.value(h, i + 2, plan.settings.planStart)),
    ),
  );
  if (plan.hires.length === 0)
    putRow(
      s,
      2,
      1,
      columns.map(() => null),
    );

  s.columnWidths = columns.map((c) => Math.max(c.width, c.header.length + 2));
  s.freeze = { rows: 1, columns: 2 };
  s.tables.push({ name: HIRING_PLAN_TABLE, range: rangeAddress(1, 1, last, columns.length), style: "TableStyleLight9" });
  // Table styles do not survive every reader (LibreOffice ignores them), so the header is styled too.
  style(s, rangeAddress(1, 1, 1, columns.length), styles.header);
  columns.forEach((c, i) => {
    if (c.format !== undefined) numberFormat(s, rangeAddress(2, i + 1, last, i + 1), c.format);
  });

  const status = columnLetters(columnOf("Status"));
  const delay = columnLetters(columnOf("Delay (days)"));
  s.conditionalFormats.push({
    range: rangeAddress(2, columnOf("Status"), last, columnOf("Status")),
    rules: statusRules(`$${status}2`),
  });
  s.conditionalFormats.push({
    range: rangeAddress(2, columnOf("Delay (days)"), last, columnOf("Delay (days)")),
    rules: [{ formula: `=$${delay}2>0`, style: { fontColor: styles.atRisk.fontColor, bold: true } }],
  });
  if (plan.capacity) {
    const col = columns.length;
    s.conditionalFormats.push({
      range: rangeAddress(2, col, last, col),
      rules: [{ formula: `=$${columnLetters(col)}2>0`, style: { fontColor: styles.atRisk.fontColor, bold: true } }],
    });
  }
  return finishSheet(s);
}

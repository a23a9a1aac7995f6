import { addDays, lastDay, monthOfDate, monthOfYear, toExcelSerial, yearOf, type CalDate } from "../plan/calendar";
import type { Hire, Plan } from "../plan/types";
import { columnLetters, rangeAddress } from "./a1";
import { finishSheet, newSheet, numberFormat, put, putRow, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, palette, statusRules, styles } from "./style";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The dated columns, in phase order: each phase runs from its date to the next one. The bars show
 * what has happened (a tracked hire's real dates) and what is still ahead (the forecast), after the
 * date the pipeline should have started: a pipeline started late shows its lateness as a red bar.
 */
type DateColumn = { readonly header: string; readonly date: (h: Hire) => CalDate };
const DATE_COLUMNS: readonly DateColumn[] = [
  { header: "Planned pipeline start", date: (h) => h.pipelineStart },
  { header: "Pipeline start", date: (h) => h.forecastPipelineStart },
  { header: "Req open", date: (h) => h.forecastReqOpen },
  { header: "Offer accepted", date: (h) => h.forecastOfferAccepted },
  { header: "Start", date: (h) => h.forecastStart },
  { header: "Productive", date: (h) => h.expectedProductive },
];

type Phase = { readonly label: string; readonly fill: string };
const PHASES: readonly Phase[] = [
  { label: "Late", fill: palette.phase.late },
  { label: "Sourcing", fill: palette.phase.sourcing },
  { label: "Req open", fill: palette.phase.reqOpen },
  { label: "Notice", fill: palette.phase.notice },
  { label: "Ramp-up", fill: palette.phase.rampUp },
  { label: "Productive", fill: palette.phase.productive },
];

/**
 * With recruiting capacity (spec §7) a pipeline may wait for room: "Could start" is where it stood
 * before capacity was applied, and the weeks from there to its pipeline start are their own phase.
 */
const COULD_START: DateColumn = { header: "Could start", date: (h) => addDays(h.forecastPipelineStart, -h.capacityDelayDays) };
const CAPACITY_WAIT = { label: "Capacity wait", fill: palette.phase.capacityWait };

function layout(plan: Plan): { readonly dates: readonly DateColumn[]; readonly phases: readonly Phase[] } {
  if (!plan.capacity) return { dates: DATE_COLUMNS, phases: PHASES };
  return {
    dates: [DATE_COLUMNS[0] as DateColumn, COULD_START, ...DATE_COLUMNS.slice(1)],
    phases: [PHASES[0] as Phase, CAPACITY_WAIT, ...PHASES.slice(1)],
  };
}

const LEAD = ["ID", "Role", "Initiative", "Status", "Stage"] as const;
const FIRST_DATE_COL = LEAD.length + 1;
const AS_OF_CELL = "$B$2";
const MONTH_ROW = 4;
const WEEK_ROW = 5;
const FIRST_HIRE_ROW = 6;

/** The Monday on or before `d` (day 0, 1970-01-01, was a Thursday). */
function mondayOnOrBefore(d: CalDate): CalDate {
  return addDays(d, -(((d + 3) % 7) + 7) % 7);
}

/** Week starts from the week of the earliest pipeline start (or As of) to the plan's last day. */
export function timelineWeeks(plan: Plan): CalDate[] {
  let from = plan.settings.asOf;
  for (const h of plan.hires) {
    if (h.pipelineStart < from) from = h.pipelineStart;
    if (h.forecastPipelineStart < from) from = h.forecastPipelineStart;
  }
  const lastMonth = plan.months[plan.months.length - 1] ?? monthOfDate(from);
  const to = lastDay(lastMonth);
  const weeks: CalDate[] = [];
  for (let w = mondayOnOrBefore(from); w <= to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/**
 * A Gantt drawn entirely by conditional formatting: a week cell takes the colour of the phase
 * its mid-week day falls in, read from the row's own date cells, and the As of week is a red
 * rule read from B2. Edit a date or As of and the chart redraws; the cells themselves stay empty.
 */
export function timelineSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.timeline);
  const { dates, phases } = layout(plan);
  const firstWeekCol = FIRST_DATE_COL + dates.length;
  const weeks = timelineWeeks(plan);
  const W = weeks.length;
  const lastCol = firstWeekCol + W - 1;
  const lastRow = Math.max(FIRST_HIRE_ROW, FIRST_HIRE_ROW + plan.hires.length - 1);

  put(s, 1, 1, "Sourcing timeline — one row per hire, one column per week (weeks start on Monday)");
  style(s, "A1", styles.title);
  putRow(s, 2, 1, ["As of", toExcelSerial(plan.settings.asOf)]);
  style(s, "A2", styles.label);
  style(s, "B2", styles.input);
  numberFormat(s, "B2", formats.date);
  phases.forEach((p, i) => {
    const col = FIRST_DATE_COL + i;
    put(s, 2, col, p.label);
    style(s, rangeAddress(2, col, 2, col), {
      fill: p.fill,
      fontColor: p.label === "Req open" ? "#FFFFFF" : palette.ink,
      horizontalAlignment: "center",
    });
  });
  const dateRange = `${columnLetters(FIRST_DATE_COL)}:${columnLetters(firstWeekCol - 1)}`;
  const wait = plan.capacity ? " Purple: the weeks a pipeline waited for recruiting capacity." : "";
  put(
    s,
    3,
    1,
    `Bars follow the dates in columns ${dateRange}: real dates where the Tracking table has them, the forecast for the rest. Red: the weeks a pipeline started after it should have.${wait} The dark red column is the As of week.`,
  );
  style(s, "A3", styles.note);

  // Month labels above the first week of each month; text, so they spill over the empty cells.
  let shown = -1;
  weeks.forEach((w, i) => {
    const m = monthOfDate(addDays(w, 3));
    if (m === shown) return;
    shown = m;
    put(s, MONTH_ROW, firstWeekCol + i, `${MONTH_NAMES[monthOfYear(m) - 1]} ${yearOf(m)}`);
  });
  style(s, rangeAddress(MONTH_ROW, firstWeekCol, MONTH_ROW, lastCol), { bold: true, fontColor: palette.title });

  putRow(s, WEEK_ROW, 1, [...LEAD, ...dates.map((c) => c.header), ...weeks.map(toExcelSerial)]);
  style(s, rangeAddress(WEEK_ROW, 1, WEEK_ROW, lastCol), styles.header);
  numberFormat(s, rangeAddress(WEEK_ROW, firstWeekCol, WEEK_ROW, lastCol), "d");

  const blanks: SpecCell[] = weeks.map(() => null);
  plan.hires.forEach((h, i) => {
    putRow(s, FIRST_HIRE_ROW + i, 1, [
      h.id,
      h.role,
      h.initiative || "(backfill)",
      h.status,
      h.stage,
      ...dates.map((c) => toExcelSerial(c.date(h))),
      ...blanks,
    ]);
  });
  if (plan.hires.length > 0) {
    numberFormat(s, rangeAddress(FIRST_HIRE_ROW, FIRST_DATE_COL, lastRow, firstWeekCol - 1), formats.date);
  }

  const week = `${columnLetters(firstWeekCol)}$${WEEK_ROW}`;
  const mid = `${week}+3`;
  const asOfWeek = { formula: `=AND(${week}<=${AS_OF_CELL},${AS_OF_CELL}<${week}+7)`, style: { fill: palette.asOfMarker } };
  const dateCell = (j: number): string => `$${columnLetters(FIRST_DATE_COL + j)}${FIRST_HIRE_ROW}`;
  const phaseRules = phases.map((p, j) => ({
    formula: j < dates.length - 1 ? `=AND(${dateCell(j)}<=${mid},${mid}<${dateCell(j + 1)})` : `=${dateCell(j)}<=${mid}`,
    style: { fill: p.fill },
  }));
  s.conditionalFormats.push({
    range: rangeAddress(WEEK_ROW, firstWeekCol, WEEK_ROW, lastCol),
    rules: [{ ...asOfWeek, style: { fill: palette.asOfMarker, fontColor: "#FFFFFF", bold: true } }],
  });
  s.conditionalFormats.push({ range: rangeAddress(FIRST_HIRE_ROW, firstWeekCol, lastRow, lastCol), rules: [asOfWeek, ...phaseRules] });
  const status = `$${columnLetters(LEAD.indexOf("Status") + 1)}${FIRST_HIRE_ROW}`;
  s.conditionalFormats.push({ range: rangeAddress(FIRST_HIRE_ROW, 4, lastRow, 4), rules: statusRules(status) });

  s.columnWidths = [18, 26, 36, 10, 14, ...dates.map((c) => Math.max(11, c.header.length + 2)), ...weeks.map(() => 3)];
  s.freeze = { rows: WEEK_ROW, columns: 2 };
  return finishSheet(s);
}

import { firstDay, toExcelSerial } from "../plan/calendar";
import type { Plan } from "../plan/types";
import { rangeAddress } from "./a1";
import { finishSheet, newSheet, numberFormat, put, putRow, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, styles } from "./style";

const HEADER_ROW = 5;

/**
 * Recruiting capacity per month. Recruiters needed is a formula over active pipelines and the
 * Reqs per recruiter cell, so a reader can try another ratio without re-running the plan.
 */
export function recruitingSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.recruiting);
  const load = plan.recruiting;
  put(s, 1, 1, "Recruiting load by month");
  style(s, "A1", styles.title);
  putRow(s, 2, 1, ["Reqs per recruiter", plan.settings.reqsPerRecruiter]);
  style(s, "A2", styles.label);
  style(s, "B2", styles.input);
  put(
    s,
    3,
    1,
    "Forecast dates (no work starts before As of). Open reqs: requisitions open in the month; active pipelines: hires being sourced or with an open req; interview hours: each hire's loop spread over its open-req days.",
  );
  style(s, "A3", styles.note);

  putRow(s, HEADER_ROW, 1, ["Month", "Open reqs", "Active pipelines", "Interview hours", "Recruiters needed"]);
  style(s, rangeAddress(HEADER_ROW, 1, HEADER_ROW, 5), styles.header);
  load.months.forEach((m, k) => {
    const row = HEADER_ROW + 1 + k;
    const recruiters: SpecCell = { formula: `=ROUNDUP(C${row}/$B$2,0)`, result: load.recruitersNeeded[k] ?? 0 };
    putRow(s, row, 1, [
      toExcelSerial(firstDay(m)),
      load.openReqs[k] ?? 0,
      load.activePipelines[k] ?? 0,
      load.interviewHours[k] ?? 0,
      recruiters,
    ]);
  });
  const last = HEADER_ROW + load.months.length;
  if (load.months.length > 0) {
    numberFormat(s, rangeAddress(HEADER_ROW + 1, 1, last, 1), formats.month);
    numberFormat(s, rangeAddress(HEADER_ROW + 1, 2, last, 3), formats.integer);
    numberFormat(s, rangeAddress(HEADER_ROW + 1, 4, last, 4), formats.hours);
    numberFormat(s, rangeAddress(HEADER_ROW + 1, 5, last, 5), formats.integer);
    s.charts.push({
      title: "Requisitions and pipelines by month",
      type: "columnClustered",
      dataRange: rangeAddress(HEADER_ROW, 1, last, 3),
      seriesBy: "columns",
      anchor: `G${HEADER_ROW}`,
      width: 520,
      height: 280,
    });
  }
  s.columnWidths = [18, 12, 18, 17, 19];
  s.freeze = { rows: HEADER_ROW, columns: 1 };
  return finishSheet(s);
}

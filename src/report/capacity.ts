import { addDays, firstDay, toExcelSerial } from "../plan/calendar";
import { capacitySummary } from "../plan/capacity-summary";
import type { CapacityShift, Hire, Plan } from "../plan/types";
import { columnLetters, rangeAddress } from "./a1";
import { finishSheet, newSheet, nextRow, numberFormat, put, putRow, section, style, type SheetDraft } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, styles } from "./style";

export const CAPACITY_TABLES = { pipelines: "CapacityPipelines", hours: "CapacityInterviewHours", slipped: "CapacitySlipped" } as const;

const SLIPPED_HEADER = [
  "ID",
  "Role",
  "Initiative",
  "Priority",
  "Why",
  "Could start",
  "Pipeline start",
  "Capacity delay (days)",
  "Need by",
  "Expected productive",
  "Delay (days)",
  "Outcome",
];

/** Why a pipeline waited, in a recruiter's words. */
function why(s: CapacityShift, h: Hire): string {
  const parts = [...(s.recruiters ? ["recruiters"] : []), ...(s.interviewers ? [`${h.role} interviewers`] : [])];
  return parts.join(" and ");
}

/** A month-by-month table with its header at `header`: returns the last row. */
function monthTable(s: SheetDraft, name: string, headerRow: number, header: readonly string[], rows: readonly SpecCell[][]): number {
  putRow(s, headerRow, 1, header);
  style(s, rangeAddress(headerRow, 1, headerRow, header.length), styles.header);
  rows.forEach((r, i) => putRow(s, headerRow + 1 + i, 1, r));
  const last = headerRow + Math.max(1, rows.length);
  s.tables.push({ name, range: rangeAddress(headerRow, 1, last, header.length), style: "TableStyleLight9" });
  numberFormat(s, rangeAddress(headerRow + 1, 1, last, 1), formats.month);
  return last;
}

/**
 * Recruiting capacity (spec §7): per month the pipelines placed against what the recruiters can
 * run and each limited role's interview hours against its limit (a table everywhere, a chart in
 * the live workbook), then the hires that slipped, by how much and why, and the what-if.
 */
export function capacitySheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.capacity);
  put(s, 1, 1, "Recruiting capacity");
  style(s, "A1", styles.title);
  s.columnWidths = SLIPPED_HEADER.map((h, i) => Math.max([28, 28, 34, 10, 44][i] ?? 12, h.length + 2));
  const c = plan.capacity;
  const words = capacitySummary(plan);
  if (!c || !words) {
    put(
      s,
      3,
      1,
      "No recruiting capacity was given, so every pipeline starts when the plan needs it. Set Recruiters in the Settings table (or Interview hours per month in the Team table) and the plan places every pipeline inside that capacity and says which hires slip.",
    );
    style(s, "A3", styles.note);
    return finishSheet(s);
  }
  put(s, 2, 1, words.headline);
  style(s, "A2", { bold: true, fontColor: words.slipped + words.blocked > 0 ? styles.atRisk.fontColor : styles.onTrack.fontColor });
  put(s, 3, 1, words.enough ? words.whatIf : `What would keep every pipeline on time: ${words.whatIf}`);
  style(s, "A3", styles.label);

  const keep = new Map(c.interviewHoursToKeepOnTime.map((k) => [k.role, k.hours]));
  const facts: [string, SpecCell, SpecCell][] = [
    ["Recruiters", c.recruiters ?? "not given", null],
    ["Reqs per recruiter", plan.settings.reqsPerRecruiter, null],
    ["Pipelines at once", c.pipelineCapacity ?? "no limit", null],
    ["Recruiters to keep on time", c.recruitersToKeepOnTime, null],
    ...c.interviewHoursLimit.map((l): [string, SpecCell, SpecCell] => [
      `Interview hours a month`,
      l.hours,
      `${l.role} (on time: ${Math.ceil((keep.get(l.role) ?? 0) - 1e-9)})`,
    ]),
  ];
  facts.forEach(([label, value, detail], i) => {
    putRow(s, 5 + i, 1, [label, value, detail]);
    style(s, `A${5 + i}`, styles.label);
    style(s, `B${5 + i}`, { horizontalAlignment: "left" });
  });

  const months = plan.recruiting.months;
  const monthCell = (k: number): number => toExcelSerial(firstDay(months[k] ?? months[0] ?? plan.settings.planStart));
  let row = section(s, "Pipelines placed against capacity, by month", SLIPPED_HEADER.length);
  const pipeHeader = row;
  const pipeRows = months.map((_, k): SpecCell[] => [monthCell(k), plan.recruiting.activePipelines[k] ?? 0, c.pipelineCapacity]);
  const pipeLast = monthTable(s, CAPACITY_TABLES.pipelines, pipeHeader, ["Month", "Pipelines placed", "Pipeline capacity"], pipeRows);
  numberFormat(s, rangeAddress(pipeHeader + 1, 2, pipeLast, 3), formats.integer);
  if (months.length > 0) {
    s.charts.push({
      title: "Pipelines placed against capacity",
      type: "line",
      dataRange: rangeAddress(pipeHeader, 1, pipeLast, c.pipelineCapacity === null ? 2 : 3),
      seriesBy: "columns",
      anchor: `E${pipeHeader}`,
      width: 480,
      height: 240,
    });
  }

  if (c.interviewHoursByRole.length > 0) {
    row = section(s, "Interview hours against each limit, by month", SLIPPED_HEADER.length);
    const limits = new Map(c.interviewHoursLimit.map((l) => [l.role, l.hours]));
    const header = ["Month", ...c.interviewHoursByRole.flatMap((r) => [`${r.role} hours`, `${r.role} limit`])];
    const hourRows = months.map((_, k): SpecCell[] => [
      monthCell(k),
      ...c.interviewHoursByRole.flatMap((r) => [r.hours[k] ?? 0, limits.get(r.role) ?? 0]),
    ]);
    const hoursLast = monthTable(s, CAPACITY_TABLES.hours, row, header, hourRows);
    header.forEach((h, i) => (s.columnWidths[i] = Math.max(s.columnWidths[i] ?? 0, h.length + 2)));
    numberFormat(s, rangeAddress(row + 1, 2, hoursLast, header.length), formats.hours);
    if (months.length > 0) {
      s.charts.push({
        title: "Interview hours against each limit",
        type: "line",
        dataRange: rangeAddress(row, 1, hoursLast, header.length),
        seriesBy: "columns",
        anchor: `${columnLetters(header.length + 2)}${row}`,
        width: 480,
        height: 240,
      });
    }
  }

  row = section(s, "Hires that slipped for capacity", SLIPPED_HEADER.length);
  const slippedHeader = row;
  putRow(s, row, 1, SLIPPED_HEADER);
  style(s, rangeAddress(row, 1, row, SLIPPED_HEADER.length), styles.header);
  const byId = new Map(plan.hires.map((h) => [h.id, h]));
  const rows = c.shifted.flatMap((sh): SpecCell[][] => {
    const h = byId.get(sh.id);
    if (!h) return [];
    const couldStart = addDays(h.forecastPipelineStart, -h.capacityDelayDays);
    return [
      [
        h.id,
        h.role,
        h.initiative || "(backfill)",
        h.priority ?? "P1",
        why(sh, h),
        toExcelSerial(couldStart),
        toExcelSerial(h.forecastPipelineStart),
        h.capacityDelayDays,
        toExcelSerial(h.needBy),
        toExcelSerial(h.expectedProductive),
        h.delayDays,
        sh.blocked ? "blocked" : "slips",
      ],
    ];
  });
  rows.forEach((r, i) => putRow(s, slippedHeader + 1 + i, 1, r));
  if (rows.length === 0) putRow(s, slippedHeader + 1, 1, ["none", null, "Every pipeline fits the capacity given."]);
  const last = slippedHeader + Math.max(1, rows.length);
  s.tables.push({
    name: CAPACITY_TABLES.slipped,
    range: rangeAddress(slippedHeader, 1, last, SLIPPED_HEADER.length),
    style: "TableStyleLight9",
  });
  numberFormat(s, rangeAddress(slippedHeader + 1, 6, last, 7), formats.date);
  numberFormat(s, rangeAddress(slippedHeader + 1, 8, last, 8), formats.integer);
  numberFormat(s, rangeAddress(slippedHeader + 1, 9, last, 10), formats.date);
  numberFormat(s, rangeAddress(slippedHeader + 1, 11, last, 11), formats.integer);
  s.conditionalFormats.push({
    range: rangeAddress(slippedHeader + 1, 12, last, 12),
    rules: [{ formula: `=$L${slippedHeader + 1}="blocked"`, style: styles.atRisk }],
  });
  put(
    s,
    nextRow(s) + 1,
    1,
    "Could start: the pipeline start the plan had before capacity was applied. Blocked: no month before the plan ends had room; the hire stays in every total, its pipeline after the plan.",
  );
  style(s, `A${nextRow(s) - 1}`, styles.note);
  s.freeze = { rows: 3, columns: 0 };
  return finishSheet(s);
}

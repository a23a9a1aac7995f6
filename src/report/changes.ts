import { toExcelSerial } from "../plan/calendar";
import type { Hire, Plan } from "../plan/types";
import { cellAddress, rangeAddress } from "./a1";
import { finishSheet, newSheet, numberFormat, put, putRow, section, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { currencyFormat, formats, styles } from "./style";

const HEADER = ["Change", "Hire ID", "Role", "Initiative", "From", "To"];
const WIDTH = HEADER.length;
export const CHANGES_TABLE = "Changes";

/** One row of the changes table: what happened to which hire, from what to what. */
type ChangeRow = readonly [string, string, string, string, SpecCell, SpecCell];

function changeRows(plan: Plan): ChangeRow[] {
  const c = plan.changes;
  if (!c) return [];
  const byId = new Map<string, Hire>(plan.hires.map((h) => [h.id, h]));
  const describe = (id: string): [string, string] => {
    const h = byId.get(id);
    return [h?.role ?? "", h ? h.initiative || "(backfill)" : ""];
  };
  const date = toExcelSerial;
  return [
    ...c.added.map((id): ChangeRow => ["added", id, ...describe(id), null, date(byId.get(id)?.needBy ?? c.previousAsOf)]),
    ...c.removed.map((r): ChangeRow => ["no longer needed", r.id, r.role, r.initiative || "(backfill)", date(r.needBy), null]),
    ...c.moved.map((m): ChangeRow => ["need-by moved", m.id, ...describe(m.id), date(m.from), date(m.to)]),
    ...c.statusChanged.map((m): ChangeRow => ["status changed", m.id, ...describe(m.id), m.from, m.to]),
  ];
}

/**
 * What changed since the previous build (docs/spec.md §6.4): counts, one filterable row per changed hire,
 * and cost by quarter before and after with the difference as a live formula.
 */
export function changesSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.changes);
  put(s, 1, 1, "Changes since the previous plan");
  style(s, "A1", styles.title);
  s.columnWidths = [18, 20, 28, 36, 14, 14];
  const c = plan.changes;
  if (!c) {
    put(s, 3, 1, "No earlier plan");
    style(s, "A3", styles.label);
    put(
      s,
      4,
      1,
      "This is the first build (or the earlier plan was made before hire ids were stable). The next build lists here what moved since this one.",
    );
    style(s, "A4", styles.note);
    return finishSheet(s);
  }
  putRow(s, 2, 1, ["Previous plan as of", toExcelSerial(c.previousAsOf), "This plan as of", toExcelSerial(plan.settings.asOf)]);
  numberFormat(s, "B2", formats.date);
  numberFormat(s, "D2", formats.date);
  style(s, "A2", styles.label);
  style(s, "C2", styles.label);
  // Each date reads with its own label, not pushed against the next one.
  style(s, "B2", { horizontalAlignment: "left" });
  style(s, "D2", { horizontalAlignment: "left" });

  let row = section(s, "What changed", WIDTH, ["Added", "No longer needed", "Need-by moved", "Status changed"]);
  putRow(s, row, 1, [c.added.length, c.removed.length, c.moved.length, c.statusChanged.length]);
  style(s, rangeAddress(row, 1, row, 4), { horizontalAlignment: "center" });

  row = section(s, "Hires that changed", WIDTH);
  const headerRow = row;
  putRow(s, headerRow, 1, HEADER);
  style(s, rangeAddress(headerRow, 1, headerRow, WIDTH), styles.header);
  const rows = changeRows(plan);
  rows.forEach((r, i) => putRow(s, headerRow + 1 + i, 1, [...r]));
  if (rows.length === 0)
    putRow(s, headerRow + 1, 1, ["none", null, null, "No hire was added, dropped, moved or changed status.", null, null]);
  const last = headerRow + Math.max(1, rows.length);
  s.tables.push({ name: CHANGES_TABLE, range: rangeAddress(headerRow, 1, last, WIDTH), style: "TableStyleLight9" });
  // Dates where the change is about dates; statuses stay text (a number format does not touch text).
  numberFormat(s, rangeAddress(headerRow + 1, 5, last, 6), formats.date);
  s.conditionalFormats.push({
    range: rangeAddress(headerRow + 1, 1, last, 1),
    rules: [
      { formula: `=$A${headerRow + 1}="no longer needed"`, style: styles.startNow },
      { formula: `=$A${headerRow + 1}="added"`, style: styles.onTrack },
    ],
  });

  const money = currencyFormat(plan.settings.currency);
  row = section(s, `Cost by quarter (${plan.settings.currency})`, WIDTH, ["Quarter", "Before", "After", "Difference"]);
  const firstQuarter = row;
  for (const q of c.costByQuarter) {
    putRow(s, row, 1, [
      q.quarter,
      q.before,
      q.after,
      { formula: `=${cellAddress(row, 3)}-${cellAddress(row, 2)}`, result: q.after - q.before },
    ]);
    row++;
  }
  const sum = (col: number, value: number): SpecCell =>
    row > firstQuarter ? { formula: `=SUM(${rangeAddress(firstQuarter, col, row - 1, col)})`, result: value } : 0;
  const before = c.costByQuarter.reduce((n, q) => n + q.before, 0);
  const after = c.costByQuarter.reduce((n, q) => n + q.after, 0);
  putRow(s, row, 1, ["Total", sum(2, before), sum(3, after), sum(4, after - before)]);
  style(s, rangeAddress(row, 1, row, 4), styles.total);
  numberFormat(s, rangeAddress(firstQuarter, 2, row, 4), money);
  s.freeze = { rows: 1, columns: 0 };
  return finishSheet(s);
}

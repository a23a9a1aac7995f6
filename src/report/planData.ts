/**
 * The plan's own JSON result, kept in every plan workbook (docs/spec.md §6.4) on a very hidden sheet, so the
 * next build compares with what was planned whatever a reviewer did to the visible sheets. A cell
 * holds at most 32,767 characters, so the text runs down column A in pieces below a marker.
 */
import type { Plan } from "../plan/types";
import { planToJson } from "../plan/json";
import type { SheetSpec, SpecCell } from "./spec";
import { finishSheet, newSheet } from "./draft";
import { SHEET } from "./sheets";

export const PLAN_DATA_SHEET = SHEET.planData;
/** A1 of the data sheet: what the cells below it hold, and in which format. */
export const PLAN_DATA_MARKER = "Headstart plan JSON (schemaVersion 2): the cells below, joined in order";
// Small pieces, so a row stays far below any request budget the live writer cuts by (JSON quotes double on the wire).
const PIECE = 8_000;

export function planDataSheet(plan: Plan): SheetSpec {
  const s = newSheet(PLAN_DATA_SHEET);
  const text = JSON.stringify(planToJson(plan));
  s.rows.push([PLAN_DATA_MARKER]);
  for (let i = 0; i < text.length; i += PIECE) s.rows.push([text.slice(i, i + PIECE)]);
  s.columnWidths = [60];
  s.hidden = true;
  return finishSheet(s);
}

/**
 * The JSON text stored in a data sheet's cells (as any reader returns them), or null when the cells
 * are not a data sheet Headstart wrote.
 */
export function storedPlanJson(cells: readonly (readonly SpecCell[])[]): string | null {
  if (cells[0]?.[0] !== PLAN_DATA_MARKER) return null;
  return cells
    .slice(1)
    .map((r) => r[0])
    .filter((c): c is string => typeof c === "string")
    .join("");
}

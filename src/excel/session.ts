/**
 * Whole sessions with the live workbook for the shells (task pane, ribbon): each call checks the
 * host and runs in its own `Excel.run`. The pane waits for a cell edit to finish rather than
 * failing; the ribbon, whose runtime Excel ends after five minutes, asks to fail at once and
 * retries on its own clock (`waitForCellEdit: false`).
 */
import { cellAddress, parseAddress } from "../report/a1";
import { checkHost, runOptions } from "./host";
import { toOfficeCell } from "./payload";
import { existingTables, readBlockAgain, readInputTables, readUserRoadmap, type BlockPlace, type UserRoadmap } from "./read";
import type { SourceBlock } from "../plan/roadmap-mapping";
import { normalizeHeader } from "../plan/headers";
import type { InputGrids } from "../plan/types";

export async function readWorkbookInput(waitForCellEdit = true): Promise<InputGrids> {
  checkHost();
  return Excel.run(runOptions(waitForCellEdit), (context) => readInputTables(context));
}

export async function readSelectedRoadmap(): Promise<UserRoadmap> {
  checkHost();
  return Excel.run(runOptions(), (context) => readUserRoadmap(context, "selection"));
}

/** The cells of a user's roadmap again, where they were found, grown or shrunk with its rows. */
export async function readBlock(place: BlockPlace, waitForCellEdit = true): Promise<SourceBlock> {
  checkHost();
  return Excel.run(runOptions(waitForCellEdit), (context) => readBlockAgain(context, place));
}

export interface SettingsSaved {
  /** False when the workbook has no Settings table with Setting and Value columns. */
  readonly table: boolean;
  /** Keys with no row in the table: used for this run, not saved. */
  readonly unsaved: readonly string[];
}

/**
 * Replaces the values of these keys in the Settings table (keys match as the engine matches
 * them), one cell each, in one sync after the reads; every other cell, formulas included, stays.
 */
export async function saveSettings(rows: readonly (readonly [string, string | number])[]): Promise<SettingsSaved> {
  checkHost();
  return Excel.run(runOptions(), async (context) => {
    if (!(await existingTables(context)).has("settings")) return { table: false, unsaved: rows.map((r) => r[0]) };
    const range = context.workbook.tables.getItem("Settings").getRange();
    range.load("address, values");
    await context.sync();
    const where = parseAddress(range.address);
    const [header = [], ...body] = range.values as unknown[][];
    const keyCol = header.findIndex((h) => normalizeHeader(String(h)) === "setting");
    const valueCol = header.findIndex((h) => normalizeHeader(String(h)) === "value");
    if (keyCol < 0 || valueCol < 0 || !where.sheet) return { table: false, unsaved: rows.map((r) => r[0]) };
    const sheet = context.workbook.worksheets.getItem(where.sheet);
    const unsaved: string[] = [];
    for (const [key, value] of rows) {
      const at = body.findIndex((r) => normalizeHeader(String(r[keyCol] ?? "")) === normalizeHeader(key));
      if (at < 0) {
        unsaved.push(key);
        continue;
      }
      // The writer's text rule: typed text can never become a formula, nor a date Excel guessed.
      sheet.getRange(cellAddress(where.top + 1 + at, where.left + valueCol)).formulas = [[toOfficeCell(value)]];
    }
    await context.sync();
    return { table: true, unsaved };
  });
}

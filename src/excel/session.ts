/**
 * Whole sessions with the live workbook for the shells (task pane, ribbon): each call checks the
 * host and runs in its own `Excel.run`. The pane waits for a cell edit to finish rather than
 * failing; the ribbon, whose runtime Excel ends after five minutes, asks to fail at once and
 * retries on its own clock (`waitForCellEdit: false`).
 */
import { cellAddress, parseAddress, rectAddress } from "../report/a1";
import { checkHost, runOptions } from "./host";
import { toOfficeCell } from "./payload";
import { failure, success, type Result } from "../plan/result";
import {
  existingTables,
  readBlockAgain,
  readInputTables,
  readUserRoadmap,
  readWorkbook,
  type BlockPlace,
  type UserRoadmap,
  type WorkbookInput,
} from "./read";
import type { SourceBlock } from "../plan/roadmap-mapping";
import { normalizeHeader } from "../plan/headers";
import type { InputGrids } from "../plan/types";

export async function readWorkbookInput(waitForCellEdit = true): Promise<InputGrids> {
  checkHost();
  return Excel.run(runOptions(waitForCellEdit), (context) => readInputTables(context));
}

/** What a build reads: the input tables and the plan the last build stored, in one session. */
export async function readBuildInput(waitForCellEdit = true): Promise<WorkbookInput> {
  checkHost();
  return Excel.run(runOptions(waitForCellEdit), (context) => readWorkbook(context));
}

export async function readSelectedRoadmap(): Promise<UserRoadmap> {
  const host = checkHost();
  // Office's editing language stands in for the workbook's date format on an Excel without ExcelApi 1.12.
  const locale: unknown = Office.context.contentLanguage;
  return Excel.run(runOptions(), (context) =>
    readUserRoadmap(context, "selection", { ...host, ...(typeof locale === "string" && { locale }) }),
  );
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

/** What appending to the Tracking table did. */
/** The ids appended, or why none could be. */
export type TrackingAppend = Result<readonly string[], string>;

/**
 * Appends a row per id to the Tracking table, Hire ID filled and every other cell empty (an empty
 * Stage changes nothing until a recruiter fills it in). Only appends: a user's rows are never
 * reordered, edited or deleted, and an id the table already has (any case) is not added again.
 * `ids` comes from `due`, given the Hire IDs the table holds now.
 */
export async function appendTrackingRows(due: (existing: readonly string[]) => readonly string[]): Promise<TrackingAppend> {
  checkHost();
  return Excel.run(runOptions(), async (context) => {
    const tables = await existingTables(context);
    if (!tables.has("tracking"))
      return failure(
        "This workbook has no Tracking table: insert the template (it adds one beside your other input tables), then try again.",
      );
    const table = context.workbook.tables.getItem("Tracking");
    const range = table.getRange();
    range.load("address, values");
    await context.sync();
    const [header = [], ...rows] = range.values;
    const col = header.findIndex((h) => ["hireid", "id"].includes(normalizeHeader(String(h))));
    if (col < 0) return failure("The Tracking table has no Hire ID column: add one (its header: Hire ID), then try again.");
    const ids = due(rows.map((r) => String(r[col] ?? "").trim()).filter((id) => id !== ""));
    if (ids.length === 0) return success([]);
    const cells = ids.map((id) => header.map((_, j) => (j === col ? toOfficeCell(id) : "")));
    // The empty rows a table ends with (the template gives five) take the first ids; rows follow.
    let blank = 0;
    while (blank < rows.length && (rows[rows.length - 1 - blank] ?? []).every((c) => c === "" || c === null)) blank++;
    const fill = Math.min(blank, cells.length);
    if (fill > 0) {
      const at = parseAddress(range.address);
      const top = at.top + rows.length - blank + 1;
      const sheet = context.workbook.worksheets.getItem(at.sheet ?? "");
      sheet.getRange(rectAddress({ top, left: at.left, bottom: top + fill - 1, right: at.right })).formulas = cells.slice(0, fill);
    }
    if (cells.length > fill) table.rows.add(undefined, cells.slice(fill));
    await context.sync();
    return success(ids);
  });
}

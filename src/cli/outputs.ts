import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PlanOptions } from "../plan/index";
import type { InputGrids, Plan } from "../plan/types";
import { planToJson } from "../plan/json";
import type { AtsFormat } from "../export/ats-formats";

/** A rendered output, held in memory until every output has rendered. */
export interface OutputFile {
  readonly path: string;
  readonly what: string;
  readonly data: Uint8Array | string;
}

export interface OutputTargets {
  readonly json?: string;
  readonly xlsx?: string;
  readonly csv?: string;
  readonly ics?: string;
  readonly template?: string;
  /** The recruiter CSV's columns: an ATS's import format, or Headstart's own when absent. */
  readonly csvFormat?: AtsFormat;
}

export const DEFAULT_OUT_DIR = "out";

export function defaultTargets(dir = DEFAULT_OUT_DIR): OutputTargets {
  return { xlsx: join(dir, "plan.xlsx"), csv: join(dir, "recruiters.csv"), ics: join(dir, "plan.ics") };
}

export function jsonText(plan: Plan): string {
  return `${JSON.stringify(planToJson(plan), null, 2)}\n`;
}

/**
 * Renders every requested output to memory (`--json -` is the caller's business). The writers are
 * loaded only when asked for, so a JSON-only run never loads ExcelJS.
 */
export async function renderOutputs(
  plan: Plan,
  input: { readonly grids: InputGrids; readonly options: PlanOptions; readonly template: InputGrids | null },
  targets: OutputTargets,
): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  if (targets.json !== undefined && targets.json !== "-") files.push({ path: targets.json, what: "plan JSON", data: jsonText(plan) });
  if (targets.xlsx !== undefined || targets.template !== undefined) {
    const { writeXlsx } = await import("../xlsx/write");
    if (targets.xlsx !== undefined) {
      const { planFileWorkbook } = await import("../report/workbook");
      const { sheetOptions } = await import("../app/pipeline");
      const spec = planFileWorkbook(plan, input.grids, sheetOptions(input.grids, input.options));
      files.push({ path: targets.xlsx, what: "plan workbook", data: await writeXlsx(spec) });
    }
    if (targets.template !== undefined) {
      const { templateWorkbook } = await import("../report/template");
      files.push({ path: targets.template, what: "input template", data: await writeXlsx(templateWorkbook(input.template)) });
    }
  }
  if (targets.csv !== undefined) {
    const format = targets.csvFormat;
    const { recruiterCsvAs } = await import("../export/ats");
    files.push({ path: targets.csv, what: format ? `recruiter CSV (${format})` : "recruiter CSV", data: recruiterCsvAs(plan, format) });
  }
  if (targets.ics !== undefined) {
    const { planCalendar } = await import("../export/ics");
    files.push({ path: targets.ics, what: "recruiting calendar", data: planCalendar(plan) });
  }
  return files;
}

/**
 * Writes all files or none: each goes to a temporary file beside its target first, and only when
 * every one is written are they renamed into place.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const temp = `${f.path}.${process.pid}.tmp`;
      temps.push({ temp, path: f.path });
      await writeFile(temp, f.data);
    }
    for (const t of temps) await rename(t.temp, t.path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t.temp, { force: true })));
    throw e;
  }
}

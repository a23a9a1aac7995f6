/**
 * The one pipeline from input tables to a workbook: input → plan → scenarios → workbook spec. The
 * pane, the ribbon's "Refresh plan" (through run.ts) and the CLI all plan through it.
 */
import type { CalDate } from "../plan/calendar";
import { makePlan, type PlanOptions } from "../plan/index";
import { scenarioPlans } from "../plan/scenarios";
import { success, type Result } from "../plan/result";
import type { InputGrids, Plan, PlanFailure, SettingsOverrides } from "../plan/types";
import { withinWorkbookLimits } from "../report/limits";
import type { WorkbookSpec } from "../report/spec";
import { planWorkbook, type PlanWorkbookOptions } from "../report/workbook";

/** What a plan's sheets were built with besides the plan, for a download built again as a file (`planFileWorkbook`). */
export type SheetOptions = Omit<PlanWorkbookOptions, "input">;

/** A plan and the spec of its sheets, with what they were built from. */
export interface PlannedWorkbook {
  readonly plan: Plan;
  readonly spec: WorkbookSpec;
  /** The input it was planned from, for a download that carries it (`planFileWorkbook`). */
  readonly grids: InputGrids;
  readonly sheetOptions: SheetOptions;
}

export type Planned = Result<PlannedWorkbook, PlanFailure>;

/** The same input planned under every confidence mode, for the Scenarios sheet, and the build's time. */
export function sheetOptions(grids: InputGrids, options: PlanOptions, generatedAt?: string): SheetOptions {
  // Scenarios compare confidence modes of this input; what changed since the last build is not theirs.
  const scenarios = scenarioPlans(grids, { today: options.today, ...(options.overrides && { overrides: options.overrides }) });
  return generatedAt ? { generatedAt, scenarios } : { scenarios };
}

/**
 * The pure middle of every run: the plan (compared with `input.previous`, the plan the last build
 * stored; the reader's `input.warnings` listed first among its diagnostics) and the workbook spec of
 * its sheets, whose Cost links to the input's own Roles and Team tables.
 */
export function planAndReport(
  grids: InputGrids,
  today: CalDate,
  overrides?: SettingsOverrides,
  generatedAt?: string,
  input: Pick<PlanOptions, "previous" | "warnings"> = {},
): Planned {
  const options: PlanOptions = { today, ...(overrides && { overrides }), ...input };
  // Too large for a workbook is a plain answer before anything is written, not a failed write.
  const outcome = withinWorkbookLimits(makePlan(grids, options));
  if (!outcome.ok) return outcome;
  const sheets = sheetOptions(grids, options, generatedAt);
  return success({ plan: outcome.value, spec: planWorkbook(outcome.value, { ...sheets, input: grids }), grids, sheetOptions: sheets });
}

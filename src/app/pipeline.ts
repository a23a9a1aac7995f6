/**
 * The one pipeline from input tables to a workbook: input → plan → scenarios → workbook spec. The
 * pane, the ribbon's "Refresh plan" (through run.ts) and the CLI all plan through it.
 */
import type { CalDate } from "../plan/calendar";
import { makePlan, type PlanOptions } from "../plan/index";
import { scenarioPlans } from "../plan/scenarios";
import type { InputGrids, Plan, PlanFailure, SettingsOverrides } from "../plan/types";
import { withinWorkbookLimits } from "../report/limits";
import type { WorkbookSpec } from "../report/spec";
import { planWorkbook } from "../report/workbook";

export type Planned =
  | { readonly ok: true; readonly plan: Plan; readonly spec: WorkbookSpec; readonly grids: InputGrids }
  | PlanFailure;

/** A plan's sheets, with the same input planned under every confidence mode for its Scenarios sheet. */
export function workbookSpec(plan: Plan, grids: InputGrids, options: PlanOptions, generatedAt?: string): WorkbookSpec {
  const scenarios = scenarioPlans(grids, options);
  return planWorkbook(plan, generatedAt ? { generatedAt, scenarios } : { scenarios });
}

/** The pure middle of every run: the plan and the workbook spec of its sheets. */
export function planAndReport(grids: InputGrids, today: CalDate, overrides?: SettingsOverrides, generatedAt?: string): Planned {
  const options = overrides ? { today, overrides } : { today };
  // Too large for a workbook is a plain answer before anything is written, not a failed write.
  const outcome = withinWorkbookLimits(makePlan(grids, options));
  if (!outcome.ok) return outcome;
  return { ok: true, plan: outcome.plan, spec: workbookSpec(outcome.plan, grids, options, generatedAt), grids };
}

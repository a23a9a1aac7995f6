import type { InputGrids, Plan } from "../plan/types";
import { costSheet } from "./cost";
import { diagnosticsSheet } from "./diagnostics";
import { headcountSheet } from "./headcount";
import { hiringPlanSheet } from "./hiringPlan";
import { withPrintSetup } from "./print";
import { recruitingSheet } from "./recruiting";
import type { ScenarioPlan } from "../plan/scenarios";
import { scenariosSheet } from "./scenarios";
import { scorecardsSheet } from "./scorecards";
import type { WorkbookSpec } from "./spec";
import { statusCell, summarySheet } from "./summary";
import { inputSources } from "./sources";
import { templateGrids, templateWorkbook } from "./template";
import { timelineSheet } from "./timeline";
import { planDataSheet } from "./planData";
import { changesSheet } from "./changes";
import { capacitySheet } from "./capacity";

export interface PlanWorkbookOptions {
  /** Shown in the Summary's status cell; the caller's clock, so the report stays deterministic. */
  readonly generatedAt?: string;
  /** The same input under the other confidence modes (`scenarioPlans`), for the Scenarios sheet. */
  readonly scenarios?: readonly ScenarioPlan[];
  /**
   * The input tables of the workbook these sheets go into (the live workbook's own tables), which
   * the Cost sheet links to rather than copying their figures. Absent: none, and the Cost sheet
   * holds its own editable copy of the assumptions.
   */
  readonly input?: InputGrids;
}

/** The output sheets of a plan, in reading order. */
export function planWorkbook(plan: Plan, options: PlanWorkbookOptions = {}): WorkbookSpec {
  const cost = costSheet(plan, inputSources(options.input));
  const spec: WorkbookSpec = {
    sheets: [
      summarySheet(plan, cost, options.generatedAt),
      changesSheet(plan),
      headcountSheet(plan),
      hiringPlanSheet(plan),
      timelineSheet(plan),
      cost.sheet,
      recruitingSheet(plan),
      capacitySheet(plan),
      scenariosSheet(plan, cost, options),
      scorecardsSheet(plan),
      diagnosticsSheet(plan.diagnostics, plan.inputSheets),
      planDataSheet(plan),
    ],
    status: statusCell(options.generatedAt),
  };
  return withPrintSetup(spec, plan);
}

/**
 * A plan as a file of its own (the CLI's .xlsx, the task pane's download): the plan's sheets, then
 * the input sheets it was made from, so every Diagnostics link lands on its cell, the Cost sheet
 * reads the file's own Roles and Team tables, and the file can be planned again as input.
 */
export function planFileWorkbook(plan: Plan, input: InputGrids | null, options: Omit<PlanWorkbookOptions, "input"> = {}): WorkbookSpec {
  const outputs = planWorkbook(plan, { ...options, input: templateGrids(input) });
  return { sheets: [...outputs.sheets, ...templateWorkbook(input).sheets], status: outputs.status };
}

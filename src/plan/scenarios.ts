import { makePlan, type PlanOptions } from "./index";
import { CONFIDENCE_MODES, type ConfidenceMode, type InputGrids, type Plan } from "./types";

export interface ScenarioPlan {
  readonly mode: ConfidenceMode;
  readonly plan: Plan;
}

/**
 * The same input planned under every confidence mode, for the Scenarios sheet: src/app/pipeline.ts
 * passes the result to `planWorkbook(plan, { scenarios })`. A mode the engine cannot plan is left out.
 */
export function scenarioPlans(grids: InputGrids, options: PlanOptions): ScenarioPlan[] {
  return CONFIDENCE_MODES.flatMap((mode) => {
    const outcome = makePlan(grids, { ...options, overrides: { ...options.overrides, confidenceMode: mode } });
    return outcome.ok ? [{ mode, plan: outcome.value }] : [];
  });
}

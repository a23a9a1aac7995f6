/**
 * The largest plan Headstart writes as a workbook. The engine plans any size (15,000 initiatives
 * in well under a second); the limits are the workbook's: each hire is a row of the Hiring Plan and
 * of the Sourcing Timeline (about 110 cells, 660 bytes over the wire), each diagnostic a linked row.
 * At these limits the live writer sends at most about 4 MB in one or two requests (Excel on the
 * web refuses a request over 5 MB; the writer chunks anyway) and a run stays a few seconds long;
 * bench/README.md has the measurements.
 */
import { countText } from "../plan/limits";
import type { Plan, PlanOutcome } from "../plan/types";
import { failure } from "../plan/result";

export const WORKBOOK_LIMITS = {
  /** Initiatives planned (roadmap rows that are valid and inside the plan window). */
  initiatives: 5_000,
  hires: 5_000,
  /** Errors and warnings: a roadmap of rows outside the window or full of mistakes. */
  diagnostics: 5_000,
} as const;

/**
 * Null when `plan` fits in a workbook, otherwise one sentence naming what is over the limit, by how
 * much, and what to do. Shells call it before writing anything.
 */
export function workbookLimits(plan: Plan): string | null {
  const sizes = { initiatives: plan.initiatives.length, hires: plan.hires.length, diagnostics: plan.diagnostics.length };
  const over = (Object.keys(WORKBOOK_LIMITS) as (keyof typeof WORKBOOK_LIMITS)[]).filter((k) => sizes[k] > WORKBOOK_LIMITS[k]);
  if (over.length === 0) return null;
  const what = over.map((k) => `${countText(sizes[k])} ${k} (the limit is ${countText(WORKBOOK_LIMITS[k])})`).join(" and ");
  const fix = over.includes("diagnostics")
    ? "fix or remove the rows the diagnostics name (or rows outside the plan window), or split the roadmap into smaller plans"
    : "split the roadmap into smaller plans, for example by workstream or half-year";
  return `this plan is too large to write as a workbook: ${what}; ${fix}`;
}

/**
 * `outcome`, or the failure saying the plan is too large for a workbook: what a shell that writes
 * the plan into Excel plans with (`withinWorkbookLimits(makePlan(grids, options))`).
 */
export function withinWorkbookLimits(outcome: PlanOutcome): PlanOutcome {
  if (!outcome.ok) return outcome;
  const reason = workbookLimits(outcome.value);
  return reason === null ? outcome : failure({ reason, diagnostics: outcome.value.diagnostics, inputSheets: outcome.value.inputSheets });
}

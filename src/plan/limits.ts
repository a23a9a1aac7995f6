/**
 * The largest plan Headstart writes as a workbook. The engine plans any size (15,000 initiatives
 * in well under a second); the limits are the workbook's: each hire is a row of the Hiring Plan and
 * of the Sourcing Timeline (about 110 cells, 660 bytes over the wire), each diagnostic a linked row.
 * At these limits the live writer sends at most about 4 MB in one or two requests (Excel on the
 * web refuses a request over 5 MB; the writer chunks anyway) and a run stays a few seconds long;
 * bench/README.md has the measurements.
 */
import type { Plan, PlanOutcome } from "./types";

export const WORKBOOK_LIMITS = {
  /** Initiatives planned (roadmap rows that are valid and inside the plan window). */
  initiatives: 5_000,
  hires: 5_000,
  /** Errors and warnings: a roadmap of rows outside the window or full of mistakes. */
  diagnostics: 5_000,
} as const;

/**
 * The most hires the engine plans at all, whatever the output. Every figure the spec allows is
 * unbounded above (an FTE of 600,000,000, an Availability of 1e-80), and each hire is an object
 * with a dozen dates: without a ceiling such a typo would exhaust memory instead of being reported.
 * 250,000 hires take about 150 MB and a second or two; no real roadmap comes near.
 */
export const PLAN_MAX_HIRES = 250_000;

const count = (n: number): string => (Number.isFinite(n) ? n.toLocaleString("en-US") : "an unbounded number of");

/** The fatal reason for a plan needing `hires` hires, or null when the engine can plan it. */
export function planSizeProblem(hires: number): string | null {
  if (hires <= PLAN_MAX_HIRES) return null;
  return `this roadmap needs ${count(hires)} hires, more than the ${count(PLAN_MAX_HIRES)} Headstart can plan: check Availability in Settings (a fraction such as 0.8), the FTE figures in Workstreams and the Size column of the Roadmap`;
}

/**
 * Null when `plan` fits in a workbook, otherwise one sentence naming what is over the limit, by how
 * much, and what to do. Shells call it before writing anything.
 */
export function workbookLimits(plan: Plan): string | null {
  const sizes = { initiatives: plan.initiatives.length, hires: plan.hires.length, diagnostics: plan.diagnostics.length };
  const over = (Object.keys(WORKBOOK_LIMITS) as (keyof typeof WORKBOOK_LIMITS)[]).filter((k) => sizes[k] > WORKBOOK_LIMITS[k]);
  if (over.length === 0) return null;
  const what = over.map((k) => `${count(sizes[k])} ${k} (the limit is ${count(WORKBOOK_LIMITS[k])})`).join(" and ");
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
  const reason = workbookLimits(outcome.plan);
  return reason === null ? outcome : { ok: false, reason, diagnostics: outcome.plan.diagnostics, inputSheets: outcome.plan.inputSheets };
}

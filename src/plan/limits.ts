/**
 * The most hires the engine plans at all, whatever the output (a workbook's own, smaller limits
 * are in src/report/limits.ts). Every figure the spec allows is
 * unbounded above (an FTE of 600,000,000, an Availability of 1e-80), and each hire is an object
 * with a dozen dates: without a ceiling such a typo would exhaust memory instead of being reported.
 * 250,000 hires take about 150 MB and a second or two; no real roadmap comes near.
 */
export const PLAN_MAX_HIRES = 250_000;

/** A count as messages write it: `5,000`, or unbounded. */
export const countText = (n: number): string => (Number.isFinite(n) ? n.toLocaleString("en-US") : "an unbounded number of");

/** The fatal reason for a plan needing `hires` hires, or null when the engine can plan it. */
export function planSizeProblem(hires: number): string | null {
  if (hires <= PLAN_MAX_HIRES) return null;
  return `this roadmap needs ${countText(hires)} hires, more than the ${countText(PLAN_MAX_HIRES)} Headstart can plan: check Availability in Settings (a fraction such as 0.8), the FTE figures in Workstreams and the Size column of the Roadmap`;
}

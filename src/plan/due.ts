/**
 * Which hires recruiters should start tracking now: those whose pipeline is forecast to start within
 * four weeks after As of, or should have started already, and that have no Tracking row yet.
 */
import type { Hire, Plan } from "./types";
import { addDays } from "./calendar";
import { trackingKey } from "./input/tracking";

/** How far ahead a pipeline start counts as due: a recruiter's planning horizon. */
export const DUE_WITHIN_DAYS = 28;

/** Hires due for tracking, in hire order; `tracked` holds every Hire ID of the Tracking table, any Stage. */
export function hiresDueForTracking(plan: Plan, tracked: Iterable<string>): Hire[] {
  const known = new Set([...tracked].map(trackingKey));
  const until = addDays(plan.settings.asOf, DUE_WITHIN_DAYS);
  return plan.hires.filter((h) => h.stage === "planned" && h.forecastPipelineStart <= until && !known.has(trackingKey(h.id)));
}

import type { Capacity, Plan } from "./types";

/**
 * What a plan with capacity (spec §7) says in words, the same on the Capacity and Summary sheets,
 * in the task pane and on the command line.
 */
export interface CapacitySummary {
  /** Hires whose pipeline was pushed later and still fits in the plan. */
  readonly slipped: number;
  readonly blocked: number;
  /** The longest pipeline push, in days (blocked hires included). */
  readonly longestDelayDays: number;
  /** "3 hires slip for recruiting capacity (up to 61 days); 1 is blocked past the plan." */
  readonly headline: string;
  /** "4 recruiters, and 170 MLOps / ML Platform Engineer interview hours a month, keep every pipeline on time." */
  readonly whatIf: string;
  /** True when the capacity given already keeps every pipeline on time. */
  readonly enough: boolean;
  /** The recruiters to rebuild with, when more than the plan has would keep every pipeline on time. */
  readonly suggestedRecruiters: number | null;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Interview hours people can staff: whole hours, rounded up so the figure is enough. */
const wholeHours = (h: number): number => Math.ceil(h - 1e-9);

export function capacitySummary(plan: Plan): CapacitySummary | null {
  const c: Capacity | null = plan.capacity;
  if (!c) return null;
  const delays = new Map(plan.hires.map((h) => [h.id, h.capacityDelayDays]));
  const blocked = c.blocked.length;
  const slipped = c.shifted.length - blocked;
  const longestDelayDays = c.shifted.reduce((n, s) => Math.max(n, delays.get(s.id) ?? 0), 0);
  const slips =
    slipped === 0 && blocked === 0
      ? "Every pipeline fits the recruiting capacity: no hire slips"
      : `${plural(slipped, "hire slips", "hires slip")} for recruiting capacity${slipped > 0 ? ` (pipelines start up to ${longestDelayDays} days later)` : ""}`;
  const headline = `${slips}${blocked > 0 ? `; ${plural(blocked, "hire is", "hires are")} blocked: no room before the plan ends` : ""}.`;

  // Only what falls short: a figure the plan already has would read as advice to cut it.
  const suggestedRecruiters = c.recruiters !== null && c.recruitersToKeepOnTime > c.recruiters ? c.recruitersToKeepOnTime : null;
  const needs: string[] = [];
  if (suggestedRecruiters !== null) needs.push(`${plural(suggestedRecruiters, "recruiter", "recruiters")} (the plan has ${c.recruiters})`);
  const limits = new Map(c.interviewHoursLimit.map((l) => [l.role, l.hours]));
  for (const k of c.interviewHoursToKeepOnTime) {
    const limit = limits.get(k.role) ?? Infinity;
    if (k.hours > limit + 1e-9) needs.push(`${wholeHours(k.hours)} ${k.role} interview hours a month (the limit is ${limit})`);
  }
  const list = needs.length <= 1 ? (needs[0] ?? "") : `${needs.slice(0, -1).join(", ")}, and ${needs[needs.length - 1]}`;
  const whatIf =
    needs.length === 0
      ? "The recruiting capacity given keeps every pipeline on time."
      : `${list} ${suggestedRecruiters === 1 && needs.length === 1 ? "keeps" : "keep"} every pipeline on time.`;
  return { slipped, blocked, longestDelayDays, headline, whatIf, enough: needs.length === 0, suggestedRecruiters };
}

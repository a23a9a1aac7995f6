import type { Hire, RecruitingLoad, Role } from "./types";
import type { CalDate, Month } from "./calendar";
import { addDays, addMonths, firstDay, monthOfDate } from "./calendar";

/**
 * Recruiting load per month (docs/spec.md §2.10), from the earlier of As of's month and the plan start to
 * the plan's last month. Each hire touches only the months of its own windows.
 */
/** The recruiting months (spec §2.10): from the earlier of As of's month and the plan start to the plan's last month. */
export function recruitingMonths(asOf: CalDate, planStart: Month, horizon: number): { readonly from: Month; readonly to: Month } {
  return { from: Math.min(monthOfDate(asOf), planStart) as Month, to: addMonths(planStart, horizon - 1) };
}

/** The interviewer hours of one hire: every candidate's loop. */
export function interviewHoursOf(role: Role): number {
  return role.candidatesPerHire * role.interviewHoursPerCandidate;
}

/**
 * A hire's `hours` by month within [first, last]: spread evenly over the days reqOpen <= d <
 * offerAccepted, or all on reqOpen when the two are equal (spec §2.10).
 */
export function spreadHours(
  hours: number,
  reqOpen: CalDate,
  offerAccepted: CalDate,
  first: number,
  last: number,
  add: (m: Month, hours: number) => void,
): void {
  const days = offerAccepted - reqOpen;
  if (days <= 0) {
    const m = monthOfDate(reqOpen);
    if (m >= first && m <= last) add(m, hours);
    return;
  }
  const lastWorkDay = addDays(offerAccepted, -1);
  const to = Math.min(monthOfDate(lastWorkDay), last);
  let m = Math.max(monthOfDate(reqOpen), first) as Month;
  // Each month's first day is the previous month's next: one date computed per month.
  let start = firstDay(m);
  for (; m <= to; m = addMonths(m, 1)) {
    const next = firstDay(addMonths(m, 1));
    const a = Math.max(start, reqOpen);
    const b = Math.min(next - 1, lastWorkDay);
    add(m, (hours * (b - a + 1)) / days);
    start = next;
  }
}

export function recruitingLoad(
  hires: readonly Hire[],
  roles: readonly Role[],
  asOf: CalDate,
  planStart: Month,
  horizon: number,
  reqsPerRecruiter: number,
): RecruitingLoad {
  const { from, to } = recruitingMonths(asOf, planStart, horizon);
  const count = to - from + 1;
  const months = Array.from({ length: count }, (_, i) => addMonths(from, i));
  const reqSteps = new Array<number>(count + 1).fill(0);
  const pipeSteps = new Array<number>(count + 1).fill(0);
  const interviewHours = new Array<number>(count).fill(0);
  const roleByName = new Map(roles.map((r) => [r.name, r]));

  // A window [a, b] touches the months from a's month to b's month: count it there with two steps.
  const touch = (steps: number[], a: CalDate, b: CalDate): void => {
    const i = Math.max(0, monthOfDate(a) - from);
    const j = Math.min(count - 1, monthOfDate(b) - from);
    if (i > j) return;
    steps[i] = (steps[i] as number) + 1;
    steps[j + 1] = (steps[j + 1] as number) - 1;
  };

  for (const h of hires) {
    touch(reqSteps, h.forecastReqOpen, h.forecastOfferAccepted);
    touch(pipeSteps, h.forecastPipelineStart, h.forecastOfferAccepted);
    const role = roleByName.get(h.role);
    if (!role) continue;
    spreadHours(interviewHoursOf(role), h.forecastReqOpen, h.forecastOfferAccepted, from, to, (m, x) => {
      interviewHours[m - from] = (interviewHours[m - from] as number) + x;
    });
  }
  const openReqs = running(reqSteps, count);
  const activePipelines = running(pipeSteps, count);
  return {
    months,
    openReqs,
    activePipelines,
    interviewHours,
    recruitersNeeded: activePipelines.map((n) => Math.ceil(n / reqsPerRecruiter)),
  };
}

function running(steps: readonly number[], count: number): number[] {
  let n = 0;
  return Array.from({ length: count }, (_, i) => (n += steps[i] ?? 0));
}

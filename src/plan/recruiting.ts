import type { Hire, RecruitingLoad, Role } from "./types";
import type { CalDate, Month } from "./calendar";
import { addDays, addMonths, firstDay, lastDay, monthOfDate } from "./calendar";

/**
 * Recruiting load per month (docs/spec.md §2.10), from the earlier of As of's month and the plan start to
 * the plan's last month. Each hire touches only the months of its own windows.
 */
export function recruitingLoad(
  hires: readonly Hire[],
  roles: readonly Role[],
  asOf: CalDate,
  planStart: Month,
  horizon: number,
  reqsPerRecruiter: number,
): RecruitingLoad {
  const from = Math.min(monthOfDate(asOf), planStart) as Month;
  const to = addMonths(planStart, horizon - 1);
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
    const hours = role.candidatesPerHire * role.interviewHoursPerCandidate;
    const days = h.forecastOfferAccepted - h.forecastReqOpen;
    if (days <= 0) {
      const i = monthOfDate(h.forecastReqOpen) - from;
      if (i >= 0 && i < count) interviewHours[i] = (interviewHours[i] as number) + hours;
      continue;
    }
    // Spread evenly over the days forecastReqOpen <= d < forecastOfferAccepted.
    const lastWorkDay = addDays(h.forecastOfferAccepted, -1);
    const first = Math.max(monthOfDate(h.forecastReqOpen), from);
    const last = Math.min(monthOfDate(lastWorkDay), to);
    for (let m = first; m <= last; m++) {
      const a = Math.max(firstDay(m as Month), h.forecastReqOpen);
      const b = Math.min(lastDay(m as Month), lastWorkDay);
      const i = m - from;
      interviewHours[i] = (interviewHours[i] as number) + (hours * (b - a + 1)) / days;
    }
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

import type { Capacity, CapacityShift, Hire, Role, Settings, TeamMember } from "./types";
import type { CalDate, Month } from "./calendar";
import { addDays, addMonths, firstDay, lastDay, maxDate, monthOfDate } from "./calendar";
import { interviewHoursOf, recruitingMonths, spreadHours } from "./recruiting";

/** Hours may add up to a limit with float error: spec §7.2 allows 1e-9 over. */
const HOURS_TOLERANCE = 1e-9;

/**
 * Loads per calendar month from As of's month on, with no end (spec §7.2 counts months after the
 * plan too). Earlier months are never checked: no untracked pipeline starts before As of.
 */
class MonthLoad {
  private readonly values: number[] = [];
  constructor(private readonly from: Month) {}
  get(m: Month): number {
    return m < this.from ? 0 : (this.values[m - this.from] ?? 0);
  }
  add(m: Month, x: number): void {
    if (m < this.from) return;
    const i = m - this.from;
    while (this.values.length <= i) this.values.push(0);
    this.values[i] = (this.values[i] as number) + x;
  }
  peak(): number {
    return this.values.reduce((a, b) => Math.max(a, b), 0);
  }
}

/** The forecast dates placement moves. */
interface Window {
  readonly P: CalDate;
  readonly R: CalDate;
  readonly O: CalDate;
}

/** The interviewer limit of each role that has one (spec §7.1), in Roles order. */
export function interviewLimits(roles: readonly Role[], team: readonly TeamMember[]): Map<string, number> {
  const byRole = new Map(team.map((t) => [t.role, t.interviewHoursPerMonth]));
  const limits = new Map<string, number>();
  for (const r of roles) {
    const limit = byRole.get(r.name);
    if (limit !== undefined && limit !== null) limits.set(r.name, limit);
  }
  return limits;
}

/** Spec §7.2: P0 first; a backfill (no priority) counts as P1. */
const priorityRank = (h: Hire): number => Number((h.priority ?? "P1").slice(1));

/** The months a pipeline window [P, O] touches. */
function eachMonth(w: Window, f: (m: Month) => void): void {
  const last = monthOfDate(w.O);
  for (let m = monthOfDate(w.P); m <= last; m = addMonths(m, 1)) f(m);
}

/**
 * Places every pipeline inside the recruiters' and interviewers' capacity (spec §7): tracked hires
 * as they are, then untracked ones by priority and plan order, each shifted a month at a time until
 * it fits, or blocked past the horizon. Null when neither Recruiters nor a limit is given: the plan
 * is then exactly §1–§6's. Returns the hires in their original order.
 */
export function placeHires(
  hires: readonly Hire[],
  roles: readonly Role[],
  team: readonly TeamMember[],
  settings: Settings,
): { readonly hires: Hire[]; readonly capacity: Capacity } | null {
  const limits = interviewLimits(roles, team);
  const { recruiters, reqsPerRecruiter, asOf } = settings;
  if (recruiters === null && limits.size === 0) return null;
  const C = recruiters === null ? null : recruiters * reqsPerRecruiter;
  const roleByName = new Map(roles.map((r) => [r.name, r]));
  const { from, to } = recruitingMonths(asOf, settings.planStart, settings.horizonMonths);
  const asOfMonth = monthOfDate(asOf);
  const horizonEnd = lastDay(to);
  const hoursOf = (h: Hire): number => {
    const role = roleByName.get(h.role);
    return role ? interviewHoursOf(role) : 0;
  };
  const hoursByMonth = (h: Hire, w: Window, f: (m: Month, x: number) => void): void =>
    spreadHours(hoursOf(h), w.R, w.O, -Infinity, Infinity, f);
  const windowOf = (h: Hire): Window => ({ P: h.forecastPipelineStart, R: h.forecastReqOpen, O: h.forecastOfferAccepted });

  const pipes = new MonthLoad(asOfMonth);
  const roleHours = new Map([...limits.keys()].map((r) => [r, new MonthLoad(asOfMonth)]));
  const place = (h: Hire, w: Window): void => {
    eachMonth(w, (m) => pipes.add(m, 1));
    const load = roleHours.get(h.role);
    if (load) hoursByMonth(h, w, (m, x) => load.add(m, x));
  };

  // What keeps every pipeline on time: the loads with no hire shifted (spec §7.3).
  const unshifted = { pipes: new MonthLoad(asOfMonth), hours: new Map([...limits.keys()].map((r) => [r, new MonthLoad(asOfMonth)])) };
  for (const h of hires) {
    const w = windowOf(h);
    eachMonth(w, (m) => unshifted.pipes.add(m, 1));
    const load = unshifted.hours.get(h.role);
    if (load) hoursByMonth(h, w, (m, x) => load.add(m, x));
  }

  const placed = [...hires];
  const untracked: number[] = [];
  hires.forEach((h, i) => {
    if (h.stage === "planned") untracked.push(i);
    else place(h, windowOf(h));
  });
  untracked.sort((a, b) => priorityRank(hires[a] as Hire) - priorityRank(hires[b] as Hire) || a - b);

  const blocked: string[] = [];
  const shifted: CapacityShift[] = [];
  for (const i of untracked) {
    const h = hires[i] as Hire;
    const role = roleByName.get(h.role);
    const limit = limits.get(h.role);
    const load = roleHours.get(h.role);
    let w = windowOf(h);
    let short = { recruiters: false, interviewers: false };
    let isBlocked = false;
    for (;;) {
      let recruitersShort = false;
      if (C !== null) eachMonth(w, (m) => { if (pipes.get(m) + 1 > C) recruitersShort = true; });
      let interviewersShort = false;
      if (limit !== undefined && load) {
        hoursByMonth(h, w, (m, x) => { if (x > 0 && load.get(m) + x > limit + HOURS_TOLERANCE) interviewersShort = true; });
      }
      if (!recruitersShort && !interviewersShort) break;
      short = { recruiters: short.recruiters || recruitersShort, interviewers: short.interviewers || interviewersShort };
      const P = firstDay(addMonths(monthOfDate(w.P), 1));
      const R = maxDate(maxDate(h.reqOpen, asOf), addDays(P, role?.sourcingLeadDays ?? 0));
      w = { P, R, O: maxDate(h.offerAccepted, addDays(R, role?.timeToFillDays ?? 0)) };
      if (P > horizonEnd) {
        isBlocked = true;
        break;
      }
    }
    if (isBlocked) blocked.push(h.id);
    else place(h, w);
    if (w.P === h.forecastPipelineStart) continue;
    shifted.push({ id: h.id, ...short, blocked: isBlocked });
    const forecastStart = addDays(w.O, role?.noticeDays ?? 0);
    const expectedProductive = addDays(forecastStart, role?.rampUpDays ?? 0);
    placed[i] = {
      ...h,
      status: "at risk",
      slackDays: 0,
      daysLate: w.P - h.pipelineStart,
      forecastPipelineStart: w.P,
      forecastReqOpen: w.R,
      forecastOfferAccepted: w.O,
      forecastStart,
      expectedProductive,
      delayDays: Math.max(0, expectedProductive - h.needBy),
      capacityDelayDays: w.P - h.forecastPipelineStart,
    };
  }

  const limited = [...limits.entries()];
  return {
    hires: placed,
    capacity: {
      recruiters,
      pipelineCapacity: C,
      blocked,
      shifted,
      recruitersToKeepOnTime: Math.ceil(unshifted.pipes.peak() / reqsPerRecruiter),
      interviewHoursLimit: limited.map(([role, hours]) => ({ role, hours })),
      interviewHoursToKeepOnTime: limited.map(([role]) => ({ role, hours: unshifted.hours.get(role)?.peak() ?? 0 })),
      interviewHoursByRole: limited.map(([role]) => {
        const hours = new Array<number>(to - from + 1).fill(0);
        for (const h of placed) {
          if (h.role !== role) continue;
          spreadHours(hoursOf(h), h.forecastReqOpen, h.forecastOfferAccepted, from, to, (m, x) => {
            hours[m - from] = (hours[m - from] as number) + x;
          });
        }
        return { role, hours };
      }),
    },
  };
}

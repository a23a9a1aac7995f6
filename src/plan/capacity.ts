import type { Capacity, CapacityShift, Hire, Role, Settings, TeamMember } from "./types";
import type { CalDate, Month } from "./calendar";
import { addDays, addMonths, firstDay, lastDay, maxDate, monthOfDate } from "./calendar";
import { interviewHoursOf, recruitingMonths, spreadHours } from "./recruiting";

/** Hours may add up to a limit with float error: spec §7.2 allows 1e-9 over. */
const HOURS_TOLERANCE = 1e-9;

/**
 * Loads per calendar month from the first recruiting month on, with no end (spec §7.2 counts
 * months after the plan too). Earlier months are never checked: no untracked pipeline starts
 * before As of, and the report starts there.
 */
class MonthLoad {
  private readonly values: number[] = [];
  /** `add` as a callback, made once: spreading a hire's hours calls it month by month. */
  readonly adder = (m: Month, x: number): void => this.add(m, x);
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
  /** Adds `x` to every month from `a` to `b`. */
  addRange(a: Month, b: Month, x: number): void {
    for (let m = Math.max(a, this.from) as Month; m <= b; m = addMonths(m, 1)) this.add(m, x);
  }
  /** The largest load from `a` to `b`. */
  maxIn(a: Month, b: Month): number {
    let max = 0;
    for (let m = Math.max(a, this.from); m <= b; m++) max = Math.max(max, this.values[m - this.from] ?? 0);
    return max;
  }
  /** The largest load from `since` on. */
  peak(since: Month): number {
    return this.values.slice(Math.max(0, since - this.from)).reduce((a, b) => Math.max(a, b), 0);
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

  const pipes = new MonthLoad(from);
  const roleHours = new Map([...limits.keys()].map((r) => [r, new MonthLoad(from)]));
  const place = (h: Hire, w: Window): void => {
    pipes.addRange(monthOfDate(w.P), monthOfDate(w.O), 1);
    const load = roleHours.get(h.role);
    if (load) hoursByMonth(h, w, load.adder);
  };

  // What keeps every pipeline on time: the loads with no hire shifted (spec §7.3).
  const unshifted = { pipes: new MonthLoad(from), hours: new Map([...limits.keys()].map((r) => [r, new MonthLoad(from)])) };
  for (const h of hires) {
    const w = windowOf(h);
    unshifted.pipes.addRange(monthOfDate(w.P), monthOfDate(w.O), 1);
    const load = unshifted.hours.get(h.role);
    if (load) hoursByMonth(h, w, load.adder);
  }

  const placed = [...hires];
  // Untracked hires by priority, each priority in plan order: one bucket per priority.
  const byPriority: number[][] = [[], [], [], []];
  hires.forEach((h, i) => {
    if (h.stage === "planned") byPriority[priorityRank(h)]?.push(i);
    else place(h, windowOf(h));
  });
  const untracked = byPriority.flat();

  // One hoisted callback for the interviewer check: a closure per try would cost more than the check.
  let checked: { load: MonthLoad; limit: number } | null = null;
  let hoursShort = false;
  const checkHours = (m: Month, x: number): void => {
    if (checked && x > 0 && checked.load.get(m) + x > checked.limit + HOURS_TOLERANCE) hoursShort = true;
  };
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
    checked = limit !== undefined && load ? { load, limit } : null;
    for (;;) {
      const recruitersShort = C !== null && pipes.maxIn(monthOfDate(w.P), monthOfDate(w.O)) + 1 > C;
      hoursShort = false;
      if (checked) hoursByMonth(h, w, checkHours);
      const interviewersShort = hoursShort;
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
      recruitersToKeepOnTime: Math.ceil(unshifted.pipes.peak(asOfMonth) / reqsPerRecruiter),
      interviewHoursLimit: limited.map(([role, hours]) => ({ role, hours })),
      interviewHoursToKeepOnTime: limited.map(([role]) => ({ role, hours: unshifted.hours.get(role)?.peak(asOfMonth) ?? 0 })),
      // Blocked hires added no load, and theirs would fall after the plan's last month anyway.
      interviewHoursByRole: limited.map(([role]) => {
        const load = roleHours.get(role);
        return { role, hours: Array.from({ length: to - from + 1 }, (_, k) => load?.get(addMonths(from, k)) ?? 0) };
      }),
    },
  };
}

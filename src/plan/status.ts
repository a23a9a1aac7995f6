import type { Hire, HireStatus, Role } from "./types";
import { TRACKED_STAGES } from "./types";
import type { CalDate } from "./calendar";
import { addDays, daysBetween, maxDate } from "./calendar";
import type { Schedule } from "./schedule";
import type { TrackedHire } from "./input/tracking";

/** Where a hire stands on `asOf`, and when it is forecast to happen (docs/spec.md §2.7 and §6.3). */
export type Forecast = Pick<
  Hire,
  | "status"
  | "slackDays"
  | "daysLate"
  | "stage"
  | "tracking"
  | "forecastPipelineStart"
  | "forecastReqOpen"
  | "forecastOfferAccepted"
  | "forecastStart"
  | "expectedProductive"
  | "delayDays"
  | "capacityDelayDays"
>;

export function hireStatus(s: Schedule, asOf: CalDate): HireStatus {
  if (s.pipelineStart >= asOf) return "on track";
  return asOf <= s.reqOpen ? "start now" : "at risk";
}

/** An untracked hire: what happens if its work starts no earlier than `asOf`. */
export function forecast(s: Schedule, role: Role, asOf: CalDate): Forecast {
  const status = hireStatus(s, asOf);
  const onTrack = status === "on track";
  const forecastReqOpen = maxDate(s.reqOpen, asOf);
  const forecastOfferAccepted = maxDate(s.offerAccepted, addDays(forecastReqOpen, role.timeToFillDays));
  const forecastStart = addDays(forecastOfferAccepted, role.noticeDays);
  const expectedProductive = addDays(forecastStart, role.rampUpDays);
  return {
    status,
    slackDays: onTrack ? daysBetween(asOf, s.pipelineStart) : 0,
    daysLate: onTrack ? 0 : daysBetween(s.pipelineStart, asOf),
    stage: "planned",
    tracking: null,
    forecastPipelineStart: maxDate(s.pipelineStart, asOf),
    forecastReqOpen,
    forecastOfferAccepted,
    forecastStart,
    expectedProductive,
    delayDays: Math.max(0, daysBetween(s.needBy, expectedProductive)),
    capacityDelayDays: 0,
  };
}

/** The latest of the dates that were given (null when none was). */
function latestGiven(...dates: (CalDate | null)[]): CalDate | null {
  return dates.reduce<CalDate | null>((a, d) => (d === null ? a : a === null ? d : maxDate(a, d)), null);
}

/**
 * A tracked hire (docs/spec.md §6.3): given dates stand; a missing event at or before the Stage is filled
 * backwards from the next one (never before a given earlier event); events after it are forecast
 * forwards from the plan's dates and `asOf`.
 */
export function trackedForecast(s: Schedule, role: Role, asOf: CalDate, tracked: TrackedHire): Forecast {
  const given = tracked.dates;
  // Events by index: 0 pipeline, 1 req, 2 offer, 3 start; the Stage is the last event reached.
  const reached = TRACKED_STAGES.indexOf(tracked.stage);
  let R = given.reqOpened;
  let O = given.offerAccepted;
  let S = given.startDate;
  // Backwards: the Stage's required dates are given, so only events before it can be missing here.
  if (reached >= 3 && O === null && S !== null) O = latestGiven(addDays(S, -role.noticeDays), R, given.pipelineStarted);
  if (reached >= 2 && R === null && O !== null) R = latestGiven(addDays(O, -role.timeToFillDays), given.pipelineStarted);
  // Forwards, for the events still ahead.
  if (R === null) R = maxDate(s.reqOpen, asOf);
  if (O === null) O = maxDate(maxDate(s.offerAccepted, addDays(R, role.timeToFillDays)), asOf);
  if (S === null) S = addDays(O, role.noticeDays);
  const P = given.pipelineStarted ?? addDays(R, -role.sourcingLeadDays);

  const expectedProductive = addDays(S, role.rampUpDays);
  const delayDays = Math.max(0, daysBetween(s.needBy, expectedProductive));
  return {
    status: delayDays > 0 ? "at risk" : "on track",
    slackDays: 0,
    daysLate: Math.max(0, daysBetween(s.pipelineStart, P)),
    stage: tracked.stage,
    tracking: tracked.note,
    forecastPipelineStart: P,
    forecastReqOpen: R,
    forecastOfferAccepted: O,
    forecastStart: S,
    expectedProductive,
    delayDays,
    capacityDelayDays: 0,
  };
}

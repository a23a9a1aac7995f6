import type { Hire, HireStatus, Role } from "./types";
import type { CalDate } from "./calendar";
import { addDays, daysBetween, maxDate } from "./calendar";
import type { Schedule } from "./schedule";

/** Where a hire stands on `asOf`, and what happens if its work starts no earlier than then (spec §2.7). */
export type Forecast = Pick<
  Hire,
  "status" | "slackDays" | "daysLate" | "forecastPipelineStart" | "forecastReqOpen" | "forecastOfferAccepted" | "forecastStart" | "expectedProductive" | "delayDays"
>;

export function hireStatus(s: Schedule, asOf: CalDate): HireStatus {
  if (s.pipelineStart >= asOf) return "on track";
  return asOf <= s.reqOpen ? "start now" : "at risk";
}

export function forecast(s: Schedule, role: Role, asOf: CalDate): Forecast {
  const status = hireStatus(s, asOf);
  const onTrack = status === "on track";
  const forecastPipelineStart = maxDate(s.pipelineStart, asOf);
  const forecastReqOpen = maxDate(s.reqOpen, asOf);
  const forecastOfferAccepted = maxDate(s.offerAccepted, addDays(forecastReqOpen, role.timeToFillDays));
  const forecastStart = addDays(forecastOfferAccepted, role.noticeDays);
  const expectedProductive = addDays(forecastStart, role.rampUpDays);
  return {
    status,
    slackDays: onTrack ? daysBetween(asOf, s.pipelineStart) : 0,
    daysLate: onTrack ? 0 : daysBetween(s.pipelineStart, asOf),
    forecastPipelineStart,
    forecastReqOpen,
    forecastOfferAccepted,
    forecastStart,
    expectedProductive,
    delayDays: daysBetween(s.needBy, expectedProductive),
  };
}

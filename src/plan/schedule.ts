import type { Role } from "./types";
import type { CalDate, Month } from "./calendar";
import { addDays, firstDay } from "./calendar";

/** The dates of one hire worked backwards from its need-by month (docs/spec.md §2.6). */
export interface Schedule {
  readonly needBy: CalDate;
  readonly start: CalDate;
  readonly offerAccepted: CalDate;
  readonly reqOpen: CalDate;
  readonly pipelineStart: CalDate;
}

export function backwardSchedule(role: Role, needByMonth: Month): Schedule {
  const needBy = firstDay(needByMonth);
  const start = addDays(needBy, -role.rampUpDays);
  const offerAccepted = addDays(start, -role.noticeDays);
  const reqOpen = addDays(offerAccepted, -role.timeToFillDays);
  const pipelineStart = addDays(reqOpen, -role.sourcingLeadDays);
  return { needBy, start, offerAccepted, reqOpen, pipelineStart };
}

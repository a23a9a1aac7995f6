import type { Capacity } from "./types";
import { roundTo } from "./round";

/** The `capacity` block of the JSON result (spec §7.3). */
export interface CapacityJson {
  readonly recruiters: number | null;
  readonly pipelineCapacity: number | null;
  readonly blocked: readonly string[];
  readonly recruitersToKeepOnTime: number;
  readonly interviewHoursLimit: Readonly<Record<string, number>>;
  readonly interviewHoursToKeepOnTime: Readonly<Record<string, number>>;
  readonly interviewHoursByRole: Readonly<Record<string, readonly number[]>>;
}

const hours = (x: number): number => roundTo(x, 4);

export function capacityToJson(c: Capacity): CapacityJson {
  return {
    recruiters: c.recruiters,
    pipelineCapacity: c.pipelineCapacity,
    blocked: [...c.blocked],
    recruitersToKeepOnTime: c.recruitersToKeepOnTime,
    interviewHoursLimit: Object.fromEntries(c.interviewHoursLimit.map((r) => [r.role, r.hours])),
    interviewHoursToKeepOnTime: Object.fromEntries(c.interviewHoursToKeepOnTime.map((r) => [r.role, hours(r.hours)])),
    interviewHoursByRole: Object.fromEntries(c.interviewHoursByRole.map((r) => [r.role, r.hours.map(hours)])),
  };
}

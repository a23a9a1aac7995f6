import { describe, expect, it } from "vitest";
import { date, formatMonth, month } from "../../src/plan/calendar";
import { recruitingLoad } from "../../src/plan/recruiting";
import { hire, role } from "./support/fixtures";

describe("recruitingLoad", () => {
  const roles = [role("A", { candidatesPerHire: 10, interviewHoursPerCandidate: 10 })];
  const hires = [
    hire("A", { forecastPipelineStart: date(2026, 11, 20), forecastReqOpen: date(2026, 12, 22), forecastOfferAccepted: date(2027, 1, 11) }),
    hire("A", { forecastPipelineStart: date(2027, 3, 5), forecastReqOpen: date(2027, 3, 5), forecastOfferAccepted: date(2027, 3, 5) }),
  ];
  it("runs from As of's month to the plan's end and counts windows where they touch", () => {
    const load = recruitingLoad(hires, roles, date(2026, 11, 15), month(2027, 1), 6, 1);
    expect(load.months.map(formatMonth)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);
    expect(load.openReqs).toEqual([0, 1, 1, 0, 1, 0, 0, 0]);
    expect(load.activePipelines).toEqual([1, 1, 1, 0, 1, 0, 0, 0]);
    expect(load.recruitersNeeded).toEqual([1, 1, 1, 0, 1, 0, 0, 0]);
  });
  it("spreads interview hours over the days from req open to the day before the offer", () => {
    const load = recruitingLoad(hires, roles, date(2026, 11, 15), month(2027, 1), 6, 12);
    expect(load.interviewHours.map((h) => Math.round(h * 1e6) / 1e6)).toEqual([0, 50, 50, 0, 100, 0, 0, 0]);
    expect(load.recruitersNeeded).toEqual([1, 1, 1, 0, 1, 0, 0, 0]);
  });
  it("starts at the plan when As of is later, and drops what falls outside", () => {
    const load = recruitingLoad(hires, roles, date(2027, 2, 1), month(2027, 1), 6, 12);
    expect(formatMonth(load.months[0] as never)).toBe("2027-01");
    expect(load.interviewHours[0]).toBeCloseTo(50);
    expect(load.openReqs[0]).toBe(1);
  });
});

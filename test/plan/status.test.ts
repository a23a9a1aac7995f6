import { describe, expect, it } from "vitest";
import { addDays, formatDate, month } from "../../src/plan/calendar";
import { backwardSchedule } from "../../src/plan/schedule";
import { forecast, hireStatus } from "../../src/plan/status";
import { role } from "./support/fixtures";

const r = role("ML Engineer", { sourcingLeadDays: 30, timeToFillDays: 60, noticeDays: 21, rampUpDays: 90 });
const s = backwardSchedule(r, month(2027, 3));

describe("status and forecast", () => {
  it("is on track up to the pipeline start, with slack", () => {
    const f = forecast(s, r, addDays(s.pipelineStart, -10));
    expect(f).toMatchObject({ status: "on track", slackDays: 10, daysLate: 0, delayDays: 0 });
    expect(forecast(s, r, s.pipelineStart)).toMatchObject({ status: "on track", slackDays: 0 });
    expect(formatDate(f.expectedProductive)).toBe("2027-03-01");
  });
  it("is start now from the day after pipeline start through req open, with no delay", () => {
    expect(forecast(s, r, addDays(s.pipelineStart, 1))).toMatchObject({ status: "start now", slackDays: 0, daysLate: 1, delayDays: 0 });
    const f = forecast(s, r, s.reqOpen);
    expect(f).toMatchObject({ status: "start now", daysLate: 30, delayDays: 0 });
    expect(f.forecastPipelineStart).toBe(s.reqOpen);
  });
  it("is at risk after req open, and the forecast slips day for day", () => {
    const asOf = addDays(s.reqOpen, 5);
    const f = forecast(s, r, asOf);
    expect(f).toMatchObject({ status: "at risk", daysLate: 35, delayDays: 5 });
    expect(f.forecastReqOpen).toBe(asOf);
    expect(f.forecastOfferAccepted).toBe(addDays(s.offerAccepted, 5));
    expect(f.forecastStart).toBe(addDays(s.start, 5));
    expect(hireStatus(s, asOf)).toBe("at risk");
  });
});

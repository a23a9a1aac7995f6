import { describe, expect, it } from "vitest";
import { addDays, date, formatDate, month } from "../../src/plan/calendar";
import { backwardSchedule } from "../../src/plan/schedule";
import { forecast, hireStatus, trackedForecast } from "../../src/plan/status";
import type { TrackedHire } from "../../src/plan/input/tracking";
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

describe("forecast of a tracked hire (docs/spec.md §6.3)", () => {
  const tracked = (stage: TrackedHire["stage"], dates: Partial<TrackedHire["dates"]>): TrackedHire => ({
    id: "X",
    stage,
    idCell: "A2",
    note: { atsReq: "", candidate: "", notes: "", sheetRow: 2 },
    dates: { pipelineStarted: null, reqOpened: null, offerAccepted: null, startDate: null, ...dates },
  });
  // s: need-by 2027-03-01, start 2026-12-01, offer 2026-11-10, req 2026-09-11, pipeline 2026-08-12.
  const asOf = date(2026, 10, 1);
  it("forecasts the events after the Stage forwards from the plan's dates and As of", () => {
    const f = trackedForecast(s, r, asOf, tracked("sourcing", { pipelineStarted: date(2026, 9, 1) }));
    expect([f.forecastPipelineStart, f.forecastReqOpen, f.forecastOfferAccepted, f.forecastStart].map(formatDate)).toEqual([
      "2026-09-01",
      "2026-10-01",
      "2026-11-30",
      "2026-12-21",
    ]);
    expect(f).toMatchObject({ stage: "sourcing", status: "at risk", delayDays: 20, daysLate: 20, slackDays: 0 });
  });
  it("fills missing earlier events backwards, never before a given earlier event", () => {
    const f = trackedForecast(s, r, asOf, tracked("started", { pipelineStarted: date(2026, 8, 1), startDate: date(2026, 9, 1) }));
    // O = max(S - 21, P) = 2026-08-11; R = max(O - 60, P) = P; P given.
    expect([f.forecastPipelineStart, f.forecastReqOpen, f.forecastOfferAccepted, f.forecastStart].map(formatDate)).toEqual([
      "2026-08-01",
      "2026-08-01",
      "2026-08-11",
      "2026-09-01",
    ]);
    expect(f).toMatchObject({ status: "on track", delayDays: 0, daysLate: 0 });
    const g = trackedForecast(s, r, asOf, tracked("req open", { reqOpened: date(2026, 9, 20) }));
    expect(formatDate(g.forecastPipelineStart)).toBe("2026-08-21");
    expect(g.daysLate).toBe(9);
  });
});

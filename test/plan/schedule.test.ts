import { describe, expect, it } from "vitest";
import { formatDate, month } from "../../src/plan/calendar";
import { backwardSchedule } from "../../src/plan/schedule";
import { role } from "./support/fixtures";

describe("backwardSchedule", () => {
  it("works back from the first day of the need-by month", () => {
    const s = backwardSchedule(
      role("ML Engineer", { sourcingLeadDays: 30, timeToFillDays: 60, noticeDays: 21, rampUpDays: 90 }),
      month(2027, 3),
    );
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, formatDate(v)]))).toEqual({
      needBy: "2027-03-01",
      start: "2026-12-01",
      offerAccepted: "2026-11-10",
      reqOpen: "2026-09-11",
      pipelineStart: "2026-08-12",
    });
  });
});

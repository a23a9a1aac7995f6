import { describe, expect, it } from "vitest";
import { fromExcelSerial, lastDay, toExcelSerial } from "../../src/plan/calendar";
import { timelineSheet, timelineWeeks } from "../../src/report/timeline";
import { samplePlan } from "./fixtures";
import { cellAt } from "./query";

const plan = samplePlan();
const sheet = timelineSheet(plan);
const weeks = timelineWeeks(plan);

describe("Sourcing Timeline", () => {
  it("has one Monday-based week column from the earliest pipeline start (or As of) to the plan's last day", () => {
    const earliest = Math.min(plan.settings.asOf, ...plan.hires.flatMap((h) => [h.pipelineStart, h.forecastPipelineStart]));
    const first = weeks[0] as number;
    const last = weeks[weeks.length - 1] as number;
    expect(weeks.every((w) => (w + 3) % 7 === 0)).toBe(true);
    expect(first).toBeLessThanOrEqual(earliest);
    expect(earliest - first).toBeLessThan(7);
    const end = lastDay(plan.months[plan.months.length - 1] as never);
    expect(last).toBeLessThanOrEqual(end);
    expect(end - last).toBeLessThan(7);
    // Header row 5: real dates from column L.
    expect(fromExcelSerial(cellAt(sheet, "L5") as number)).toBe(first);
  });

  it("lists each hire with the date its pipeline should have started, then its real or forecast phases", () => {
    const h = plan.hires[0];
    if (!h) throw new Error("sample has hires");
    expect(sheet.cells[5]?.slice(0, 11)).toEqual([
      h.id,
      h.role,
      h.initiative,
      h.status,
      h.stage,
      toExcelSerial(h.pipelineStart),
      toExcelSerial(h.forecastPipelineStart),
      toExcelSerial(h.forecastReqOpen),
      toExcelSerial(h.forecastOfferAccepted),
      toExcelSerial(h.forecastStart),
      toExcelSerial(h.expectedProductive),
    ]);
    // The first hire is at risk: its pipeline starts at As of, after it should have.
    expect(h.forecastPipelineStart).toBeGreaterThan(h.pipelineStart);
    expect(sheet.cells.length).toBe(5 + plan.hires.length);
  });

  it("draws the bars with conditional formats over the row's own dates and As of in B2", () => {
    const body = sheet.conditionalFormats.find((c) => c.range.startsWith("L6:"));
    expect(body?.rules.map((r) => r.formula)).toEqual([
      "=AND(L$5<=$B$2,$B$2<L$5+7)",
      "=AND($F6<=L$5+3,L$5+3<$G6)",
      "=AND($G6<=L$5+3,L$5+3<$H6)",
      "=AND($H6<=L$5+3,L$5+3<$I6)",
      "=AND($I6<=L$5+3,L$5+3<$J6)",
      "=AND($J6<=L$5+3,L$5+3<$K6)",
      "=$K6<=L$5+3",
    ]);
    expect(cellAt(sheet, "B2")).toBe(toExcelSerial(plan.settings.asOf));
    // Week cells hold nothing: the colour comes only from the rules, so an edited date redraws.
    expect(sheet.cells.slice(5).every((r) => r.slice(11).every((c) => c === null))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../src/app/run";
import { progressView } from "../../src/taskpane/progress";

describe("progressView", () => {
  it("never goes back over a run and ends at 100", () => {
    const events: RunEvent[] = [
      { step: "saving" },
      { step: "reading" },
      { step: "planning" },
      { step: "writing", detail: "Reading the workbook", count: 9 },
      ...[1, 2, 3, 4].map((request): RunEvent => ({
        step: "writing",
        detail: "Writing cells",
        sheet: "Cost",
        index: 5,
        count: 9,
        request,
        requests: 4,
      })),
      { step: "done" },
    ];
    const percents = events.map((e) => progressView(e).percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(percents.at(-1)).toBe(100);
    expect(new Set(percents.slice(4)).size).toBe(percents.length - 4);
  });

  it("names the request, the writer's step and the sheet it starts at", () => {
    expect(
      progressView({ step: "writing", detail: "Writing cells", sheet: "Hiring Plan", index: 3, count: 9, request: 1, requests: 2 }).label,
    ).toBe("Writing to Excel 1 of 2: writing cells, sheet 3 of 9 (Hiring Plan)");
    expect(
      progressView({ step: "writing", detail: "Preparing sheets", sheet: "Summary", index: 1, count: 9, request: 1, requests: 1 }).label,
    ).toBe("Writing all 9 sheets to Excel");
    expect(progressView({ step: "writing", detail: "Reading the workbook", count: 9 }).label).toBe("Reading the workbook");
  });
});

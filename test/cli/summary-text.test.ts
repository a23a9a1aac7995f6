import { describe, expect, it } from "vitest";
import { formatSummary, MAX_DIAGNOSTICS_SHOWN } from "../../src/cli/summary-text";
import { sampleInput } from "../../src/plan/defaults";
import { summarizePlan } from "../../src/plan/summary";
import { formatDate } from "../../src/plan/calendar";
import { inputOf, planOf } from "../plan/support/fixtures";

describe("formatSummary", () => {
  it("shows hires by role and status, first pipelines, at-risk delays, cost by quarter and diagnostics", () => {
    const plan = planOf(sampleInput);
    const s = summarizePlan(plan);
    const text = formatSummary(plan, "the sample");
    expect(text).toMatch(/Hires by role and status\n\s+Role\s+Hires\s+on track\s+start now\s+at risk\n\s+ML Engineer\s+2\s+2\s+0\s+0/);
    const first = s.firstPipelines[0];
    expect(text).toMatch(new RegExp(`${formatDate(first?.pipelineStart as never)}\\s+${first?.id}\\s+${first?.role}`));
    expect(text).toMatch(new RegExp(`${s.atRisk[0]?.id}.*${s.atRisk[0]?.delayDays} days late`));
    expect(text).toContain("2027-Q1  1,941,155.91");
    expect(text).toMatch(/Total\s+8,913,641\.93/);
    expect(text).toContain("Diagnostics: 0 errors, 0 warnings");
  });
  it("names each diagnostic's sheet!cell and caps the list", () => {
    const rows = Array.from({ length: MAX_DIAGNOSTICS_SHOWN + 5 }, (_, i) => [
      `I${i}`,
      "Applied AI product feature",
      "2027-01",
      "2027-02",
      "M",
      "",
      "P9",
    ]);
    const text = formatSummary(planOf(inputOf([...rows, ["ok", "Applied AI product feature", "2027-01", "2027-02", "M"]])), "x");
    expect(text).toContain('error   Roadmap!G2  Priority "P9"');
    expect(text).toContain(`... and 5 more`);
  });
});

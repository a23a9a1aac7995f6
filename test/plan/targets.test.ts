import { describe, expect, it } from "vitest";
import { baselineHeadcount, targetHeadcount } from "../../src/plan/targets";
import { role } from "./support/fixtures";

describe("targets", () => {
  it("rounds demand up to whole people after availability, ignoring float noise", () => {
    expect(targetHeadcount([[0, 0.1 + 0.2, 1.0000000001, 2, 1.5, -0.0]], 1)).toEqual([[0, 1, 1, 2, 2, 0]]);
    expect(targetHeadcount([[1.5, 5, 0.8]], 0.8)).toEqual([[2, 7, 1]]);
  });
  it("runs the baseline down by attrition, in whole people", () => {
    const b = baselineHeadcount(
      [role("A"), role("B"), role("C")],
      [
        { role: "A", headcount: 12, annualAttrition: 0.15, interviewHoursPerMonth: null },
        { role: "B", headcount: 3, annualAttrition: 1, interviewHoursPerMonth: null },
      ],
      12,
    );
    expect(b[0]).toEqual([12, 12, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11]);
    expect(b[1]).toEqual([3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1]);
    expect(b[2]).toEqual(new Array(12).fill(0));
  });
});

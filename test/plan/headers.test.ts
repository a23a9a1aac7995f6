import { describe, expect, it } from "vitest";
import { nameKey, normalizeHeader } from "../../src/plan/headers";

describe("normalizeHeader", () => {
  it("ignores case, spaces, punctuation and a trailing unit", () => {
    expect(normalizeHeader("Time to fill (days)")).toBe("timetofill");
    expect(normalizeHeader("time_to-FILL")).toBe("timetofill");
    expect(normalizeHeader("Ramp-up (days) ")).toBe("rampup");
    expect(normalizeHeader("Horizon (months)")).toBe("horizon");
    expect(normalizeHeader("MLOps / ML Platform Engineer")).toBe("mlopsmlplatformengineer");
  });
  it("keeps a unit that is not trailing", () => {
    expect(normalizeHeader("(a) b")).toBe("ab");
  });
  it("matches names by trimmed lower case", () => {
    expect(nameKey("  Churn Model ")).toBe("churn model");
  });
});

import { describe, expect, it } from "vitest";
import { planChanges, readPreviousPlan } from "../../src/plan/changes";
import { date, formatDate } from "../../src/plan/calendar";
import { planToJson } from "../../src/plan/json";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import { hire, TODAY } from "./support/fixtures";

describe("readPreviousPlan", () => {
  it("reads a schemaVersion 2 result, says old for any other version, foreign for what is no plan", () => {
    const sample = makePlan(sampleInput, { today: TODAY });
    if (!sample.ok) throw new Error(sample.error.reason);
    const json = JSON.parse(JSON.stringify(planToJson(sample.value))) as unknown;
    const read = readPreviousPlan(json);
    expect(read.kind).toBe("plan");
    if (read.kind === "plan") {
      expect(read.plan.hires.map((h) => h.id)).toEqual(sample.value.hires.map((h) => h.id));
      expect(formatDate(read.plan.asOf)).toBe("2026-10-01");
    }
    expect(readPreviousPlan({ schemaVersion: 1, settings: {}, hires: [] }).kind).toBe("old");
    for (const junk of [
      null,
      [],
      "x",
      { hires: [] },
      { schemaVersion: 2, settings: { asOf: "soon" }, hires: [] },
      { schemaVersion: 2, settings: { asOf: "2026-10-01" }, hires: [{ id: 3 }] },
    ]) {
      expect(readPreviousPlan(junk).kind, JSON.stringify(junk)).toBe("foreign");
    }
  });
});

describe("planChanges", () => {
  const at = (m: number) => date(2027, m, 1);
  it("lists added, removed, moved and re-statused hires in each plan's order, and every quarter of both", () => {
    const previous = {
      asOf: date(2026, 9, 1),
      hires: [
        { id: "A-X-1", needBy: at(1), status: "on track" as const, role: "A", initiative: "X" },
        { id: "A-X-2", needBy: at(2), status: "on track" as const, role: "A", initiative: "X" },
        { id: "A-Y-1", needBy: at(3), status: "start now" as const, role: "A", initiative: "Y" },
      ],
      costByQuarter: [
        { quarter: "2026-Q4", cost: 5 },
        { quarter: "2027-Q1", cost: 10 },
      ],
    };
    const now = [
      { ...hire("A", {}), id: "A-Z-1", needBy: at(1) },
      { ...hire("A", {}), id: "A-Y-1", needBy: at(4), status: "at risk" as const },
      { ...hire("A", {}), id: "A-X-1", needBy: at(1) },
    ];
    const c = planChanges(previous, now, [
      { quarter: "2027-Q1", cost: 12 },
      { quarter: "2027-Q2", cost: 7 },
    ]);
    expect(c.added).toEqual(["A-Z-1"]);
    expect(c.removed).toEqual([{ id: "A-X-2", role: "A", initiative: "X", needBy: at(2) }]);
    expect(c.moved).toEqual([{ id: "A-Y-1", from: at(3), to: at(4) }]);
    expect(c.statusChanged).toEqual([{ id: "A-Y-1", from: "start now", to: "at risk" }]);
    expect(c.costByQuarter).toEqual([
      { quarter: "2026-Q4", before: 5, after: 0 },
      { quarter: "2027-Q1", before: 10, after: 12 },
      { quarter: "2027-Q2", before: 0, after: 7 },
    ]);
  });
});

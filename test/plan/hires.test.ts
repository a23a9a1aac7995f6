import { describe, expect, it } from "vitest";
import { month } from "../../src/plan/calendar";
import { attribute, walkHires } from "../../src/plan/hires";
import { init } from "./support/fixtures";

const m0 = month(2027, 1);

describe("walkHires", () => {
  it("hires the gap, backfills attrition first, never fires, and reports surplus", () => {
    const w = walkHires([[2, 4, 4, 1, 3]], [[2, 2, 1, 1, 1]], [init("x", 1, 5)], [{ initiatives: [0], fte: [4] }], m0);
    expect(w.newHires).toEqual([[0, 2, 1, 0, 0]]);
    expect(w.planned).toEqual([[2, 4, 4, 4, 4]]);
    expect(w.surplus).toEqual([[0, 0, 0, 3, 1]]);
    expect(w.batches).toEqual([
      { role: 0, month: 1, reason: "growth", initiative: 0, count: 2 },
      { role: 0, month: 2, reason: "backfill", initiative: -1, count: 1 },
    ]);
  });
  it("splits a gap into backfill and growth and orders batches month, role, backfill first", () => {
    const w = walkHires(
      [
        [3, 5],
        [0, 1],
      ],
      [
        [3, 2],
        [0, 0],
      ],
      [init("x", 1, 2)],
      [
        { initiatives: [0], fte: [5] },
        { initiatives: [0], fte: [1] },
      ],
      m0,
    );
    expect(w.batches.map((b) => `${b.month}/${b.role}/${b.reason}/${b.count}`)).toEqual(["1/0/backfill/1", "1/0/growth/2", "1/1/growth/1"]);
  });
});

describe("attribute", () => {
  const initiatives = [init("old", 1, 6, 1, 1, 0), init("new", 3, 6, 1, 1, 1), init("big", 3, 6, 1, 1, 2), init("later", 1, 6, 1, 1, 3)];
  const needers = { initiatives: [0, 1, 2, 3], fte: [1, 0.5, 2, 3] };
  it("picks the largest rise into the month (a start counts all its demand)", () => {
    expect(attribute(needers, initiatives, m0, 2)).toBe(2);
  });
  it("with no rise, picks the largest demand", () => {
    expect(attribute(needers, initiatives, m0, 4)).toBe(3);
  });
  it("at k = 0 everything active counts from 0; ties go to earlier written Start, then row", () => {
    const a = { ...init("a", 1, 6, 1, 1, 0), writtenStart: month(2027, 1) };
    const b = { ...init("b", 1, 6, 1, 1, 1), writtenStart: month(2026, 11) };
    const c = init("c", 1, 6, 1, 1, 2);
    const same = { initiatives: [0, 1, 2], fte: [1, 1, 1] };
    expect(attribute(same, [a, b, c], m0, 0)).toBe(1);
    expect(attribute(same, [a, c, a], m0, 0)).toBe(0);
  });
  it("counts 0.3 x 3 and 0.9 as a tie", () => {
    const same = { initiatives: [0, 1], fte: [0.1 * 3 * 3, 0.9] };
    expect(attribute(same, [init("a", 1, 6, 1, 1, 1), init("b", 1, 6, 1, 1, 0)], m0, 0)).toBe(1);
  });
  it("finds no initiative when none is active", () => {
    expect(attribute(needers, initiatives, m0, 8)).toBe(-1);
  });
});

import { describe, expect, it } from "vitest";
import type { Workstream } from "../../src/plan/types";
import { month } from "../../src/plan/calendar";
import { computeDemand } from "../../src/plan/demand";
import { init, role } from "./support/fixtures";

describe("computeDemand", () => {
  it("sums mix x size x weight over the months each initiative is active", () => {
    const roles = [role("A"), role("B")];
    const ws: Workstream[] = [
      {
        name: "W",
        kind: "production",
        mix: new Map([
          ["A", 0.5],
          ["B", 2],
        ]),
        sheetRow: 2,
      },
    ];
    const d = computeDemand([init("x", 1, 3, 2), init("y", 3, 4, 1, 0.5, 1)], ws, roles, month(2027, 1), 6);
    expect(d.fte).toEqual([
      [1, 1, 1.25, 0.25, 0, 0],
      [4, 4, 5, 1, 0, 0],
    ]);
    expect(d.byRole).toEqual([
      { initiatives: [0, 1], fte: [1, 0.25] },
      { initiatives: [0, 1], fte: [4, 1] },
    ]);
  });
  it("lists no need for an initiative left out by its weight", () => {
    const ws: Workstream[] = [{ name: "W", kind: "production", mix: new Map([["A", 1]]), sheetRow: 2 }];
    const d = computeDemand([init("x", 1, 2, 1, 0)], ws, [role("A")], month(2027, 1), 6);
    expect(d.byRole).toEqual([{ initiatives: [], fte: [] }]);
    expect(d.fte[0]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

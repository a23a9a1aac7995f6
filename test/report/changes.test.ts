import { describe, expect, it } from "vitest";
import { changesSheet, CHANGES_TABLE } from "../../src/report/changes";
import { readPreviousPlan } from "../../src/plan/changes";
import { formatDate, fromExcelSerial } from "../../src/plan/calendar";
import { planToJson } from "../../src/plan/json";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import type { Grid } from "../../src/plan/types";
import { cellAt, rowWith } from "./query";
import { TODAY } from "../plan/support/fixtures";

function planned(roadmap: Grid | undefined, previous?: ReturnType<typeof readPreviousPlan>) {
  const outcome = makePlan(
    { ...sampleInput, ...(roadmap && { roadmap }) },
    { today: TODAY, ...(previous && previous.kind !== "foreign" && { previous }) },
  );
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
}

describe("the Changes sheet", () => {
  const first = planned(undefined);
  const roadmap = sampleInput.roadmap as Grid;
  // Fraud model v2 one month later: its hires' need-bys move.
  const fraud = roadmap.rows.findIndex((r) => r[1] === "Fraud model v2");
  const moved: Grid = {
    ...roadmap,
    rows: roadmap.rows.map((r, i) => (i === fraud ? r.map((c, j) => (j === 3 ? "2027-03" : c)) : r)),
  };
  const second = planned(moved, readPreviousPlan(JSON.parse(JSON.stringify(planToJson(first)))));

  it("says a first build has nothing to compare with", () => {
    const sheet = changesSheet(first);
    expect(sheet.cells.flat().join(" ")).toMatch(/This is the first build/);
    expect(sheet.tables).toEqual([]);
  });

  it("dates both plans, each date left-aligned against its own label", () => {
    const sheet = changesSheet(second);
    expect([cellAt(sheet, "A2"), cellAt(sheet, "C2")]).toEqual(["Previous plan as of", "This plan as of"]);
    expect(formatDate(fromExcelSerial(cellAt(sheet, "B2") as number))).toBe("2026-10-01");
    for (const cell of ["B2", "D2"]) expect(sheet.styles).toContainEqual({ range: cell, style: { horizontalAlignment: "left" } });
  });

  it("counts and lists each changed hire in one table, moved need-bys as dates", () => {
    const sheet = changesSheet(second);
    const changes = second.changes;
    if (!changes) throw new Error("no changes");
    expect(changes.moved.length).toBeGreaterThan(0);
    const header = rowWith(sheet, "Change");
    const rows = sheet.cells.slice(header, header + changes.moved.length + changes.added.length + changes.removed.length);
    const listed = rows.filter((r) => r[0] === "need-by moved").map((r) => r[1]);
    expect(listed).toEqual(changes.moved.map((m) => m.id));
    const asDates = (r: readonly unknown[]) => [r[4], r[5]].map((d) => formatDate(fromExcelSerial(d as number)));
    expect(rows.filter((r) => r[0] === "need-by moved").map(asDates)).toEqual(
      changes.moved.map((m) => [formatDate(m.from), formatDate(m.to)]),
    );
    expect(sheet.tables.map((t) => t.name)).toEqual([CHANGES_TABLE]);
  });
});

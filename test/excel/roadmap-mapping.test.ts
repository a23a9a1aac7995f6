import { describe, expect, it } from "vitest";
import { applyMapping, describeMapping, HEADER_SYNONYMS, proposeMapping, ROADMAP_FIELDS } from "../../src/excel/roadmap-mapping";

const mapped = (header: string[]): Record<string, string | null> =>
  Object.fromEntries(proposeMapping(header).columns.map((c) => [c.field, c.header]));

describe("proposeMapping", () => {
  it("maps the synonyms of the brief onto our columns", () => {
    expect(mapped(["Epic", "Category", "Begin", "Target", "T-shirt size", "Probability (%)"])).toMatchObject({
      Initiative: "Epic",
      Workstream: "Category",
      Start: "Begin",
      End: "Target",
      Size: "T-shirt size",
      Confidence: "Probability (%)",
    });
    expect(mapped(["Name", "Type", "Kickoff", "Finish"])).toMatchObject({ Initiative: "Name", Workstream: "Type", Start: "Kickoff", End: "Finish" });
    expect(mapped(["Project", "Track", "Start", "Due"])).toMatchObject({ Initiative: "Project", Workstream: "Track", End: "Due" });
  });

  it("prefers a column with our own name over a synonym, and uses each column once", () => {
    const m = proposeMapping(["Name", "Initiative", "Type", "Workstream"]);
    expect(m.columns.find((c) => c.field === "Initiative")?.header).toBe("Initiative");
    expect(m.columns.find((c) => c.field === "Workstream")?.header).toBe("Workstream");
    expect(m.ignored).toEqual(["Name", "Type"]);
  });

  it("names the required fields it could not find", () => {
    expect(proposeMapping(["Project", "Owner"]).missing).toEqual(["Workstream", "Start", "End", "Size"]);
  });

  it("every synonym is written as the header normaliser sees it, and belongs to one field", () => {
    const all = ROADMAP_FIELDS.flatMap((f) => HEADER_SYNONYMS[f]);
    expect(new Set(all).size).toBe(all.length);
    for (const s of all) expect(s).toMatch(/^[a-z0-9]+$/);
  });
});

describe("describeMapping and applyMapping", () => {
  it("refuses one column for two fields", () => {
    expect(() => describeMapping(["A", "B"], [{ field: "Initiative", column: 0 }, { field: "Owner", column: 0 }])).toThrow(/two fields/);
  });

  it("renames the header in place so the grid's origin and location still name the user's cells", () => {
    const block = { sheet: "Q3 plans", originRow: 4, originCol: 2, rows: [["Project", "Budget", "Track"], ["A", 10, "X"]] };
    expect(applyMapping(block, proposeMapping(block.rows[0] ?? []))).toEqual({
      sheet: "Roadmap",
      originRow: 4,
      originCol: 2,
      rows: [["Initiative", "Ignored: Budget", "Workstream"], ["A", 10, "X"]],
      location: "Q3 plans",
    });
  });
});

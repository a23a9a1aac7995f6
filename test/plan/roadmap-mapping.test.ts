import { describe, expect, it } from "vitest";
import {
  applyMapping,
  columnValues,
  describeMapping,
  headerNames,
  proposeMapping,
  proposeWorkstreamMap,
  ROADMAP_FIELDS,
  workstreamNames,
  type SourceBlock,
} from "../../src/plan/roadmap-mapping";
import { date } from "../../src/plan/calendar";
import defaultWorkstreams from "../../src/plan/data/workstreams.json";
import { makePlan } from "../../src/plan/index";

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
    expect(mapped(["Name", "Type", "Kickoff", "Finish"])).toMatchObject({
      Initiative: "Name",
      Workstream: "Type",
      Start: "Kickoff",
      End: "Finish",
    });
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
    const all = ROADMAP_FIELDS.flatMap((f) => headerNames(f));
    expect(new Set(all).size).toBe(all.length);
    for (const s of all) expect(s).toMatch(/^[a-z0-9]+$/);
  });
});

describe("describeMapping and applyMapping", () => {
  it("refuses one column for two fields", () => {
    expect(() =>
      describeMapping(
        ["A", "B"],
        [
          { field: "Initiative", column: 0 },
          { field: "Owner", column: 0 },
        ],
      ),
    ).toThrow(/two fields/);
  });

  it("renames the header in place so the grid's origin and location still name the user's cells", () => {
    const block = {
      sheet: "Q3 plans",
      originRow: 4,
      originCol: 2,
      rows: [
        ["Project", "Budget", "Track"],
        ["A", 10, "X"],
      ],
    };
    expect(applyMapping(block, proposeMapping(block.rows[0] ?? []))).toEqual({
      sheet: "Roadmap",
      originRow: 4,
      originCol: 2,
      rows: [
        ["Initiative", "Ignored: Budget", "Workstream"],
        ["A", 10, "X"],
      ],
      location: "Q3 plans",
    });
  });
});

describe("the user's own words for the kind of work", () => {
  const header = ["Project", "Team", "Kickoff", "Due", "Size"];
  const block: SourceBlock = {
    sheet: "2027 roadmap",
    originRow: 1,
    originCol: 1,
    rows: [
      header,
      ["Copilot", "Support", "2027-02", "2027-06", "M"],
      ["Ranking", " search ", "2027-01", "2027-09", "L"],
      ["Autocomplete", "Search", "2027-04", "2027-07", "S"],
      ["Fraud", "", "2027-03", "2027-08", "M"],
    ],
  };
  // "Team" is proposed as the Owner; here it names the kind of work.
  const columns = proposeMapping(header).columns.map((c) =>
    c.field === "Workstream" ? { field: c.field, column: 1 } : c.field === "Owner" ? { field: c.field, column: null } : c,
  );
  const STREAMS = defaultWorkstreams.slice(1).map((r) => String(r[0]));

  it("lists each value of their column once, as first written, blanks left out", () => {
    expect(columnValues(block, 1)).toEqual(["Support", "search"]);
  });

  it("offers the Workstreams table's rows, or the engine's defaults when there is none", () => {
    expect(workstreamNames({})).toEqual(STREAMS);
    const own = {
      sheet: "Workstreams" as const,
      originRow: 1,
      originCol: 1,
      rows: [
        ["Workstream", "ML Engineer"],
        ["Search", 1],
        ["Risk", 2],
      ],
    };
    expect(workstreamNames({ workstreams: own })).toEqual(["Search", "Risk"]);
  });

  it("proposes the workstream a value already names, case and spaces ignored, and nothing else", () => {
    expect(proposeWorkstreamMap(["llm FINE-TUNING ", "Support"], STREAMS)).toEqual({ "llm fine-tuning": "LLM fine-tuning" });
  });

  it("plans their rows under the mapped workstreams; a value left unmapped is reported at its own cell", () => {
    const mapping = describeMapping(header, columns, { kind: "values", values: { search: "Predictive ML model" } });
    const grid = applyMapping(block, mapping);
    expect(grid.rows.map((r) => r[1])).toEqual(["Workstream", "Support", "Predictive ML model", "Predictive ML model", ""]);
    const outcome = makePlan({ roadmap: grid }, { today: date(2026, 11, 30) });
    expect(outcome.ok && outcome.value.diagnostics.filter((d) => d.severity === "error").map((d) => d.cell)).toEqual(["B2", "B5"]);
  });

  it("one workstream for every row stands in for a Workstream column, past their last column", () => {
    const none = columns.map((c) => (c.field === "Workstream" ? { ...c, column: null } : c));
    expect(describeMapping(header, none).missing).toEqual(["Workstream"]);
    const mapping = describeMapping(header, none, { kind: "all", workstream: "LLM fine-tuning" });
    expect(mapping.missing).toEqual([]);
    const grid = applyMapping(block, mapping);
    expect(grid.rows.map((r) => r.length)).toEqual([6, 6, 6, 6, 6]);
    expect(grid.rows.map((r) => r[5])).toEqual(["Workstream", "LLM fine-tuning", "LLM fine-tuning", "LLM fine-tuning", "LLM fine-tuning"]);
    const outcome = makePlan({ roadmap: grid }, { today: date(2026, 11, 30) });
    expect(outcome.ok && outcome.value.initiatives.map((i) => i.workstream)).toEqual(Array(4).fill("LLM fine-tuning"));
  });

  it("a map of values without a Workstream column is dropped: nothing to translate", () => {
    const none = columns.map((c) => (c.field === "Workstream" ? { ...c, column: null } : c));
    expect(describeMapping(header, none, { kind: "values", values: {} }).workstreams).toBeUndefined();
  });
});

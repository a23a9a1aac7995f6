import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/io/csv";
import { adaptRoadmap, convertMapped, proposeImport, type ImportOptions } from "../../../src/io/imports/roadmap";
import { applyMapping } from "../../../src/plan/roadmap-mapping";
import { makePlan } from "../../../src/plan/index";
import { date, month } from "../../../src/plan/calendar";
import type { Grid } from "../../../src/plan/types";

const FIXTURES = resolve(__dirname, "../../fixtures/imports");
const exported = (file: string): Grid => parseCsv(readFileSync(resolve(FIXTURES, file), "utf8"), "Roadmap");
const overrides = { asOf: date(2026, 10, 1), planStart: month(2027, 1) };
const gridOf = (rows: unknown[][]): Grid => ({ sheet: "Roadmap", originRow: 1, originCol: 1, rows: rows as Grid["rows"] });

function planFrom(file: string, options: ImportOptions = {}) {
  const adapted = adaptRoadmap(exported(file), options);
  if (!adapted.ok) throw new Error(adapted.error);
  const outcome = makePlan({ roadmap: adapted.value.grid }, { today: date(2026, 10, 1), overrides });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return { adapted, plan: outcome.value };
}

// Each fixture follows its tool's documented export (see src/io/imports/tools.ts): its header row,
// its date format, its priority words and its key column, untouched.
describe.each([
  ["jira.csv", "jira", {}, ["AI-101", "AI-102", "AI-103", "AI-104"]],
  ["azure-devops.csv", "azure-devops", { dateOrder: "MDY" }, ["4101", "4102", "4103"]],
  ["github.tsv", "github", {}, []],
  ["linear.csv", "linear", {}, ["AI-11", "AI-12", "AI-13"]],
  ["asana.csv", "asana", {}, ["1204000000000101", "1204000000000102", "1204000000000103"]],
  ["smartsheet.csv", "smartsheet", { dateOrder: "MDY" }, []],
  ["ms-project.csv", "ms-project", { dateOrder: "MDY" }, ["11", "12", "13"]],
  ["productboard.csv", "productboard", {}, ["8f1c0a01", "8f1c0a02", "8f1c0a03"]],
  ["aha.csv", "aha", {}, ["APP-11", "APP-12", "APP-13"]],
] as const)("%s", (file, tool, options, keys) => {
  it("is recognised from its headers and plans without edits or errors", () => {
    const { adapted, plan } = planFrom(file, options);
    expect(adapted.value.tool).toBe(tool);
    expect(plan.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(plan.initiatives.map((i) => i.name)).toEqual([
      "Support copilot (RAG over help center)",
      "Fraud model v2",
      ...(file === "jira.csv" ? ["Feature store & training pipelines"] : []),
      "Domain LLM fine-tune",
    ]);
    expect(plan.initiatives[0]?.start).toBe(month(2027, 1));
    expect(plan.hires.length).toBeGreaterThan(0);
  });
  it("keeps the tool's own key as the roadmap Key, so hire ids carry it", () => {
    const { plan } = planFrom(file, options);
    // Hire ids write keys in capitals (spec §6.1).
    for (const key of keys) expect(plan.hires.some((h) => h.id.includes(`-${key.toUpperCase()}-`))).toBe(true);
  });
});

describe("what the run says it mapped", () => {
  it("names every column, date and priority the Jira export changed", () => {
    expect(planFrom("jira.csv").adapted.ok && planFrom("jira.csv").adapted.value.mapped).toBe(
      "Jira export: Summary → Initiative, Component/s → Workstream, Custom field (Start date) → Start, Due date → End, " +
        "Custom field (Story point estimate) → Size, Assignee → Owner, Description → Notes, Issue key → Key, 8 dates such as 04/Jan/27 9:00 AM → 2027-01-04, " +
        "priority Highest → P0, High → P1, Medium → P2, Low → P3",
    );
  });
  it("says nothing for a roadmap already in Headstart's columns", () => {
    const grid = gridOf([
      ["Initiative", "Workstream", "Start", "End", "Size"],
      ["A", "LLM fine-tuning", "2027-01", "2027-03", "M"],
    ]);
    const adapted = adaptRoadmap(grid);
    expect(adapted.ok && adapted.value.mapped).toBeNull();
    expect(adapted.ok && adapted.value.grid.rows).toEqual(grid.rows);
  });
  it("leaves a column that only looks like a roadmap column unused (Aha!'s strategic Initiative)", () => {
    const { adapted, plan } = planFrom("aha.csv");
    expect(adapted.ok && adapted.value.mapped).toContain("Initiative not used");
    expect(plan.initiatives.map((i) => i.name)).not.toContain("Customer self-service");
  });
});

describe("each tool's own words, as its documentation or real exports write them", () => {
  it("Jira's older Server/Data Center priority scheme maps by position, as Highest..Lowest does", () => {
    const adapted = adaptRoadmap(
      gridOf([
        ["Summary", "Issue key", "Priority", "Component/s", "Custom field (Start date)", "Due date", "Custom field (Story point estimate)"],
        ["A", "AI-1", "Blocker", "LLM fine-tuning", "04/Jan/27 9:00 AM", "30/Jun/27 12:00 AM", "1"],
        ["B", "AI-2", "Critical", "LLM fine-tuning", "04/Jan/27 9:00 AM", "30/Jun/27 12:00 AM", "1"],
        ["C", "AI-3", "Major", "LLM fine-tuning", "04/Jan/27 9:00 AM", "30/Jun/27 12:00 AM", "1"],
        ["D", "AI-4", "Minor", "LLM fine-tuning", "04/Jan/27 9:00 AM", "30/Jun/27 12:00 AM", "1"],
        ["E", "AI-5", "Trivial", "LLM fine-tuning", "04/Jan/27 9:00 AM", "30/Jun/27 12:00 AM", "1"],
      ]),
    );
    expect(adapted.ok && adapted.value.tool).toBe("jira");
    expect(adapted.ok && adapted.value.grid.rows.slice(1).map((r) => r[2])).toEqual(["P0", "P1", "P2", "P3", "P3"]);
  });
  it("the first of Jira's repeated multi-value columns (Component/s, Component/s) is the Workstream", () => {
    const adapted = adaptRoadmap(exported("jira.csv"));
    expect(adapted.ok && adapted.value.grid.rows[0]?.slice(11, 13)).toEqual(["Workstream", "Component/s"]);
  });
  it("Asana's Priority field reads Med as Medium", () => {
    const adapted = adaptRoadmap(
      gridOf([
        ["Task ID", "Name", "Section/Column", "Start Date", "Due Date", "Size", "Priority"],
        ["1", "A", "LLM fine-tuning", "2027-01-04", "2027-06-30", "M", "Med"],
      ]),
    );
    expect(adapted.ok && adapted.value.grid.rows[1]?.[6]).toBe("P2");
  });
  it("Linear's ISO 8601 timestamps are read as the day they name", () => {
    const adapted = adaptRoadmap(exported("linear.csv"));
    expect(adapted.ok && adapted.value.mapped).toContain("2027-01-04T00:00:00.000Z → 2027-01-04");
  });
  it("Aha!'s Feature end date is the End when there is no Feature due date", () => {
    const adapted = adaptRoadmap(
      gridOf([
        ["Feature reference #", "Feature name", "Epic name", "Feature start date", "Feature end date", "Effort T-Shirt Size"],
        ["APP-1", "A", "LLM fine-tuning", "2027-01-04", "2027-06-30", "M"],
      ]),
    );
    expect(adapted.ok && adapted.value.grid.rows[0]).toEqual(["Key", "Initiative", "Workstream", "Start", "End", "Size"]);
  });
});

describe("diagnostics still name the user's cells", () => {
  it("a value the adapter cannot read is the engine's error at its own cell", () => {
    const grid = exported("jira.csv");
    const rows = grid.rows.map((r) => [...r]);
    (rows[2] as unknown[])[16] = "next spring";
    (rows[3] as unknown[])[5] = "Meh";
    const adapted = adaptRoadmap({ ...grid, rows });
    if (!adapted.ok) throw new Error(adapted.error);
    const outcome = makePlan({ roadmap: adapted.value.grid }, { today: date(2026, 10, 1), overrides });
    expect(outcome.ok).toBe(true);
    const cells = outcome.ok ? outcome.value.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.sheet}!${d.cell}`) : [];
    // Q3 is the Jira file's Custom field (Start date) of AI-102; F4 its Priority of AI-103.
    expect(cells).toEqual(["Roadmap!Q3", "Roadmap!F4"]);
  });
  it("a numeric date without a date order asks for one, naming the first such cell", () => {
    const adapted = adaptRoadmap(exported("ms-project.csv"));
    expect(adapted.ok).toBe(false);
    expect(!adapted.ok && adapted.error).toBe(
      'Roadmap!E2: "Mon 1/4/27" is a date written with numbers only (as are 5 more cells), and 1/4 is 4 January in one country and 1 April in another: say the order with --date-order MDY or --date-order DMY',
    );
    const dmy = adaptRoadmap(exported("ms-project.csv"), { dateOrder: "DMY" });
    // 1/4/27 read day-first is 1 April; 6/30/27 is then no date, and stays for the engine to report.
    expect(dmy.ok && [dmy.value.grid.rows[1]?.[4], dmy.value.grid.rows[1]?.[5]]).toEqual(["2027-04-01", "Wed 6/30/27"]);
  });
});

describe("missing columns", () => {
  it("are all named in one message with what each could be mapped from", () => {
    const adapted = adaptRoadmap(exported("unknown.csv"));
    expect(adapted.ok).toBe(false);
    const reason = adapted.ok ? "" : adapted.error;
    expect(reason).toMatch(
      /^Roadmap!A1: the Roadmap table has no "Initiative", "Workstream", "Start", "End", "Size" columns \(its header row has: Thing, When, Until, Who\)\. /,
    );
    for (const hint of [
      '"Initiative" from Summary / Title',
      '"Start" from Start date / Begin',
      '"End" from End date / Due date / Due / Finish',
      '"Size" from T-shirt size / T-shirt / Estimate',
    ]) {
      expect(reason).toContain(hint);
    }
  });
  it("--from picks the tool when its signature is not all there", () => {
    const grid = gridOf([
      ["Summary", "Component/s", "Custom field (Start date)", "Due date", "Custom field (Story point estimate)"],
      ["A", "LLM fine-tuning", "04/Jan/27 9:00 AM", "30/Jun/27", "1"],
    ]);
    const adapted = adaptRoadmap(grid, { from: "jira" });
    expect(adapted.ok && adapted.value.tool).toBe("jira");
    expect(adapted.ok && adapted.value.grid.rows[1]).toEqual(["A", "LLM fine-tuning", "2027-01-04", "2027-06-30", "1"]);
  });
});

describe("a roadmap mapped in the pane (proposeImport, then convertMapped after the user confirms)", () => {
  const grid = exported("jira.csv");
  const block = { sheet: "Jira paste", originRow: 3, originCol: 2, rows: grid.rows };

  it("recognises the tool, proposes its own columns and the workbook's date order", () => {
    const proposed = proposeImport(grid.rows[0] ?? [], { datePattern: "dd/MM/yyyy", locale: "en-US" });
    expect(proposed.import).toEqual({ from: "jira", dateOrder: "DMY", dateOrderSource: "the workbook's date format dd/MM/yyyy" });
    const chosen = Object.fromEntries(proposed.mapping.columns.map((c) => [c.field, c.header]));
    expect(chosen).toMatchObject({ Key: "Issue key", Initiative: "Summary", Start: "Custom field (Start date)", End: "Due date" });
    const ours = ["Initiative", "Workstream", "Start", "End", "Size"];
    expect(proposeImport(ours, { datePattern: "yyyy-MM-dd" }).import).toEqual({ from: "generic" });
    // With no regional format from Excel, Office's language says it; with neither, nothing is guessed.
    expect(proposeImport(ours, { datePattern: null, locale: "en-GB" }).import).toEqual({
      from: "generic",
      dateOrder: "DMY",
      dateOrderSource: "Office's language en-GB",
    });
    expect(proposeImport(ours).import).toEqual({ from: "generic" });
  });

  it("converts the mapped rows as the CLI's adapter does, and says so in one line", () => {
    const proposed = proposeImport(grid.rows[0] ?? []);
    const converted = convertMapped(applyMapping(block, proposed.mapping), proposed.import);
    if (!converted.ok) throw new Error(converted.error);
    expect(converted.value.mapped).toBe(
      "Jira export: 8 dates such as 04/Jan/27 9:00 AM → 2027-01-04, priority Highest → P0, High → P1, Medium → P2, Low → P3",
    );
    const adapted = adaptRoadmap(grid);
    if (!adapted.ok) throw new Error(adapted.error);
    const plan = (g: Grid) => makePlan({ roadmap: g }, { today: date(2026, 10, 1), overrides });
    const [mine, cli] = [plan(converted.value.grid), plan(adapted.value.grid)];
    expect(mine.ok && mine.value.hires.map((h) => h.id)).toEqual(cli.ok && cli.value.hires.map((h) => h.id));
  });

  it("names the user's own cell of a numeric date read with no order, and how the pane asks for it", () => {
    const rows = [
      ["Initiative", "Workstream", "Start", "End", "Size"],
      ["Fraud", "Predictive ML model", "01/02/2027", "30/09/2027", "M"],
    ];
    const mapped = applyMapping({ sheet: "My plan", originRow: 4, originCol: 3, rows }, proposeImport(rows[0] ?? []).mapping);
    const converted = convertMapped(mapped, { from: "generic" });
    expect(converted.ok ? "" : converted.error).toMatch(
      /^My plan!E5: "01\/02\/2027" .*\(as is 1 more cell\).*choose the order under "Dates like 1\/4\/2027"/,
    );
    const dmy = convertMapped(mapped, { from: "generic", dateOrder: "DMY" });
    expect(dmy.ok && dmy.value.grid.rows[1]).toEqual(["Fraud", "Predictive ML model", "2027-02-01", "2027-09-30", "M"]);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { listTables, readBlockAgain, readInputTables, readUserRoadmap, readWorkbook } from "../../src/excel/read";
import { applyMapping, describeMapping } from "../../src/plan/roadmap-mapping";
import { saveSettings } from "../../src/excel/session";
import { insertTemplate } from "../../src/excel/write";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan, planToJson } from "../../src/plan/index";
import { templateWorkbook } from "../../src/report/template";
import { fakeContext, WorkbookModel, type SheetModel } from "../fake-excel/index";
import { freshExcel } from "../fake-excel/inspect";
import { TODAY } from "../fake-excel/specs";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function templateWorkbookHost(): Promise<WorkbookModel> {
  const fake = freshExcel();
  restore = fake.restore;
  await insertTemplate(templateWorkbook(sampleInput));
  return fake.host;
}

/** A workbook with one sheet holding `rows` from its cell (`top`, `left`), as values. */
function sheetWith(name: string, top: number, left: number, rows: unknown[][]): { host: WorkbookModel; sheet: SheetModel } {
  const host = new WorkbookModel();
  const sheet = host.addSheet(name);
  host.assign(sheet, { top, left, bottom: top + rows.length - 1, right: left + (rows[0]?.length ?? 1) - 1 }, rows, "values");
  return { host, sheet };
}

const plan = (grids: Parameters<typeof makePlan>[0]): unknown => {
  const outcome = makePlan(grids, { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return planToJson(outcome.value);
};

describe("readInputTables", () => {
  it("reads the five tables in two syncs (which exist, then their cells), and the engine makes the same plan as from the sample", async () => {
    const host = await templateWorkbookHost();
    const before = host.syncs;
    const grids = await readInputTables(fakeContext(host));
    expect(host.syncs - before).toBe(2);
    expect(Object.keys(grids).sort()).toEqual(["roadmap", "roles", "settings", "team", "tracking", "workstreams"]);
    expect(grids.roadmap).toMatchObject({ sheet: "Roadmap", originRow: 1, originCol: 1 });
    expect(grids.roadmap?.rows[0]).toEqual(sampleInput.roadmap?.rows[0]);
    expect(plan(grids)).toEqual(plan(sampleInput));
  });

  it("gives each grid its real origin and worksheet, wherever the table sits", async () => {
    const { host, sheet } = sheetWith("Plan 2027", 5, 3, [
      ["Initiative", "Workstream"],
      ["A", "B"],
    ]);
    host.addTable(sheet, "C5:D6", true).name = "Roadmap";
    const grids = await readInputTables(fakeContext(host));
    expect(grids.roadmap).toEqual({
      sheet: "Roadmap",
      originRow: 5,
      originCol: 3,
      rows: [
        ["Initiative", "Workstream"],
        ["A", "B"],
      ],
      location: "Plan 2027",
    });
  });

  it("leaves missing tables out, for the engine's defaults", async () => {
    const host = new WorkbookModel();
    const sheet = host.addSheet("Roadmap");
    host.assign(sheet, { top: 1, left: 1, bottom: 1, right: 1 }, [["Initiative"]], "values");
    host.addTable(sheet, "A1:A1", true).name = "Roadmap";
    const grids = await readInputTables(fakeContext(host));
    expect(Object.keys(grids)).toEqual(["roadmap"]);
    expect(host.syncs).toBe(2);
  });
});

describe("rows and columns that continue an input table", () => {
  function roadmapWithRowsUnder(): WorkbookModel {
    const { host, sheet } = sheetWith("Roadmap", 1, 1, [
      ["Initiative", "Workstream"],
      ["Fraud model v2", "Predictive ML model"],
      ["Support copilot", "GenAI feature (RAG / agents)"],
      // Typed under the table while autoexpansion was off (or in LibreOffice): the table did not grow.
      ["Domain LLM fine-tune", "LLM fine-tuning"],
      ["Eval harness", null],
    ]);
    host.addTable(sheet, "A1:B3", true).name = "Roadmap";
    host.assign(sheet, { top: 7, left: 1, bottom: 7, right: 1 }, [["a note after a blank row"]], "values");
    return host;
  }

  it("reads the non-empty rows typed right under a table with it, still in two syncs, and one warning names them", async () => {
    const host = roadmapWithRowsUnder();
    const input = await readWorkbook(fakeContext(host));
    expect(host.syncs).toBe(2);
    expect(input.grids.roadmap?.rows.map((r) => r[0])).toEqual([
      "Initiative",
      "Fraud model v2",
      "Support copilot",
      "Domain LLM fine-tune",
      "Eval harness",
    ]);
    expect(input.grids.roadmap).toMatchObject({ sheet: "Roadmap", originRow: 1, originCol: 1, location: "Roadmap" });
    expect(input.warnings).toEqual([
      {
        severity: "warning",
        sheet: "Roadmap",
        cell: "A4",
        message: "2 rows under the Roadmap table (A4:B5) were read as part of it: extend the table over them",
      },
    ]);
  });

  it("leaves a totals row out and grows no table that has one; without it, reads the headed column beside the table", async () => {
    const { host, sheet } = sheetWith("Plan 2027", 1, 1, [
      ["a title above", null, null, null],
      [null, null, null, null],
      ["left of it", "Role", "Headcount", "Location"],
      [null, "ML Engineer", 2, "Berlin"],
      [null, "AI Engineer", 3, "Remote"],
      [null, "Total", 5, null],
    ]);
    const team = host.addTable(sheet, "B3:C6", true);
    team.name = "Team";
    team.showTotals = true;
    const input = await readWorkbook(fakeContext(host));
    // A table with a totals row is not grown: Location stays out, and the sums are no team member.
    expect(input.grids.team).toMatchObject({
      originRow: 3,
      originCol: 2,
      rows: [
        ["Role", "Headcount"],
        ["ML Engineer", 2],
        ["AI Engineer", 3],
      ],
    });
    expect(input.warnings).toEqual([]);
    team.showTotals = false;
    const again = await readWorkbook(fakeContext(host));
    expect(again.grids.team?.rows[0]).toEqual(["Role", "Headcount", "Location"]);
    expect(again.warnings.map((w) => `${w.sheet}!${w.cell}`)).toEqual(["Team!D3"]);
  });
});

describe("a user's own roadmap", () => {
  function userSheet(): WorkbookModel {
    const host = new WorkbookModel();
    const sheet = host.addSheet("Projects");
    host.assign(
      sheet,
      { top: 2, left: 2, bottom: 4, right: 8 },
      [
        ["Project", "Track", "Kickoff", "Due", "T-shirt", "Probability", "Budget"],
        ["Support copilot", "GenAI feature (RAG / agents)", "2027-01", "2027-06", "L", 0.9, 10],
        ["Fraud model v2", "Predictive ML model", "2027-02", "2027-09", "M", 1, 20],
      ],
      "formulas",
    );
    return host;
  }

  it("proposes the tool its header comes from and, where Excel says it (ExcelApi 1.12), the workbook's date order, in the same sync", async () => {
    const host = userSheet();
    const sheet = host.sheet("Projects");
    host.assign(
      sheet,
      { top: 2, left: 2, bottom: 2, right: 8 },
      [["Issue key", "Summary", "Component/s", "Start date", "Due date", "T-shirt", "Budget"]],
      "formulas",
    );
    host.selection = { sheet, rect: { top: 2, left: 2, bottom: 4, right: 8 } };
    host.shortDatePattern = "dd.MM.yyyy";
    const read = await readUserRoadmap(fakeContext(host), "selection", { datetimeFormat: true });
    // The selection's cells and the date format in one request.
    expect(host.syncs).toBe(1);
    expect(read.import).toEqual({ from: "jira", dateOrder: "DMY", dateOrderSource: "the workbook's date format dd.MM.yyyy" });
    expect(read.mapping.columns.find((c) => c.field === "Key")?.header).toBe("Issue key");
    // An Excel without the API is never asked: the order stays for the user to choose.
    const old = userSheet();
    old.supported = { ExcelApi: "1.11" };
    old.selection = { sheet: old.sheet("Projects"), rect: { top: 2, left: 2, bottom: 4, right: 8 } };
    expect((await readUserRoadmap(fakeContext(old), "selection", { datetimeFormat: false })).import).toEqual({ from: "generic" });
    await expect(readUserRoadmap(fakeContext(old), "selection", { datetimeFormat: true })).rejects.toThrow(
      /ApiNotFound|could not be found/,
    );
  });

  it("one selected cell stands for the filled block around it, as Excel's current region", async () => {
    const host = userSheet();
    const sheet = host.sheet("Projects");
    // Something unrelated two rows below, past a blank row: not part of the roadmap.
    host.assign(sheet, { top: 7, left: 2, bottom: 7, right: 2 }, [["Notes from the offsite"]], "formulas");
    host.selection = { sheet, rect: { top: 3, left: 5, bottom: 3, right: 5 } };
    const read = await readUserRoadmap(fakeContext(host), "selection");
    expect(read.block).toMatchObject({ sheet: "Projects", originRow: 2, originCol: 2 });
    expect(read.block.rows.map((r) => r[0])).toEqual(["Project", "Support copilot", "Fraud model v2"]);
    expect(read.block.rows[0]?.length).toBe(7);
    // A lone empty cell outside the used cells: no roadmap there, and the user is told so.
    host.selection = { sheet, rect: { top: 10, left: 10, bottom: 10, right: 10 } };
    await expect(readUserRoadmap(fakeContext(host), "selection")).rejects.toThrow(/holds no values/);
  });

  it("reads the selection, proposes a mapping, and a corrected mapping makes a plan", async () => {
    const host = userSheet();
    const sheet = host.sheet("Projects");
    host.selection = { sheet, rect: { top: 2, left: 2, bottom: 4, right: 8 } };
    const read = await readUserRoadmap(fakeContext(host), "selection");
    expect(read.block).toMatchObject({ sheet: "Projects", originRow: 2, originCol: 2 });
    expect(read.mapping.missing).toEqual([]);
    expect(read.mapping.ignored).toEqual(["Budget"]);
    expect(read.mapping.columns.filter((c) => c.column !== null).map((c) => [c.field, c.header])).toEqual([
      ["Initiative", "Project"],
      ["Workstream", "Track"],
      ["Start", "Kickoff"],
      ["End", "Due"],
      ["Size", "T-shirt"],
      ["Confidence", "Probability"],
    ]);
    // The user says Confidence is not that column after all.
    const corrected = describeMapping(
      read.block.rows[0] ?? [],
      read.mapping.columns.map((c) => (c.field === "Confidence" ? { field: c.field, column: null } : c)),
    );
    const grid = applyMapping(read.block, corrected);
    expect(grid.location).toBe("Projects");
    expect(grid.rows[0]).toEqual(["Initiative", "Workstream", "Start", "End", "Size", "Ignored: Probability", "Ignored: Budget"]);
    const outcome = makePlan({ ...sampleInput, roadmap: grid }, { today: TODAY });
    expect(outcome.ok).toBe(true);
  });

  it("reads a selection of whole columns as the used cells inside it", async () => {
    const host = userSheet();
    // Columns A:I, as a click on the column headers selects them.
    host.selection = { sheet: host.sheet("Projects"), rect: { top: 1, left: 1, bottom: 1_048_576, right: 9 } };
    const read = await readUserRoadmap(fakeContext(host), "selection");
    expect(read.block).toMatchObject({ sheet: "Projects", originRow: 2, originCol: 2 });
    expect(read.block.rows).toHaveLength(3);
    expect(read.block.rows[0]?.[0]).toBe("Project");
    expect(read.mapping.missing).toEqual([]);
  });

  it("says plainly when the selection has several areas, or holds nothing", async () => {
    const host = userSheet();
    const sheet = host.sheet("Projects");
    host.selection = { sheet, rect: { top: 2, left: 2, bottom: 4, right: 8 }, otherAreas: [{ top: 9, left: 2, bottom: 9, right: 8 }] };
    await expect(readUserRoadmap(fakeContext(host), "selection")).rejects.toThrow(/several areas.*one block/);
    host.selection = { sheet, rect: { top: 20, left: 20, bottom: 30, right: 25 } };
    await expect(readUserRoadmap(fakeContext(host), "selection")).rejects.toThrow(/holds no values/);
  });

  it("reads one of the user's tables by name, and lists the tables", async () => {
    const host = userSheet();
    host.addTable(host.sheet("Projects"), "B2:H4", true).name = "Plans";
    expect(await listTables(fakeContext(host))).toEqual(["Plans"]);
    const read = await readUserRoadmap(fakeContext(host), { table: "Plans" });
    expect(read.block.rows).toHaveLength(3);
    expect(read.block.originCol).toBe(2);
    expect(read.block.table).toBe("Plans");
  });

  const newRow = ["Doc search", "GenAI feature (RAG / agents)", "2027-03", "2027-08", "S", 0.5, 5];

  it("reads the same columns again from the header down to the last used row, grown or shrunk", async () => {
    const host = userSheet();
    const sheet = host.sheet("Projects");
    const place = { sheet: "Projects", originRow: 2, originCol: 2, width: 7 };
    expect((await readBlockAgain(fakeContext(host), place)).rows).toHaveLength(3);

    host.assign(sheet, { top: 5, left: 2, bottom: 5, right: 8 }, [newRow], "values");
    // Used cells beside the roadmap's columns reach further down, but only add blank rows to drop.
    host.assign(sheet, { top: 9, left: 11, bottom: 9, right: 11 }, [["elsewhere"]], "values");
    const grown = await readBlockAgain(fakeContext(host), place);
    expect(grown).toMatchObject({ sheet: "Projects", originRow: 2, originCol: 2 });
    expect(grown.rows).toHaveLength(4);
    expect(grown.rows[3]).toEqual(newRow);

    host.clear(sheet, { top: 4, left: 2, bottom: 5, right: 8 }, "Contents");
    expect((await readBlockAgain(fakeContext(host), place)).rows).toHaveLength(2);
  });

  it("reads a table again by name wherever it grew, and names a table or sheet that is gone", async () => {
    const host = userSheet();
    const sheet = host.sheet("Projects");
    host.addTable(sheet, "B2:H4", true).name = "Plans";
    host.assign(sheet, { top: 5, left: 2, bottom: 5, right: 8 }, [newRow], "values");
    const table = host.findTable("Plans");
    if (!table) throw new Error("no table");
    host.deleteTable(table);
    host.addTable(sheet, "B2:H5", true).name = "Plans";
    const read = await readBlockAgain(fakeContext(host), { sheet: "Projects", originRow: 2, originCol: 2, width: 7, table: "Plans" });
    expect(read.rows).toHaveLength(4);
    expect(read.table).toBe("Plans");

    await expect(
      readBlockAgain(fakeContext(host), { sheet: "Projects", originRow: 2, originCol: 2, width: 7, table: "Gone" }),
    ).rejects.toThrow(/table "Gone" that held your roadmap is gone/);
    await expect(readBlockAgain(fakeContext(host), { sheet: "Old", originRow: 2, originCol: 2, width: 7 })).rejects.toThrow(
      /sheet "Old" that held your roadmap is gone/,
    );
  });
});

describe.each(["null", "throw"] as const)("calls on a missing table or sheet (a host that answers them with %s)", (mode) => {
  it("saving settings into a workbook without a Settings table says so and changes nothing", async () => {
    const fake = freshExcel((h) => {
      h.nullObjectCalls = mode;
    });
    restore = fake.restore;
    expect(await saveSettings([["Horizon", 9]])).toEqual({ table: false, unsaved: ["Horizon"] });
    expect(fake.host.sheets).toEqual([]);
  });

  it("reads the tables that exist and leaves the missing ones out", async () => {
    const host = new WorkbookModel();
    host.nullObjectCalls = mode;
    const sheet = host.addSheet("Roadmap");
    host.assign(sheet, { top: 1, left: 1, bottom: 2, right: 1 }, [["Initiative"], ["A"]], "values");
    host.addTable(sheet, "A1:A2", true).name = "Roadmap";
    const grids = await readInputTables(fakeContext(host));
    expect(Object.keys(grids)).toEqual(["roadmap"]);
    expect(grids.roadmap?.rows).toEqual([["Initiative"], ["A"]]);
  });

  it("names the table or sheet of a saved roadmap that is gone", async () => {
    const host = new WorkbookModel();
    host.nullObjectCalls = mode;
    host.addSheet("Projects");
    await expect(
      readBlockAgain(fakeContext(host), { sheet: "Projects", originRow: 2, originCol: 2, width: 7, table: "Gone" }),
    ).rejects.toThrow(/table "Gone" that held your roadmap is gone/);
    await expect(readBlockAgain(fakeContext(host), { sheet: "Old", originRow: 2, originCol: 2, width: 7 })).rejects.toThrow(
      /sheet "Old" that held your roadmap is gone/,
    );
  });
});

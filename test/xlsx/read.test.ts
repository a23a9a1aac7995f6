import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { date, toExcelSerial } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { templateWorkbook } from "../../src/report/template";
import type { SpecCell } from "../../src/report/spec";
import { readXlsxInput } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { planOf } from "../fixtures/plan";
import { sheetSpec, workbookSpec } from "../fixtures/spec";

const asOf = toExcelSerial(date(2026, 10, 1));

/** A hand-made input template: each input found a different way, none at A1 but one. */
const template = workbookSpec(
  sheetSpec({
    name: "Roadmap",
    role: "input",
    cells: [
      [null, null, null, null, null],
      [null, null, "Fill in one row per initiative", null, null],
      [null, null, "Initiative", "Start", "Owner"],
      [null, null, '=HYPERLINK("http://x","y")', "2027-01", "+1"],
      [null, null, null, null, null],
      [null, null, "Fraud model v2", 46054, { formula: '=UPPER("risk")', result: "RISK" }],
    ],
    numberFormats: [{ range: "D4:D6", format: "yyyy-mm" }],
    tables: [{ name: "Roadmap", range: "C3:E6" }],
  }),
  // No table: the used range, wherever it starts.
  sheetSpec({
    name: "Workstreams",
    role: "input",
    cells: [
      [null, null, null],
      [null, "Workstream", "ML Engineer"],
      [null, "Predictive ML model", 1.5],
    ],
  }),
  // A differently spelt table name.
  sheetSpec({
    name: "Role list",
    role: "input",
    cells: [
      ["Role", "Cost"],
      ["ML Engineer", 300000],
    ],
    tables: [{ name: "ROLES", range: "A1:B2" }],
  }),
  // A sheet named like the input, holding one table named otherwise.
  sheetSpec({
    name: "team",
    role: "input",
    cells: [[null], [null, "Role", "Headcount"], [null, "AI Engineer", 2]],
    tables: [{ name: "Table1", range: "B2:C3" }],
  }),
  sheetSpec({
    name: "Settings",
    role: "input",
    cells: [
      ["Setting", "Value"],
      ["As of", asOf + 0.75],
      ["Currency", "EUR"],
    ],
    numberFormats: [{ range: "B2", format: "yyyy-mm-dd hh:mm" }],
    tables: [{ name: "Settings", range: "A1:B3" }],
  }),
);

describe("readXlsxInput", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("finds every input by table or sheet name and keeps its real origin", async () => {
    const grids = await readXlsxInput(await writeXlsx(template));
    expect(grids.roadmap).toEqual({
      sheet: "Roadmap",
      location: "Roadmap",
      originRow: 3,
      originCol: 3,
      rows: [
        ["Initiative", "Start", "Owner"],
        ['=HYPERLINK("http://x","y")', "2027-01", "+1"],
        [null, null, null],
        ["Fraud model v2", 46054, "RISK"],
      ],
    });
    expect(grids.workstreams).toEqual({
      sheet: "Workstreams",
      location: "Workstreams",
      originRow: 2,
      originCol: 2,
      rows: [
        ["Workstream", "ML Engineer"],
        ["Predictive ML model", 1.5],
      ],
    });
    // The table is found by its name; diagnostics link to the sheet it sits on.
    expect(grids.roles).toMatchObject({
      sheet: "Roles",
      location: "Role list",
      originRow: 1,
      originCol: 1,
      rows: [
        ["Role", "Cost"],
        ["ML Engineer", 300000],
      ],
    });
    expect(grids.team).toMatchObject({
      sheet: "Team",
      originRow: 2,
      originCol: 2,
      rows: [
        ["Role", "Headcount"],
        ["AI Engineer", 2],
      ],
    });
    // A date-time cell is its calendar day's serial.
    expect(grids.settings?.rows[1]).toEqual(["As of", asOf]);
  });

  it.each(["Pacific/Kiritimati", "America/Los_Angeles", "UTC"])("reads date cells as the same serial in time zone %s", async (tz) => {
    process.env.TZ = tz;
    const grids = await readXlsxInput(await writeXlsx(template));
    expect(grids.roadmap?.rows[3]?.[1]).toBe(46054);
    expect(grids.settings?.rows[1]?.[1]).toBe(asOf);
  });

  it("reads rich text, links, shared formulas, errors and merged cells as the engine's plain cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ROADMAP");
    ws.addRow(["Initiative", "Owner", "Size", "Check", "Merged", ""]);
    ws.addRow([
      { richText: [{ text: "Support ", font: { bold: true } }, { text: "copilot" }] },
      { text: "Risk Eng", hyperlink: "mailto:risk@example.com" },
      { formula: "1+1", result: 2 },
      { formula: "NA()", result: { error: "#N/A" } },
      "wide",
      null,
    ]);
    ws.mergeCells("E2:F2");
    ws.getCell("A3").value = { sharedFormula: "C2", result: 3 } as unknown as ExcelJS.CellValue;
    ws.getCell("C2").value = { formula: "1+1", result: 2, shareType: "shared", ref: "C2:C3" } as unknown as ExcelJS.CellValue;
    const grids = await readXlsxInput(new Uint8Array(await wb.xlsx.writeBuffer()));
    // Column F holds only an empty header and the hidden part of a merge: outside the used range.
    expect(grids.roadmap?.rows).toEqual([
      ["Initiative", "Owner", "Size", "Check", "Merged"],
      ["Support copilot", "Risk Eng", 2, "#N/A", "wide"],
      [3, null, null, null, null],
    ]);
  });

  it("returns no grid for inputs the workbook lacks", async () => {
    const grids = await readXlsxInput(await writeXlsx(workbookSpec(sheetSpec({ name: "Notes", cells: [["nothing here"]] }))));
    expect(grids).toEqual({});
  });

  it("rejects a file that is no .xlsx with a one-line message", async () => {
    const bytes = new TextEncoder().encode("Initiative,Workstream\nA,B\n");
    const error: unknown = await readXlsxInput(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^not a readable \.xlsx workbook/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("reads a valid zip that holds no workbook as a workbook without inputs", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    await expect(readXlsxInput(await zip.generateAsync({ type: "uint8array" }))).resolves.toEqual({});
  });

  it("rejects a truncated .xlsx with a one-line message", async () => {
    const whole = await writeXlsx(template);
    const error: unknown = await readXlsxInput(whole.slice(0, whole.length / 2)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^not a readable \.xlsx workbook[^\n]*$/);
  });

  it("reads back exactly what writeXlsx wrote for every kind of spec cell", async () => {
    const cells: SpecCell[][] = [
      ["Text", "Number", "Bool", "Formula"],
      ["@SUM(A1)", -2.5, false, { formula: "=1/3", result: 1 / 3 }],
    ];
    const grids = await readXlsxInput(
      await writeXlsx(workbookSpec(sheetSpec({ name: "Roadmap", cells, tables: [{ name: "Roadmap", range: "A1:D2" }] }))),
    );
    expect(grids.roadmap?.rows).toEqual([
      ["Text", "Number", "Bool", "Formula"],
      ["@SUM(A1)", -2.5, false, 1 / 3],
    ]);
  });

  it("reads the input template back into the same plan as the inputs it was made from", async () => {
    const grids = await readXlsxInput(await writeXlsx(templateWorkbook(sampleInput)));
    expect(Object.keys(grids).sort()).toEqual(["roadmap", "roles", "settings", "team", "tracking", "workstreams"]);
    // The same plan in every respect but where its input sits (the template's own sheets).
    const again = planOf(grids);
    expect(again.inputSheets.Roadmap).toBe("Roadmap");
    expect({ ...again, inputSheets: {} }).toEqual(planOf(sampleInput));
  });

  it("reads an empty template's roadmap as its header over empty rows", async () => {
    const grids = await readXlsxInput(await writeXlsx(templateWorkbook(null)));
    expect(grids.roadmap?.rows[0]?.slice(0, 2)).toEqual(["Key", "Initiative"]);
    expect(grids.roadmap?.rows.slice(1).every((row) => row.every((cell) => cell === null))).toBe(true);
  });
});

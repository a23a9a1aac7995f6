import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import type { SpecCell } from "../../src/report/spec";
import { parseAddress } from "../../src/report/a1";
import { MAX_CELL_CHARS } from "../../src/report/cell-text";
import { LISTS_SHEET, writeXlsx } from "../../src/xlsx/write";
import { INJECTION_CORPUS, OVERLONG_TEXT } from "../fixtures/injection";
import { sampleInput } from "../../src/plan/defaults";
import { templateWorkbook } from "../../src/report/template";
import { planWorkbook } from "../../src/report/workbook";
import { samplePlan } from "../fixtures/plan";
import { sheetSpec, workbookSpec } from "../fixtures/spec";
import { convertWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT, xlsxToCsvSheets } from "../helpers/libreoffice";
import { zipTexts } from "../helpers/zip";

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("writeXlsx", () => {
  const dir = mkdtempSync(join(tmpdir(), "xlsx-write-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes values, formulas with cached results, number formats, styles, widths, freeze and tab colour", async () => {
    const spec = workbookSpec(
      sheetSpec({
        name: "Data",
        cells: [
          ["Name", "Amount", "Date", "Total"],
          ["a", 1.5, 46023, { formula: "=B2*2", result: 3 }],
          [true, null, "x", { formula: "SUM(B2:B2)" }],
          [Number.NaN, Number.POSITIVE_INFINITY, null, null],
        ],
        columnWidths: [20, 12.5],
        numberFormats: [
          { range: "B2:B3", format: "#,##0.00" },
          { range: "C2", format: "yyyy-mm-dd" },
        ],
        styles: [
          { range: "A1:D1", style: { bold: true, fill: "#DDEEFF", borderBottom: "#333333" } },
          { range: "B1", style: { fontColor: "#aa0000", horizontalAlignment: "right", wrapText: true } },
        ],
        freeze: { rows: 1, columns: 2 },
        tabColor: "#1F6FEB",
      }),
    );
    const ws = sheetOf(await load(await writeXlsx(spec)), "Data");
    expect(ws.getCell("A2").value).toBe("a");
    expect(ws.getCell("B2").value).toBe(1.5);
    expect(ws.getCell("A3").value).toBe(true);
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("D2").value).toEqual({ formula: "B2*2", result: 3 });
    expect(ws.getCell("D3").formula).toBe("SUM(B2:B2)");
    expect([ws.getCell("A4").value, ws.getCell("B4").value]).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }]);
    expect(ws.getCell("B2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEEFF" } });
    expect(ws.getCell("A1").border.bottom).toMatchObject({ style: "thin", color: { argb: "FF333333" } });
    // Later styles add to earlier ones on the cells they share.
    expect(ws.getCell("B1").font).toMatchObject({ bold: true, color: { argb: "FFAA0000" } });
    expect(ws.getCell("B1").fill).toMatchObject({ fgColor: { argb: "FFDDEEFF" } });
    expect(ws.getCell("B1").alignment).toMatchObject({ horizontal: "right", wrapText: true });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(12.5);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F6FEB" });
  });

  it("writes one cell format per distinct style combination, however many cells share it", async () => {
    const cells = Array.from({ length: 200 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c));
    const spec = workbookSpec(
      sheetSpec({
        name: "Big",
        cells,
        numberFormats: [{ range: "A1:T200", format: "#,##0" }],
        styles: [
          { range: "A1:T1", style: { bold: true } },
          { range: "A2:T200", style: { fill: "#F5F5F5" } },
        ],
      }),
    );
    const styles = (await zipTexts(await writeXlsx(spec))).get("xl/styles.xml") ?? "";
    const cellXfs = /<cellXfs count="(\d+)"/.exec(styles)?.[1];
    // The default format plus the two combinations (bold + format, fill + format).
    expect(Number(cellXfs)).toBe(3);
  });

  it("adds Excel tables over the cells already written, leaving their values as they were", async () => {
    const spec = workbookSpec(
      sheetSpec({
        name: "Roadmap",
        cells: [
          [null, null, null, null],
          [null, null, null, null],
          [null, null, "Initiative", "Size"],
          [null, null, "=1+1", "M"],
          [null, null, "Fraud model", { formula: "LEN(C5)", result: 11 }],
        ],
        tables: [{ name: "Roadmap", range: "C3:D5", style: "TableStyleLight9" }],
      }),
      sheetSpec({ name: "Team", cells: [["Role", "Headcount"]], tables: [{ name: "Team", range: "A1:B1" }] }),
    );
    const data = await writeXlsx(spec);
    const wb = await load(data);
    const ws = sheetOf(wb, "Roadmap");
    expect(ws.getCell("C4").value).toBe("=1+1");
    expect(ws.getCell("D5").value).toEqual({ formula: "LEN(C5)", result: 11 });
    const parts = await zipTexts(data);
    const tables = [...parts.entries()].filter(([path]) => path.startsWith("xl/tables/")).map(([, xml]) => xml);
    expect(tables).toHaveLength(2);
    const roadmap = tables.find((xml) => xml.includes('name="Roadmap"')) ?? "";
    expect(roadmap).toMatch(/ref="C3:D5"/);
    expect(roadmap).toMatch(/TableStyleLight9/);
    expect(roadmap).toMatch(/<tableColumn id="1" name="Initiative"/);
    // Excel needs a data row: a header-only table gets one empty row.
    expect(tables.find((xml) => xml.includes('name="Team"'))).toMatch(/ref="A1:B2"/);
  });

  it.each([
    ["plan workbook", () => planWorkbook(samplePlan())],
    ["input template", () => templateWorkbook(sampleInput)],
  ])("gives every table of the %s column names equal to its header cells, as Excel requires", async (_, make) => {
    const data = await writeXlsx(make());
    const wb = await load(data);
    const tables = wb.worksheets.flatMap((ws) =>
      (ws.getTables() as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }[]).map(({ table }) => ({
        ws,
        table,
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const { ws, table } of tables) {
      const box = parseAddress(table.tableRef);
      expect(box.bottom).toBeGreaterThan(box.top);
      expect(table.columns).toHaveLength(box.right - box.left + 1);
      expect(table.columns.map((c) => c.name)).toEqual(table.columns.map((_, j) => ws.getRow(box.top).getCell(box.left + j).text));
    }
  });

  it("rejects a table whose headers are missing or repeated", async () => {
    const spec = workbookSpec(
      sheetSpec({
        name: "T",
        cells: [
          ["A", "a"],
          [1, 2],
        ],
        tables: [{ name: "T", range: "A1:B2" }],
      }),
    );
    await expect(writeXlsx(spec)).rejects.toThrow(/unique, non-empty header/);
  });

  it("writes expression conditional formats, in order, with their fills", async () => {
    const spec = workbookSpec(
      sheetSpec({
        name: "Gantt",
        cells: [[1, 2, 3]],
        conditionalFormats: [
          {
            range: "A1:C1",
            rules: [
              { formula: "=A1>2", style: { fill: "#FF0000", bold: true } },
              { formula: "A1>1", style: { fill: "#00FF00" } },
            ],
          },
        ],
      }),
    );
    const ws = sheetOf(await load(await writeXlsx(spec)), "Gantt");
    // Loaded at run time, missing from ExcelJS's type declarations.
    const [cf] = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf?.ref).toBe("A1:C1");
    const rules = cf?.rules as ExcelJS.ExpressionRuleType[];
    expect(rules.map((r) => [r.type, r.formulae?.[0], r.priority])).toEqual([
      ["expression", "A1>2", 1],
      ["expression", "A1>1", 2],
    ]);
    expect(rules[0]?.style?.fill).toMatchObject({ bgColor: { argb: "FFFF0000" } });
    expect(rules[0]?.style?.font?.bold).toBe(true);
  });

  it("writes dropdowns inline, or from a hidden sheet when a value holds a comma or the list is long", async () => {
    const many = Array.from({ length: 40 }, (_, i) => `Workstream number ${i}`);
    const spec = workbookSpec(
      sheetSpec({
        name: "Roadmap",
        cells: [["Size", "Workstream", "Other"]],
        validations: [
          { range: "A2:A50", list: ["S", "M", 'say "L"'] },
          { range: "B2:B50", list: ["Search, ranking", "Fraud"] },
          { range: "C2:C50", list: many, allowOther: true },
        ],
      }),
    );
    const wb = await load(await writeXlsx(spec));
    const ws = sheetOf(wb, "Roadmap");
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(model["A2"]).toMatchObject({ type: "list", formulae: ['"S,M,say ""L"""'], errorStyle: "stop" });
    // A suggestion list accepts other values after an information message.
    expect(model["C2"]?.errorStyle).toBe("information");
    expect(model["B50"]?.formulae).toEqual([`'${LISTS_SHEET}'!$A$1:$A$2`]);
    expect(model["C2"]?.formulae).toEqual([`'${LISTS_SHEET}'!$B$1:$B$40`]);
    const lists = sheetOf(wb, LISTS_SHEET);
    expect(lists.state).toBe("hidden");
    expect(lists.getCell("A1").value).toBe("Search, ranking");
    expect(lists.getCell("B40").value).toBe("Workstream number 39");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Roadmap", LISTS_SHEET]);
  });

  it("writes internal links as Excel does: a location on the cell's own text, no relationship", async () => {
    const spec = workbookSpec(
      sheetSpec({
        name: "Diagnostics",
        cells: [["Cell"], ["Roadmap!D7"], [42]],
        links: [
          { cell: "A2", target: "'Roadmap'!D7" },
          { cell: "A3", target: "Team!A1" },
        ],
      }),
      sheetSpec({ name: "Roadmap", cells: [["x"]] }),
    );
    const data = await writeXlsx(spec);
    const parts = await zipTexts(data);
    const links = [...(parts.get("xl/worksheets/sheet1.xml") ?? "").matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links).toEqual(['<hyperlink ref="A2" location="&apos;Roadmap&apos;!D7"/>', '<hyperlink ref="A3" location="Team!A1"/>']);
    expect([...parts.values()].some((xml) => xml.includes("relationships/hyperlink"))).toBe(false);
    const ws = sheetOf(await load(data), "Diagnostics");
    expect(ws.getCell("A2").text).toBe("Roadmap!D7");
    expect(ws.getCell("A3").text).toBe("42");
  });

  it(
    "opens its internal links in LibreOffice as links to the cell",
    async () => {
      const file = join(dir, "links.xlsx");
      const spec = workbookSpec(
        sheetSpec({ name: "Diagnostics", cells: [["Cell"], ["Roadmap!D7"]], links: [{ cell: "A2", target: "'Roadmap'!D7" }] }),
        sheetSpec({ name: "Roadmap", cells: [["x"]] }),
      );
      writeFileSync(file, await writeXlsx(spec));
      const [html] = await convertWithLibreOffice(file, "html", join(dir, "html"));
      expect([...readFileSync(html ?? "", "utf8").matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual(["#'Roadmap'.D7"]);
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );

  it("rejects a link target that is not one cell", async () => {
    const spec = workbookSpec(sheetSpec({ name: "D", cells: [["x"]], links: [{ cell: "A1", target: "'Roadmap'!$D$7" }] }));
    await expect(writeXlsx(spec)).rejects.toThrow(/one cell/);
  });

  it("skips charts, which ExcelJS cannot write", async () => {
    const spec = workbookSpec(
      sheetSpec({
        name: "Summary",
        cells: [
          ["a", "b"],
          [1, 2],
        ],
        charts: [{ title: "t", type: "line", dataRange: "A1:B2", seriesBy: "columns", anchor: "D2", width: 400, height: 300 }],
      }),
    );
    const parts = await zipTexts(await writeXlsx(spec));
    expect([...parts.keys()].some((p) => p.includes("chart") || p.includes("drawing"))).toBe(false);
  });

  describe("user text", () => {
    const corpusSpec = workbookSpec(
      sheetSpec({
        name: "Roadmap",
        cells: [["Initiative", "Owner"], ...INJECTION_CORPUS.map((s): SpecCell[] => [s, s]), [OVERLONG_TEXT, "long"]],
        tables: [{ name: "Roadmap", range: `A1:B${INJECTION_CORPUS.length + 2}` }],
        links: [{ cell: "B2", target: "'Roadmap'!A1" }],
        validations: [{ range: "B3:B5", list: INJECTION_CORPUS.slice(0, 4) }],
      }),
    );

    it("never becomes a formula, and reads back unchanged", async () => {
      const data = await writeXlsx(corpusSpec);
      const sheetXml = (await zipTexts(data)).get("xl/worksheets/sheet1.xml") ?? "";
      expect(sheetXml).toContain("<sheetData>");
      expect(sheetXml).not.toMatch(/<f[ >]/);
      const ws = sheetOf(await load(data), "Roadmap");
      INJECTION_CORPUS.forEach((text, i) => {
        expect(ws.getCell(i + 2, 1).value).toBe(text);
        expect(ws.getCell(i + 2, 1).type).toBe(ExcelJS.ValueType.String);
      });
      expect(ws.getCell("B2").text).toBe(INJECTION_CORPUS[0]);
    });

    it(`is cut visibly, never silently, past Excel's ${MAX_CELL_CHARS}-character cell limit`, async () => {
      const ws = sheetOf(await load(await writeXlsx(corpusSpec)), "Roadmap");
      const long = ws.getCell(INJECTION_CORPUS.length + 2, 1).value as string;
      expect(long).toHaveLength(MAX_CELL_CHARS);
      expect(long.startsWith("x".repeat(30_000))).toBe(true);
      expect(long).toMatch(/…\[truncated: 40000 characters, over Excel's 32767-character cell limit\]$/);
    });

    it(
      "stays text when LibreOffice opens and recalculates the workbook",
      async () => {
        const file = join(dir, "corpus.xlsx");
        writeFileSync(file, await writeXlsx(corpusSpec));
        const rows = (await xlsxToCsvSheets(file)).get("Roadmap") ?? [];
        // LibreOffice keeps a lone CR but stores a CRLF line break inside a cell as LF.
        INJECTION_CORPUS.forEach((text, i) => expect(rows[i + 1]?.[0]).toBe(text.replace(/\r\n/g, "\n")));
      },
      LIBREOFFICE_TEST_TIMEOUT,
    );
  });
});

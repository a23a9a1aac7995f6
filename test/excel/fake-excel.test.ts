/**
 * The fake Excel behaves as Office.js does where the writer depends on it; if these fail, the
 * writer's tests prove nothing.
 */
import { describe, expect, it } from "vitest";
import { fakeContext, fakeGlobals, WorkbookModel } from "../fake-excel/index";

function setup(): { host: WorkbookModel; ctx: Excel.RequestContext } {
  const host = new WorkbookModel();
  host.addSheet("Data");
  return { host, ctx: fakeContext(host) };
}

const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => "resolved",
    (e: unknown) => (e as { code?: string }).code ?? "no code",
  );

describe("load and sync", () => {
  it("throws PropertyNotLoaded for a property not loaded, and for one loaded but not yet synced", async () => {
    const { ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("gives null objects for missing items, and null objects down a chain from them", async () => {
    const { ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject("Missing");
    const prop = sheet.customProperties.getItemOrNullObject("k");
    const table = ctx.workbook.tables.getItemOrNullObject("Nope");
    const range = table.getRange();
    expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheet.load("name");
    prop.load("value");
    range.load("address");
    await ctx.sync();
    expect([sheet.isNullObject, prop.isNullObject, range.isNullObject]).toEqual([true, true, true]);
  });

  it("reads a collection's items only after load and sync", async () => {
    const { ctx } = setup();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
  });

  it("counts syncs and estimates each request's size from its JSON", async () => {
    const { host, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:A2");
    range.values = [["x".repeat(1000)], ["y"]];
    await ctx.sync();
    await ctx.sync();
    expect(host.syncs).toBe(2);
    expect(host.syncLog[0]?.bytes).toBeGreaterThan(1000);
    expect(host.syncLog[1]?.bytes).toBeLessThan(10);
  });

  it("refuses a request over 5 MB and applies nothing of it", async () => {
    const { host, ctx } = setup();
    const big = Array.from({ length: 60_000 }, () => ["z".repeat(100)]);
    ctx.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
    expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.sheet("Data").cells.size).toBe(0);
  });

  it("fails the Nth sync on request with nothing of that batch applied", async () => {
    const { host, ctx } = setup();
    host.failAtSync = 1;
    ctx.workbook.worksheets.add("New");
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    expect(await codeOf(ctx.sync())).toBe("GeneralException");
    expect(host.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(host.sheet("Data").cells.size).toBe(0);
  });

  it("applies a batch's actions in order up to a failing one, as Excel does", async () => {
    const { host, ctx } = setup();
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    ctx.workbook.worksheets.getItem("Data").getRange("A2:B2").values = [[1]];
    ctx.workbook.worksheets.getItem("Data").getRange("A3").values = [[3]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    expect(host.read(host.sheet("Data"), { top: 1, left: 1, bottom: 3, right: 1 }, "values")).toEqual([[1], [""], [""]]);
  });

  it("fails in cell-edit mode unless the run asked to wait for it", async () => {
    const host = new WorkbookModel();
    const { Excel } = fakeGlobals(host);
    host.enterCellEdit();
    const write = (context: Excel.RequestContext): Promise<void> => {
      context.workbook.worksheets.add("S");
      return context.sync();
    };
    expect(await codeOf(Excel.run(write))).toBe("InvalidOperationInCellEditMode");
    const waiting = Excel.run({ delayForCellEdit: true }, write);
    setTimeout(() => host.exitCellEdit(), 5);
    await waiting;
    expect(host.findSheet("S")).not.toBeNull();
  });
});

describe("what real Excel does that a naive fake would not", () => {
  it("reads entire columns with null values but a valid address, and refuses values written to them", async () => {
    const { host, ctx } = setup();
    host.assign(host.sheet("Data"), { top: 1, left: 1, bottom: 2, right: 1 }, [["a"], ["b"]], "values");
    const column = ctx.workbook.worksheets.getItem("Data").getRange("A:B");
    column.load("address, values");
    await ctx.sync();
    expect([column.address, column.values]).toEqual(["Data!A:B", null]);
    column.values = [["x"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("bounds two ranges by the smallest rectangle holding both (the documentation's B2:C5 and D10:E15 give B2:E15)", async () => {
    const { host, ctx } = setup();
    host.addSheet("Other");
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const bound = sheet.getRange("B2:C5").getBoundingRect("D10:E15");
    const toCorner = sheet.getRange("C3").getBoundingRect(sheet.getRange("XFD1048576"));
    bound.load("address");
    toCorner.load("address");
    await ctx.sync();
    expect([bound.address, toCorner.address]).toEqual(["Data!B2:E15", "Data!C3:XFD1048576"]);
    sheet.getRange("A1").getBoundingRect(ctx.workbook.worksheets.getItem("Other").getRange("B2")).load("address");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("fails getSelectedRange when several areas are selected", async () => {
    const { host, ctx } = setup();
    const sheet = host.sheet("Data");
    host.selection = { sheet, rect: { top: 1, left: 1, bottom: 2, right: 2 }, otherAreas: [{ top: 5, left: 1, bottom: 5, right: 1 }] };
    ctx.workbook.getSelectedRange().load("address");
    expect(await codeOf(ctx.sync())).toBe("InvalidSelection");
  });

  it("refuses changes to a protected sheet, and new sheets in a protected structure, and reports both", async () => {
    const { host, ctx } = setup();
    host.sheet("Data").protected = true;
    host.structureProtected = true;
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const sheetLock = sheet.protection.load("protected");
    const bookLock = ctx.workbook.protection.load("protected");
    await ctx.sync();
    expect([sheetLock.protected, bookLock.protected]).toEqual([true, true]);
    sheet.getRange("A1").values = [["x"]];
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    ctx.workbook.worksheets.add("More");
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    expect(host.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("on request, fails a batch that calls a method on a null object", async () => {
    const { host, ctx } = setup();
    host.nullObjectCalls = "throw";
    ctx.workbook.worksheets.getItemOrNullObject("Missing").getRange("A1").load("values");
    expect(await codeOf(ctx.sync())).toBe("InvalidObjectPath");
  });
});

describe("cell values as Excel takes them", () => {
  async function enter(inputs: unknown[][], numberFormat?: string): Promise<WorkbookModel> {
    const { host, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange(`A1:A${inputs.length}`);
    if (numberFormat) range.numberFormat = inputs.map(() => [numberFormat]);
    range.values = inputs;
    await ctx.sync();
    return host;
  }

  it("turns =, +, - and @ strings into formulas and number-like strings into numbers", async () => {
    const host = await enter([
      ['=HYPERLINK("http://x","y")'],
      ["+A1"],
      ["-A1"],
      ["@SUM(A1)"],
      ["+1"],
      ["-2"],
      ["12%"],
      ["TRUE"],
      ["2027-01-15"],
      ["plain"],
    ]);
    const cells = [...Array(10).keys()].map((i) => host.peek(host.sheet("Data"), i + 1, 1));
    expect(cells.map((c) => c?.formula)).toEqual([
      '=HYPERLINK("http://x","y")',
      "=+A1",
      "=-A1",
      "=SUM(A1)",
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(cells.slice(4).map((c) => c?.value)).toEqual([1, -2, 0.12, true, 46402, "plain"]);
  });

  it("keeps text after a leading apostrophe, without the apostrophe", async () => {
    const host = await enter([['\'=HYPERLINK("http://x","y")'], ["'+1"], ["'00123"]]);
    const cells = [1, 2, 3].map((r) => host.peek(host.sheet("Data"), r, 1));
    expect(cells.map((c) => [c?.formula, c?.value, c?.quotePrefix])).toEqual([
      [null, '=HYPERLINK("http://x","y")', true],
      [null, "+1", true],
      [null, "00123", true],
    ]);
  });

  it("keeps a formula-like string as text in a cell formatted as Text (@)", async () => {
    const host = await enter([["=1+1"], ["+1"]], "@");
    expect(host.peek(host.sheet("Data"), 1, 1)).toMatchObject({ formula: null, value: "=1+1" });
    expect(host.peek(host.sheet("Data"), 2, 1)).toMatchObject({ formula: null, value: "+1" });
  });

  it("leaves a cell alone for null in the array, and rejects null for the whole property", async () => {
    const { host, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.values = [["a", "b"]];
    await ctx.sync();
    range.values = [[null, "c"]];
    await ctx.sync();
    expect(host.read(host.sheet("Data"), { top: 1, left: 1, bottom: 1, right: 2 }, "values")).toEqual([["a", "c"]]);
    (range as { values: unknown }).values = null;
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("Data").tabColor = null as unknown as string;
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("rejects values, formulas and number formats whose shape differs from the range", async () => {
    const { ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
    for (const assign of [
      () => (range.values = [[1, 2]]),
      () => (range.formulas = [[1], [2]]),
      () => (range.numberFormat = [["0", "0"], ["0"]]),
    ]) {
      assign();
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
  });
});

describe("sheets and tables", () => {
  it("rejects invalid sheet names and duplicates whatever their case", async () => {
    for (const name of ["", "x".repeat(32), "a/b", "a\\b", "a?b", "a*b", "a:b", "a[b", "a]b", "'quoted'", "History"]) {
      const { ctx } = setup();
      ctx.workbook.worksheets.add(name);
      expect(await codeOf(ctx.sync()), name).toBe("InvalidArgument");
    }
    const { ctx } = setup();
    ctx.workbook.worksheets.add("data");
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    ctx.workbook.worksheets.add("x".repeat(31));
    expect(await codeOf(ctx.sync())).toBe("resolved");
  });

  it("rejects overlapping tables and a table name already used, with a bare InvalidArgument", async () => {
    const { host, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.tables.add("A1:B3", true).name = "First";
    await ctx.sync();
    sheet.tables.add("B2:C4", true);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.tables.add("E1:F3", true).name = "first";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    expect(host.tables.map((t) => t.name)).toEqual(["First", "Table1"]);
  });

  it("stores custom properties case-insensitively, freeze panes, widths, charts and validation", async () => {
    const { host, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.customProperties.add("Owner", "me");
    sheet.freezePanes.freezeAt("A1:B2");
    sheet.getRange("B:C").format.columnWidth = 50;
    sheet.charts.add("Line", sheet.getRange("A1:C3"), "Rows").title.text = "T";
    sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    const prop = sheet.customProperties.getItemOrNullObject("OWNER");
    prop.load("value");
    await ctx.sync();
    const s = host.sheet("Data");
    expect(prop.value).toBe("me");
    expect(s.freeze).toEqual({ rows: 2, columns: 2 });
    expect([...s.columnWidths]).toEqual([
      [2, 50],
      [3, 50],
    ]);
    expect(s.charts[0]).toMatchObject({ type: "Line", title: "T", seriesBy: "Rows", source: "Data!A1:C3" });
    expect(host.validationsOf(s)).toEqual([{ address: "A2", rule: { list: { inCellDropDown: true, source: "a,b" } }, errorAlert: {} }]);
  });
});

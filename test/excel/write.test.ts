import { afterEach, describe, expect, it } from "vitest";
import { HeadstartExcelError } from "../../src/excel/host";
import { EXCEL_REQUEST_LIMIT_BYTES } from "../../src/excel/payload";
import {
  insertTemplate,
  OWNER_NAME,
  OWNER_PROPERTY,
  selectCell,
  activateSheet,
  writeWorkbook,
  type WriteProgress,
} from "../../src/excel/write";
import { sampleInput } from "../../src/plan/defaults";
import type { WorkbookSpec } from "../../src/report/spec";
import { LISTS_SHEET } from "../../src/report/dropdowns";
import { templateWorkbook } from "../../src/report/template";
import { sheetSpec, workbookSpec } from "../fixtures/spec";
import { WorkbookModel } from "../fake-excel/index";
import { addUserSheet, freshExcel, injectedFormulas, mismatches, sheetSnapshot, statusText } from "../fake-excel/inspect";
import { naiveWriteWorkbook } from "../fake-excel/naive-writer";
import { generatedSpec, handSpec, largePlanSpec, samplePlanSpec } from "../fake-excel/specs";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function excel(setup?: (host: WorkbookModel) => void): WorkbookModel {
  const fake = freshExcel(setup);
  restore = fake.restore;
  return fake.host;
}

const maxRequest = (host: WorkbookModel): number => Math.max(...host.syncLog.map((s) => s.bytes));

describe("writeWorkbook on the hand-built spec", () => {
  it("writes every cell, format, table, rule, chart and tag in one read and one write sync", async () => {
    const host = excel();
    const spec = handSpec();
    const report = await writeWorkbook(spec);

    expect(report.syncs).toBe(2);
    expect(host.syncs).toBe(2);
    expect(mismatches(host, spec)).toEqual([]);
    expect(injectedFormulas(host, spec)).toEqual([]);
    expect(statusText(host, spec)).toBe(spec.status.complete);

    const summary = host.sheet("Summary");
    expect(summary.customProperties.get(OWNER_PROPERTY.toLowerCase())?.value).toBe("Headstart");
    expect(summary.tabColor).toBe("#1F4E79");
    expect(host.peek(summary, 3, 2)?.formula).toBe("=COUNTA('Hiring Plan'!A2:A4)");
    expect(host.peek(summary, 3, 1)?.hyperlink).toEqual({ documentReference: "'Hiring Plan'!A1" });
    expect(host.peek(summary, 4, 2)?.numberFormat).toBe("#,##0");
    expect(host.peek(summary, 2, 1)?.format).toMatchObject({
      "font.bold": true,
      "borders.EdgeBottom.style": "Continuous",
      "borders.EdgeBottom.color": "#D9D9D9",
    });

    const plan = host.sheet("Hiring Plan");
    expect(host.tables.map((t) => [t.name, t.sheet.name, t.style])).toEqual([["HiringPlan", "Hiring Plan", "TableStyleLight9"]]);
    expect(plan.freeze).toEqual({ rows: 1, columns: 1 });
    expect(plan.columnWidths.get(3)).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(plan.charts).toMatchObject([
      {
        type: "ColumnClustered",
        title: "Cost by hire",
        anchor: "H2",
        width: 480,
        height: 288,
        seriesBy: "Columns",
        source: "'Hiring Plan'!A1:A4",
      },
    ]);
    expect(host.peek(plan, 2, 4)?.numberFormat).toBe("yyyy-mm-dd");
    expect(host.peek(plan, 1, 1)?.format).toMatchObject({
      "font.bold": true,
      "fill.color": "#DDEBF7",
      horizontalAlignment: "Center",
      wrapText: true,
    });
    // Rules keep the spec's order (first wins) and stop there.
    const rules = [...plan.conditionalFormats].sort((a, b) => a.priority - b.priority);
    expect(rules.map((r) => [r.formula, r.stopIfTrue, r.format])).toEqual([
      ['=$F2="at risk"', true, { "fill.color": "#F8CBAD", "font.bold": true }],
      ['=$F2="start now"', true, { "fill.color": "#FFE699", "font.color": "#7F6000" }],
    ]);
    expect(host.validationsOf(plan).map((v) => v.address)).toEqual(["F2", "F3", "F4"]);
    expect(host.validationsOf(plan)[0]?.rule).toEqual({ list: { inCellDropDown: true, source: "on track,start now,at risk" } });
    expect(host.suspendedCalcSyncs).toBe(1);
    expect(host.undoClearingCalls).toBe(0);
  });

  it("reports progress: reading, then each request with its sheet and chunk, then done", async () => {
    excel();
    const seen: WriteProgress[] = [];
    await writeWorkbook(handSpec(), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toMatchObject({ step: "Reading the workbook" });
    expect(seen[1]).toMatchObject({ sheet: "Summary", index: 1, total: 2, chunk: 1, chunks: 1 });
    expect(seen.at(-1)).toMatchObject({ step: "Done" });
  });
});

describe("sync counts and request sizes", () => {
  it("writes the sample plan in at most 3 syncs", async () => {
    const host = excel();
    const spec = samplePlanSpec();
    const report = await writeWorkbook(spec);
    expect(host.syncs).toBe(report.syncs);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(mismatches(host, spec)).toEqual([]);
    expect(statusText(host, spec)).toBe(spec.status.complete);
  });

  it("keeps every request of a generated 5,000-hire spec under 5 MB, with one sync per chunk, and ≥50× fewer syncs than row by row", async () => {
    const host = excel();
    const spec = generatedSpec(5000);
    const report = await writeWorkbook(spec);
    const bytes = host.syncLog.slice(1).reduce((n, s) => n + s.bytes, 0);
    expect(maxRequest(host)).toBeLessThan(EXCEL_REQUEST_LIMIT_BYTES);
    // One read, then as many write requests as the payload needs (at 4 MB each) plus at most one.
    expect(report.syncs).toBeLessThanOrEqual(2 + Math.ceil(bytes / (4 * 1024 * 1024)));
    expect(mismatches(host, spec)).toEqual([]);
    expect(injectedFormulas(host, spec)).toEqual([]);

    const naive = excel();
    await naiveWriteWorkbook(spec);
    expect(naive.syncs).toBeGreaterThanOrEqual(50 * report.syncs);
  });

  it("writes a real plan of 5,000 hires in requests under 5 MB, text kept as text", async () => {
    const host = excel();
    const { spec, hires } = largePlanSpec(5000);
    expect(hires).toBeGreaterThanOrEqual(5000);
    const report = await writeWorkbook(spec);
    expect(maxRequest(host)).toBeLessThan(EXCEL_REQUEST_LIMIT_BYTES);
    const payload = host.syncLog.slice(1).reduce((n, s) => n + s.bytes, 0);
    expect(report.syncs).toBeLessThanOrEqual(3 + Math.ceil(payload / (4 * 1024 * 1024)));
    expect(mismatches(host, spec)).toEqual([]);
    expect(injectedFormulas(host, spec)).toEqual([]);
    expect(statusText(host, spec)).toBe(spec.status.complete);
  });

  it("cuts cells into row blocks when a smaller budget requires it, with the same result", async () => {
    const spec = generatedSpec(600);
    const whole = excel();
    await writeWorkbook(spec);
    const expected = whole.snapshot();
    restore?.();

    const host = excel();
    const chunks: WriteProgress[] = [];
    const report = await writeWorkbook(spec, { requestBudgetBytes: 20_000, onProgress: (p) => chunks.push(p) });
    expect(report.syncs).toBeGreaterThan(5);
    expect(maxRequest(host)).toBeLessThan(20_000 + 5_000);
    expect(host.snapshot()).toEqual(expected);
    const parts = chunks.filter((p) => p.chunk !== undefined);
    expect(parts.map((p) => p.chunk)).toEqual(parts.map((_, i) => i + 1));
    expect(parts.every((p) => p.chunks === report.syncs - 1)).toBe(true);
    // Calculation is suspended in every write request.
    expect(host.suspendedCalcSyncs).toBe(report.syncs - 1);
  });
});

describe("ownership", () => {
  it("rewrites its own sheets in place: two runs give the same workbook, no duplicate sheets or tables", async () => {
    const host = excel((h) => addUserSheet(h, "Notes"));
    const spec = samplePlanSpec();
    await writeWorkbook(spec);
    const first = host.snapshot();
    await writeWorkbook(spec);
    expect(host.snapshot()).toEqual(first);
    expect(host.sheets.map((s) => s.name)).toEqual(["Notes", ...spec.sheets.map((s) => s.name)]);
    expect(new Set(host.tables.map((t) => t.name.toLowerCase())).size).toBe(host.tables.length);
    expect(host.undoClearingCalls).toBe(0);
  });

  it("writes beside a user's sheet that has the name, points its formulas there, and leaves the user's sheet alone", async () => {
    const host = excel((h) => addUserSheet(h, "Hiring Plan"));
    const before = sheetSnapshot(host, "Hiring Plan");
    const spec = handSpec();
    const report = await writeWorkbook(spec);
    const target = (n: string): string => (n === "Hiring Plan" ? "Hiring Plan (Headstart)" : n);

    expect(sheetSnapshot(host, "Hiring Plan")).toEqual(before);
    expect(report.placements.find((p) => p.spec === "Hiring Plan")).toMatchObject({
      target: "Hiring Plan (Headstart)",
      beside: true,
      mode: "create",
    });
    expect(report.notes.join(" ")).toContain('"Hiring Plan (Headstart)"');
    expect(mismatches(host, spec, target)).toEqual([]);
    const summary = host.sheet("Summary");
    expect(host.peek(summary, 3, 2)?.formula).toBe("=COUNTA('Hiring Plan (Headstart)'!A2:A4)");
    expect(host.peek(summary, 3, 1)?.hyperlink).toEqual({ documentReference: "'Hiring Plan (Headstart)'!A1" });
    expect(host.sheet("Hiring Plan (Headstart)").charts[0]?.source).toBe("'Hiring Plan (Headstart)'!A1:A4");

    // A second build rewrites the "(Headstart)" sheet: no third sheet.
    const after = host.snapshot();
    await writeWorkbook(spec);
    expect(host.snapshot()).toEqual(after);
  });

  it("refuses, before writing anything, a table name a defined name of the workbook already has", async () => {
    const host = excel((h) => {
      addUserSheet(h, "Mine");
      h.names.set("hiringplan", { name: "HiringPlan", formula: "=Mine!$A$1", visible: true });
    });
    const before = host.snapshot();
    await expect(writeWorkbook(handSpec())).rejects.toThrow(/name "HiringPlan".*Nothing was changed/);
    host.names.set("roadmap", { name: "Roadmap", formula: "=Mine!$A$1", visible: true });
    await expect(insertTemplate(templateWorkbook(sampleInput))).rejects.toThrow(/name "Roadmap".*Nothing was changed/);
    expect(host.snapshot()).toEqual(before);
  });

  it("refuses, before writing anything, a table name a user's table already has", async () => {
    const host = excel((h) => addUserSheet(h, "Mine", "HiringPlan"));
    const before = host.snapshot();
    await expect(writeWorkbook(handSpec())).rejects.toThrow(/table named "HiringPlan".*Nothing was changed/);
    expect(host.snapshot()).toEqual(before);
    expect(host.syncs).toBe(1);
  });

  it("rewrites a sheet the user hid, keeping it hidden and its panes as they were", async () => {
    const host = excel();
    const spec = handSpec();
    await writeWorkbook(spec);
    const plan = host.sheet("Hiring Plan");
    plan.visibility = "Hidden";
    await writeWorkbook(spec);
    expect(mismatches(host, spec)).toEqual([]);
    expect(statusText(host, spec)).toBe(spec.status.complete);
    expect(plan.visibility).toBe("Hidden");
    expect(plan.freeze).toEqual({ rows: 1, columns: 1 });
  });

  it("falls back to a hidden sheet-level name as the tag where custom properties are missing (ExcelApi 1.8)", async () => {
    const host = excel((h) => {
      h.supported = { ExcelApi: "1.8" };
    });
    const spec = handSpec();
    await writeWorkbook(spec);
    const summary = host.sheet("Summary");
    expect(summary.customProperties.size).toBe(0);
    expect(summary.names.get(OWNER_NAME.toLowerCase())).toMatchObject({ visible: false });
    const first = host.snapshot();
    await writeWorkbook(spec);
    expect(host.snapshot()).toEqual(first);
  });

  it("says clearly that an older Excel cannot run it", async () => {
    const host = excel((h) => {
      h.supported = { ExcelApi: "1.7" };
    });
    await expect(writeWorkbook(handSpec())).rejects.toThrow(/Excel 2019 or later/);
    expect(host.syncs).toBe(0);
  });
});

describe("failures leave a truthful workbook", () => {
  async function cleanRun(spec: WorkbookSpec, budget?: number): Promise<{ snapshot: unknown; syncs: number }> {
    const host = excel((h) => addUserSheet(h, "Notes"));
    const report = await writeWorkbook(spec, { requestBudgetBytes: budget });
    const snapshot = host.snapshot();
    restore?.();
    return { snapshot, syncs: report.syncs };
  }

  for (const [label, make, budget] of [
    ["hand-built spec", handSpec, undefined],
    ["chunked 300-hire spec", () => generatedSpec(300), 15_000],
  ] as const) {
    it(`a fault at every sync of the ${label}: user sheet unchanged, status not complete, a re-run equals a clean run`, async () => {
      const spec = make();
      const clean = await cleanRun(spec, budget);
      expect(clean.syncs).toBeGreaterThanOrEqual(2);
      for (let k = 1; k <= clean.syncs; k++) {
        const host = excel((h) => addUserSheet(h, "Notes"));
        const user = sheetSnapshot(host, "Notes");
        host.failAtSync = k;
        const error = await writeWorkbook(spec, { requestBudgetBytes: budget }).catch((e: unknown) => e);
        expect(error, `fault at sync ${k}`).toBeInstanceOf(HeadstartExcelError);
        // Sync 1 reads; from sync 2 on a write request was sent, which Excel may have half applied.
        expect((error as Error).message).toMatch(
          k === 1 ? /Nothing in the workbook was changed/ : /may be partly written and none is marked complete/,
        );
        expect(sheetSnapshot(host, "Notes")).toEqual(user);
        expect(statusText(host, spec)).not.toBe(spec.status.complete);
        if (k > 2) expect(statusText(host, spec)).toBe(spec.status.incomplete);

        await writeWorkbook(spec, { requestBudgetBytes: budget });
        expect(host.snapshot(), `re-run after a fault at sync ${k}`).toEqual(clean.snapshot);
        restore?.();
      }
    });
  }

  it("a fault while rebuilding over a finished plan leaves either the old plan or an incomplete one", async () => {
    const spec = generatedSpec(300);
    // A rebuild reads in two syncs (what exists, then its sheets' details): one more than a first build.
    const syncs = (await cleanRun(spec, 15_000)).syncs + 1;
    for (let k = 1; k <= syncs; k++) {
      const host = excel((h) => addUserSheet(h, "Notes"));
      await writeWorkbook(spec, { requestBudgetBytes: 15_000 });
      const finished = host.snapshot();
      host.failAtSync = host.syncs + k;
      await expect(writeWorkbook(spec, { requestBudgetBytes: 15_000 })).rejects.toBeInstanceOf(HeadstartExcelError);
      // Up to the first write request (whose fault applies nothing of it) the old plan stands.
      if (k <= 3) expect(host.snapshot()).toEqual(finished);
      else expect(statusText(host, spec)).toBe(spec.status.incomplete);
      restore?.();
    }
  });

  it("cancels between chunks: an AbortError, the status says incomplete, the user's sheet is unchanged", async () => {
    const host = excel((h) => addUserSheet(h, "Notes"));
    const user = sheetSnapshot(host, "Notes");
    const spec = generatedSpec(300);
    const controller = new AbortController();
    const run = writeWorkbook(spec, {
      requestBudgetBytes: 15_000,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.chunk === 3) controller.abort();
      },
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect((error as DOMException).message).toMatch(/cancelled.*incomplete/i);
    expect(host.syncs).toBe(4);
    expect(statusText(host, spec)).toBe(spec.status.incomplete);
    expect(sheetSnapshot(host, "Notes")).toEqual(user);
  });

  it("waits for the user to leave cell-edit mode instead of failing", async () => {
    const host = excel();
    host.enterCellEdit();
    const run = writeWorkbook(handSpec());
    await new Promise((r) => setTimeout(r, 20));
    expect(host.syncs).toBe(0);
    host.exitCellEdit();
    await run;
    expect(statusText(host, handSpec())).toBe(handSpec().status.complete);
  });
});

describe("dropdown lists longer than Excel takes inline", () => {
  const names = Array.from({ length: 30 }, (_, i) => `Workstream number ${i + 1}`);
  const spec = (): WorkbookSpec =>
    workbookSpec(
      sheetSpec({
        name: "Roadmap",
        role: "input",
        cells: [["Workstream"], [null]],
        validations: [
          { range: "A2:A9", list: names },
          { range: "B2:B9", list: ["S", "M"] },
        ],
      }),
    );

  for (const [label, write] of [
    ["insertTemplate", insertTemplate],
    ["writeWorkbook", writeWorkbook],
  ] as const) {
    it(`${label} puts a long list on a hidden lists sheet the dropdown points at, as the .xlsx does`, async () => {
      const host = excel();
      await write(spec());
      const roadmap = host.sheet("Roadmap");
      const rule = host.validationsOf(roadmap).find((v) => v.address === "A2")?.rule as { list: { source: string } };
      expect(rule.list.source).toBe(`=${LISTS_SHEET}!$A$1:$A$30`.replace(LISTS_SHEET, `'${LISTS_SHEET}'`));
      expect(host.sheet(LISTS_SHEET).visibility).toBe("Hidden");
      expect(host.listValues(roadmap, rule.list.source)).toEqual(names);
      expect(host.typeInto(roadmap, 3, 1, "Workstream number 17")).toBe("kept");
      expect(host.typeInto(roadmap, 3, 1, "Something else")).toBe("refused");
      // Short lists stay inline.
      expect(host.validationsOf(roadmap).find((v) => v.address === "B2")?.rule).toMatchObject({ list: { source: "S,M" } });
    });
  }
});

describe("insertTemplate", () => {
  it("inserts the input sheets as tables, untagged, and refuses to overwrite them on a second insert", async () => {
    const host = excel();
    const spec = templateWorkbook(sampleInput);
    const report = await insertTemplate(spec);
    expect(report.skipped).toEqual([]);
    expect(host.tables.map((t) => t.name).sort()).toEqual(["Roadmap", "Roles", "Settings", "Team", "Tracking", "Workstreams"]);
    expect(host.sheets.every((s) => s.customProperties.size === 0 && s.names.size === 0)).toBe(true);
    expect(mismatches(host, spec)).toEqual([]);
    expect(statusText(host, spec)).toBe(spec.status.complete);

    const before = host.snapshot();
    const again = await insertTemplate(spec);
    expect(again.placements).toEqual([]);
    expect(again.skipped.map((s) => s.sheet).sort()).toEqual(spec.sheets.map((s) => s.name).sort());
    expect(again.notes.join(" ")).toMatch(/already has a Roadmap table/);
    expect(host.snapshot()).toEqual(before);
  });

  it("inserts only the missing tables, beside a user's sheet that has the name", async () => {
    const host = excel((h) => addUserSheet(h, "Roles", "Roles"));
    const report = await insertTemplate(templateWorkbook(null));
    expect(report.skipped.map((s) => s.sheet)).toEqual(["Roles"]);
    expect(host.tables.map((t) => t.name).sort()).toEqual(["Roadmap", "Roles", "Settings", "Team", "Tracking", "Workstreams"]);
    expect(host.findTable("Roles")?.sheet.name).toBe("Roles");
  });

  it("Roadmap's Size dropdown accepts a number typed in, as the spec allows; Workstream keeps to its list", async () => {
    const host = excel();
    await insertTemplate(templateWorkbook(sampleInput));
    const roadmap = host.sheet("Roadmap");
    const header = host.read(roadmap, { top: 1, left: 1, bottom: 1, right: 20 }, "values")[0] ?? [];
    const column = (name: string): number => header.indexOf(name) + 1;
    expect(host.typeInto(roadmap, 3, column("Size"), "1.5")).toBe("kept");
    expect(host.peek(roadmap, 3, column("Size"))?.value).toBe(1.5);
    expect(host.typeInto(roadmap, 3, column("Workstream"), "Quantum ambitions")).toBe("refused");
  });

  it("a build never rewrites an input sheet", async () => {
    const host = excel();
    await insertTemplate(templateWorkbook(sampleInput));
    const roadmap = sheetSnapshot(host, "Roadmap");
    await writeWorkbook(samplePlanSpec());
    expect(sheetSnapshot(host, "Roadmap")).toEqual(roadmap);
  });
});

describe("navigation", () => {
  it("selects a cell on a sheet and activates a sheet", async () => {
    const host = excel();
    await writeWorkbook(handSpec());
    await selectCell("Hiring Plan", "C3");
    expect(host.selection).toMatchObject({ sheet: { name: "Hiring Plan" }, rect: { top: 3, left: 3 } });
    await activateSheet("Summary");
    expect(host.activeSheet?.name).toBe("Summary");
    await expect(selectCell("Nope", "A1")).rejects.toThrow(/no sheet named "Nope"/);
  });

  it("says how to show a sheet the user hid, rather than failing on it", async () => {
    const host = excel();
    await writeWorkbook(handSpec());
    host.sheet("Hiring Plan").visibility = "Hidden";
    await expect(activateSheet("Hiring Plan")).rejects.toThrow(/"Hiring Plan" is hidden.*Unhide/);
    await expect(selectCell("Hiring Plan", "B2")).rejects.toThrow(/"Hiring Plan" is hidden.*Unhide/);
  });

  it("a click on a diagnostic while the user edits a cell waits for the edit to end, then goes there", async () => {
    const host = excel();
    await writeWorkbook(handSpec());
    host.enterCellEdit();
    const going = selectCell("Hiring Plan", "B2");
    await new Promise((r) => setTimeout(r, 20));
    host.exitCellEdit();
    await going;
    expect(host.selection).toMatchObject({ sheet: { name: "Hiring Plan" }, rect: { top: 2, left: 2 } });
  });
});

describe("protection", () => {
  it("refuses to rebuild over a protected Headstart sheet, naming it, with nothing changed", async () => {
    const host = excel((h) => addUserSheet(h, "Notes"));
    const spec = samplePlanSpec();
    await writeWorkbook(spec);
    host.sheet("Hiring Plan").protected = true;
    const before = host.snapshot();
    await expect(writeWorkbook(spec)).rejects.toThrow(/"Hiring Plan" is protected.*Unprotect Sheet.*Nothing was changed/);
    expect(host.snapshot()).toEqual(before);
    expect(host.syncLog.filter((s) => s.failed)).toEqual([]);
  });

  it("refuses to add sheets to a workbook whose structure is protected, and rebuilds in place when it adds none", async () => {
    const host = excel((h) => addUserSheet(h, "Notes"));
    host.structureProtected = true;
    const before = host.snapshot();
    await expect(writeWorkbook(handSpec())).rejects.toThrow(/structure is protected.*Protect Workbook.*Nothing was changed/);
    await expect(insertTemplate(templateWorkbook(sampleInput))).rejects.toThrow(/structure is protected.*Nothing was changed/);
    expect(host.snapshot()).toEqual(before);

    host.structureProtected = false;
    await writeWorkbook(handSpec());
    host.structureProtected = true;
    await writeWorkbook(handSpec());
    expect(statusText(host, handSpec())).toBe(handSpec().status.complete);
  });
});

describe.each(["null", "throw"] as const)("calls on sheets that do not exist (a host that answers them with %s)", (mode) => {
  it("a first build, a rebuild and a template insert all succeed", async () => {
    const host = excel((h) => {
      h.nullObjectCalls = mode;
      addUserSheet(h, "Hiring Plan");
    });
    const spec = handSpec();
    await writeWorkbook(spec);
    const first = host.snapshot();
    await writeWorkbook(spec);
    expect(host.snapshot()).toEqual(first);
    await insertTemplate(templateWorkbook(sampleInput));
    expect(host.findTable("Roadmap")).not.toBeNull();
    expect(statusText(host, spec)).toBe(spec.status.complete);
  });
});

describe("undo", () => {
  it("a build is one undo step where Excel can group (ExcelApi 1.20), and says so", async () => {
    const host = excel((h) => {
      h.supported = { ExcelApi: "1.20" };
    });
    const report = await writeWorkbook(generatedSpec(300), { requestBudgetBytes: 15_000 });
    expect(report.syncs).toBeGreaterThan(3);
    expect(host.undoSteps).toBe(1);
    expect(report.undo).toMatch(/whole build in one step/);
  });

  it("elsewhere each write request is an undo step, and the words say to build again instead", async () => {
    const host = excel();
    const report = await writeWorkbook(generatedSpec(300), { requestBudgetBytes: 15_000 });
    expect(host.undoSteps).toBe(report.syncs - 1);
    expect(report.undo).toMatch(new RegExp(`${report.syncs - 1} steps.*build again`));
  });

  it("when Excel refuses to group (UndoNotSupported), builds again ungrouped and completes", async () => {
    const host = excel((h) => {
      h.supported = { ExcelApi: "1.20" };
      h.undoUnsupported.add("Worksheet.tabColor");
    });
    const spec = handSpec();
    const report = await writeWorkbook(spec);
    expect(mismatches(host, spec)).toEqual([]);
    expect(statusText(host, spec)).toBe(spec.status.complete);
    expect(report.undo).toMatch(/steps/);
  });
});

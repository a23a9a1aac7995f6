import { describe, expect, it } from "vitest";
import { date, month } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { insertTemplate, selectCell } from "../../src/excel/write";
import { diagnosticSheet } from "../../src/plan/index";
import { describeMapping, proposeMapping } from "../../src/plan/roadmap-mapping";
import { readUserRoadmap } from "../../src/excel/read";
import { ROADMAP_SOURCE_KEY, ROADMAP_SOURCE_NAMESPACE } from "../../src/excel/roadmap-source";
import { cellAddress } from "../../src/report/a1";
import { WORKBOOK_LIMITS } from "../../src/report/limits";
import { templateWorkbook } from "../../src/report/template";
import { isCancel } from "../../src/app/errors";
import type { RunEvent } from "../../src/app/run";
import { resultsView } from "../../src/taskpane/results";
import { planAndReport } from "../../src/app/pipeline";
import { runPlan } from "../../src/app/run";
import { fakeContext, type WorkbookModel } from "../fake-excel/index";
import { fakeExcelPerTest } from "../fake-excel/per-test";

const today = date(2026, 11, 26);
let host: WorkbookModel;
fakeExcelPerTest((h) => (host = h));

const names = (): string[] => host.sheets.map((s) => s.name);
const settingsValue = (key: string): unknown => {
  const t = host.findTable("Settings");
  if (!t) return undefined;
  return host.read(t.sheet, t.rect, "values").find((r) => r[0] === key)?.[1];
};

describe("runPlan", () => {
  it("saves the settings, reads, plans and writes, reporting each step", async () => {
    await insertTemplate(templateWorkbook(sampleInput));
    const inputSheets = names();
    const events: RunEvent[] = [];
    const result = await runPlan({ today, overrides: { horizonMonths: 9, currency: "EUR" }, onProgress: (e) => events.push(e) });
    if (!result.ok) throw new Error(result.error.reason);

    expect(settingsValue("Horizon (months)")).toBe(9);
    expect(settingsValue("Currency")).toBe("EUR");
    expect(result.value.plan.settings.horizonMonths).toBe(9);
    expect(result.value.plan.months.length).toBe(9);
    expect(names()).toEqual([...inputSheets, ...result.value.spec.sheets.map((s) => s.name)]);
    expect(result.value.sheets).toEqual(result.value.spec.sheets.filter((s) => !s.hidden).map((s) => s.name));
    expect(events.map((e) => e.step)).toEqual(["saving", "reading", "planning", ...events.slice(3, -1).map(() => "writing"), "done"]);
    expect(events.length).toBeGreaterThan(4);

    // The same plan as the pure middle makes from the workbook's tables (settings now saved there).
    const again = planAndReport(sampleInput, today, { horizonMonths: 9, currency: "EUR" });
    expect(again.ok && again.value.plan.totals).toEqual(result.value.plan.totals);
    // The Scenarios sheet compares all three confidence modes, not the plan's own alone.
    const scenarios = result.value.spec.sheets.find((s) => s.name === "Scenarios")?.cells.flat() ?? [];
    expect(scenarios).toEqual(expect.arrayContaining(["Full roadmap (this plan)", "Weighted by confidence", "Committed only (≥ 70%)"]));
  });

  it("a second run with no overrides plans from the saved settings, as the ribbon does", async () => {
    await insertTemplate(templateWorkbook(sampleInput));
    await runPlan({ today, overrides: { planStart: month(2027, 3) } });
    const second = await runPlan({ today });
    expect(second.ok && second.value.plan.settings.planStart).toBe(month(2027, 3));
    // Rewritten in place: no sheet twice.
    expect(new Set(names()).size).toBe(names().length);
  });

  it("a cancel before the write leaves every output sheet unwritten", async () => {
    await insertTemplate(templateWorkbook(sampleInput));
    const controller = new AbortController();
    const run = runPlan({
      today,
      signal: controller.signal,
      onProgress: (e) => {
        if (e.step === "planning") controller.abort();
      },
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isCancel(error)).toBe(true);
    expect(names()).toEqual(["Roadmap", "Workstreams", "Roles", "Team", "Settings", "Tracking"]);
  });

  it("without a roadmap the run says why, with the engine's diagnostics", async () => {
    const result = await runPlan({ today });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toMatch(/roadmap/i);
    expect(host.sheets).toEqual([]);
  });

  it("plans the rows typed under the Roadmap table, and the Diagnostics sheet lists the warning first", async () => {
    await insertTemplate(templateWorkbook(sampleInput));
    const table = host.findTable("Roadmap");
    if (!table) throw new Error("no Roadmap table");
    const under = table.rect.bottom + 1;
    host.assign(table.sheet, { top: under, left: 1, bottom: under, right: addedRow.length }, [addedRow], "values");
    const result = await runPlan({ today });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.value.plan.initiatives.map((i) => i.name)).toContain("Doc search");
    const warning = `1 row under the Roadmap table (A${under}:J${under}) was read as part of it: extend the table over it`;
    expect(result.value.plan.diagnostics[0]).toEqual({ severity: "warning", sheet: "Roadmap", cell: `A${under}`, message: warning });
    // The Diagnostics sheet's first row under its header, and the pane's list.
    const diagnostics = host.sheet("Diagnostics");
    const used = host.usedRect(diagnostics, true);
    expect(host.read(diagnostics, { ...used, top: 2, bottom: 2 }, "values")[0]).toContain(warning);
    expect(resultsView(result.value.plan).diagnostics.map((d) => d.message)).toContain(warning);
  });

  it("a roadmap too large for a workbook is refused with the reason before anything is written", async () => {
    const header = sampleInput.roadmap?.rows[0] ?? [];
    const row = sampleInput.roadmap?.rows[1] ?? [];
    // Key (empty), Initiative, then the sample row's other columns.
    const rows = [
      header,
      ...Array.from({ length: WORKBOOK_LIMITS.initiatives + 1 }, (_, i) => ["", `Initiative ${i + 1}`, ...row.slice(2)]),
    ];
    await insertTemplate(templateWorkbook({ ...sampleInput, roadmap: { sheet: "Roadmap", originRow: 1, originCol: 1, rows } }));
    const before = host.sheets.map((s) => s.name);
    const result = await runPlan({ today });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toMatch(/too large to write as a workbook: 5,001 initiatives/);
    expect(host.sheets.map((s) => s.name)).toEqual(before);
  });

  it("reads a user's own roadmap again at each build, and refuses one whose header changed", async () => {
    const rows = (sampleInput.roadmap?.rows ?? []).map((r) => r.map((c) => `'${String(c ?? "")}`));
    const sheet = host.addSheet("Projects");
    const rect = { top: 2, left: 2, bottom: rows.length + 1, right: (rows[0]?.length ?? 0) + 1 };
    host.assign(sheet, rect, rows, "values");
    const block = { sheet: "Projects", originRow: 2, originCol: 2, rows: host.read(sheet, rect, "values") };
    const mapping = proposeMapping(block.rows[0] ?? []);

    // An edit after the mapping was confirmed must reach the plan (D: Workstream, after Key and Initiative).
    host.assign(sheet, { top: 4, left: 4, bottom: 4, right: 4 }, [["Quantum widgets"]], "values");
    const result = await runPlan({ today, roadmap: { block, mapping } });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.value.plan.diagnostics.map((d) => `${d.sheet}!${d.cell}`)).toContain("Roadmap!D4");
    expect(result.value.plan.inputSheets.Roadmap).toBe("Projects");

    host.assign(sheet, { top: 2, left: 2, bottom: 2, right: 2 }, [["Project"]], "values");
    await expect(runPlan({ today, roadmap: { block, mapping } })).rejects.toThrow(/header of your roadmap on Projects changed/);
  });

  /** The sample roadmap with renamed headers on a user's sheet "Projects" at B2, as text cells. */
  function projectsSheet(): { rows: string[][]; sheet: ReturnType<WorkbookModel["addSheet"]> } {
    const renamed = ["Ref", "Project", "Track", "Kickoff", "Due", "T-shirt", "Probability", "Priority", "Lead", "Comments"];
    const rows = (sampleInput.roadmap?.rows ?? []).map((r, i) => (i === 0 ? renamed : r.map((c) => `'${String(c ?? "")}`)));
    const sheet = host.addSheet("Projects");
    host.assign(sheet, { top: 2, left: 2, bottom: rows.length + 1, right: (rows[0]?.length ?? 0) + 1 }, rows, "values");
    return { rows, sheet };
  }
  const addedRow = ["'DOCS", "'Doc search", "'GenAI feature (RAG / agents)", "'2027-03", "'2027-08", "'S", "'50%", "'P2", "'Search", "'"];

  it("remembers a confirmed roadmap in the workbook: the ribbon's run plans from it again, a row added since included", async () => {
    const { rows, sheet } = projectsSheet();
    host.selection = { sheet, rect: { top: 2, left: 2, bottom: rows.length + 1, right: (rows[0]?.length ?? 0) + 1 } };
    const found = await readUserRoadmap(fakeContext(host), "selection");
    const first = await runPlan({ today, roadmap: found });
    if (!first.ok) throw new Error(first.error.reason);
    expect(host.savedDocumentSettings.has(ROADMAP_SOURCE_KEY)).toBe(true);
    expect(first.value.notes).toEqual([]);

    const below = rows.length + 2;
    host.assign(sheet, { top: below, left: 2, bottom: below, right: addedRow.length + 1 }, [addedRow], "values");
    // As "Refresh plan" runs: no roadmap given, and no Roadmap table in the workbook.
    const again = await runPlan({ today });
    if (!again.ok) throw new Error(again.error.reason);
    expect(again.value.plan.initiatives.map((i) => i.name)).toEqual([...first.value.plan.initiatives.map((i) => i.name), "Doc search"]);
    expect(again.value.plan.inputSheets.Roadmap).toBe("Projects");

    host.assign(sheet, { top: 2, left: 2, bottom: 2, right: 2 }, [["Epic"]], "values");
    await expect(runPlan({ today })).rejects.toThrow(/header of your roadmap on Projects changed/);
  });

  it("a Jira export pasted as text is planned as Jira writes it, and the ribbon's run reads it the same way (issue 14)", async () => {
    const rows = [
      ["Issue key", "Summary", "Component/s", "Custom field (Start date)", "Due date", "Custom field (T-shirt size)", "Priority"],
      ["AI-101", "Support copilot", "GenAI feature (RAG / agents)", "04/Jan/27 9:00 AM", "30/Jun/27 5:00 PM", "L", "Highest"],
      ["AI-102", "Fraud model v2", "Predictive ML model", "1/2/2027", "9/30/2027", "M", "Low"],
    ].map((r) => r.map((c) => `'${c}`));
    const sheet = host.addSheet("Jira");
    host.assign(sheet, { top: 1, left: 1, bottom: rows.length, right: 7 }, rows, "values");
    host.selection = { sheet, rect: { top: 1, left: 1, bottom: rows.length, right: 7 } };
    host.shortDatePattern = "M/d/yyyy";
    const found = await readUserRoadmap(fakeContext(host), "selection", { datetimeFormat: true });
    // The size sits in a custom field only Jira's own profile knows; the pane asks, here the test chooses.
    const mapping = describeMapping(
      found.block.rows[0] ?? [],
      found.mapping.columns.map((c) => (c.field === "Size" ? { ...c, column: 5 } : c)),
    );
    const first = await runPlan({ today, roadmap: { ...found, mapping } });
    if (!first.ok) throw new Error(first.error.reason);
    expect(first.value.notes).toEqual([
      "Jira export: 4 dates such as 04/Jan/27 9:00 AM → 2027-01-04 (date order MDY from the workbook's date format M/d/yyyy), priority Highest → P0, Low → P3.",
    ]);
    const fraud = first.value.plan.initiatives.find((i) => i.name === "Fraud model v2");
    expect([fraud?.start, fraud?.end, fraud?.priority]).toEqual([month(2027, 1), month(2027, 9), "P3"]);
    expect(first.value.plan.hires.some((h) => h.id.includes("-AI-101-"))).toBe(true);

    // As "Refresh plan" runs: the choices come back with the saved mapping.
    const again = await runPlan({ today });
    if (!again.ok) throw new Error(again.error.reason);
    expect(again.value.plan.hires.map((h) => h.id)).toEqual(first.value.plan.hires.map((h) => h.id));
    expect(again.value.notes).toEqual(first.value.notes);

    // Without a date order, no plan is made on a guess: the error names the cell.
    await expect(runPlan({ today, roadmap: { ...found, mapping, import: { from: "jira" } } })).rejects.toThrow(
      /^Your roadmap: Jira!D3: "1\/2\/2027" is a date written with numbers only/,
    );
  });

  it("a remembered table is read again by name; a Roadmap table, once there, wins", async () => {
    const { rows, sheet } = projectsSheet();
    host.addTable(sheet, `B2:K${rows.length + 1}`, true).name = "Plans";
    const first = await runPlan({ today, roadmap: await readUserRoadmap(fakeContext(host), { table: "Plans" }) });
    if (!first.ok) throw new Error(first.error.reason);
    const again = await runPlan({ today });
    expect(again.ok && again.value.plan.totals).toEqual(first.value.plan.totals);

    await insertTemplate(
      templateWorkbook({
        ...sampleInput,
        roadmap: { sheet: "Roadmap", originRow: 1, originCol: 1, rows: (sampleInput.roadmap?.rows ?? []).slice(0, 2) },
      }),
    );
    const table = await runPlan({ today });
    expect(table.ok && table.value.plan.initiatives.length).toBe(1);
    expect(table.ok && table.value.plan.inputSheets.Roadmap).toBe("Roadmap");
  });

  it("a corrupt saved roadmap is ignored, and the failure says so", async () => {
    // Saved before this runtime started: the workbook's copy, read live (the settings copy was loaded at start).
    host.customXmlParts.push({
      id: "{1}",
      namespaceUri: ROADMAP_SOURCE_NAMESPACE,
      xml: `<roadmapSource xmlns="${ROADMAP_SOURCE_NAMESPACE}">{not json</roadmapSource>`,
    });
    const result = await runPlan({ today });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toMatch(/roadmap mapping saved in this workbook was ignored \(it is not valid JSON\)/);
  });

  it("a workbook that cannot keep the mapping still gets its plan, with a note", async () => {
    const { rows, sheet } = projectsSheet();
    host.selection = { sheet, rect: { top: 2, left: 2, bottom: rows.length + 1, right: (rows[0]?.length ?? 0) + 1 } };
    host.settingsSaveFails = true;
    const result = await runPlan({ today, roadmap: await readUserRoadmap(fakeContext(host), "selection") });
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.value.notes.join(" ")).toMatch(/could not be remembered in this workbook .*read-only/);
  });

  it("a template inserted beside the user's own Roadmap sheet: links and the pane's select reach the template's cells", async () => {
    host.addSheet("Roadmap");
    await insertTemplate(templateWorkbook(sampleInput));
    const table = host.findTable("Roadmap");
    if (!table) throw new Error("no Roadmap table");
    expect(table.sheet.name).toBe("Roadmap (Headstart)");
    // An End the engine cannot read, on the template's first initiative.
    const [row, col] = [table.rect.top + 1, table.rect.left + 3];
    host.assign(table.sheet, { top: row, left: col, bottom: row, right: col }, [["someday"]], "values");
    const cell = cellAddress(row, col);

    const result = await runPlan({ today });
    if (!result.ok) throw new Error(result.error.reason);
    const bad = resultsView(result.value.plan).diagnostics.find((d) => d.severity === "error" && d.cell === cell);
    if (!bad) throw new Error(`no error at ${cell}`);
    expect(bad.sheet).toBe("Roadmap");

    // The Diagnostics sheet's "Go to" link.
    const diagnostics = host.sheet("Diagnostics");
    const links = result.value.plan.diagnostics.map((_, i) => host.peek(diagnostics, i + 2, 5)?.hyperlink);
    expect(links).toContainEqual({ documentReference: `'Roadmap (Headstart)'!${cell}` });
    expect(links).not.toContainEqual({ documentReference: `'Roadmap'!${cell}` });

    // The pane's click-to-select, as taskpane.ts wires it.
    await selectCell(diagnosticSheet(bad, result.value.plan.inputSheets), bad.cell);
    expect(host.selection?.sheet.name).toBe("Roadmap (Headstart)");
    expect(host.selection?.rect).toMatchObject({ top: row, left: col, bottom: row, right: col });
  });
});

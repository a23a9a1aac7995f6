import { describe, expect, it } from "vitest";
import { describeMapping, proposeMapping, type SourceBlock } from "../../src/plan/roadmap-mapping";
import {
  decodeRoadmapSource,
  encodeRoadmapSource,
  forgetRoadmapSource,
  loadRoadmapSource,
  ROADMAP_SOURCE_KEY,
  ROADMAP_SOURCE_NAMESPACE,
  textOfXmlPart,
  saveRoadmapSource,
  sourceOf,
} from "../../src/excel/roadmap-source";
import { fakeGlobals, type WorkbookModel } from "../fake-excel/index";
import { fakeExcelPerTest } from "../fake-excel/per-test";

const header = ["Project", "Track", "Kickoff", "Due", "T-shirt", "Probability", "Budget"];
const block: SourceBlock = {
  sheet: "Projects",
  originRow: 2,
  originCol: 2,
  rows: [header, ["Support copilot", "GenAI", "2027-01", "2027-06", "L", 0.9, 10]],
};
const source = sourceOf(block, proposeMapping(header));
const saved = (fields: Record<string, unknown>): string =>
  JSON.stringify({ ...(JSON.parse(encodeRoadmapSource(source)) as object), ...fields });

describe("the saved roadmap source's text", () => {
  it("decodes to the same place, header and mapping, with a table name when it came from one", () => {
    expect(decodeRoadmapSource(encodeRoadmapSource(source))).toEqual({ ok: true, value: source });
    const fromTable = sourceOf({ ...block, table: "Plans" }, proposeMapping(header));
    expect(fromTable.table).toBe("Plans");
    expect(decodeRoadmapSource(encodeRoadmapSource(fromTable))).toEqual({ ok: true, value: fromTable });
  });

  it("keeps only the header's place and the chosen columns, not the rows", () => {
    const text = encodeRoadmapSource(source);
    expect(text).not.toContain("Support copilot");
    expect(JSON.parse(text)).toMatchObject({
      sheet: "Projects",
      originRow: 2,
      originCol: 2,
      header,
      columns: { Initiative: 0, Workstream: 1, Start: 2, End: 3, Size: 4, Confidence: 5 },
    });
  });

  it("keeps how the user's workstream values map, or the one workstream for every row", () => {
    const byValue = sourceOf(
      block,
      describeMapping(header, proposeMapping(header).columns, { kind: "values", values: { genai: "GenAI feature (RAG / agents)" } }),
    );
    expect(decodeRoadmapSource(encodeRoadmapSource(byValue))).toEqual({ ok: true, value: byValue });
    const noColumn = proposeMapping(header).columns.map((c) => (c.field === "Workstream" ? { ...c, column: null } : c));
    const forAll = sourceOf(block, describeMapping(header, noColumn, { kind: "all", workstream: "LLM fine-tuning" }));
    expect(forAll.mapping.missing).toEqual([]);
    expect(decodeRoadmapSource(encodeRoadmapSource(forAll))).toEqual({ ok: true, value: forAll });
  });

  it("keeps the tool, date order and fiscal year chosen with the columns (issue 14)", () => {
    const chosen = sourceOf(block, proposeMapping(header), { from: "jira", dateOrder: "DMY", fiscalStart: 7 });
    expect(decodeRoadmapSource(encodeRoadmapSource(chosen))).toEqual({ ok: true, value: chosen });
    expect(JSON.parse(encodeRoadmapSource(chosen)).import).toEqual({ from: "jira", dateOrder: "DMY", fiscalStart: 7 });
  });

  it("nothing saved is no source and no note", () => {
    expect(decodeRoadmapSource(null)).toBeNull();
    expect(decodeRoadmapSource(undefined)).toBeNull();
  });

  it.each([
    ["not text", { sheet: "Projects" }, /not text/],
    ["not JSON", "{oops", /not valid JSON/],
    ["an older version", saved({ version: 0 }), /version 0/],
    ["no sheet", saved({ sheet: "" }), /names no sheet/],
    ["a position that is no cell", saved({ originRow: 0 }), /position/],
    ["a header that is no row", saved({ header: [{ a: 1 }] }), /header/],
    ["an empty table name", saved({ table: "" }), /table name/],
    ["an unknown field", saved({ columns: { Initiative: 0, Budget: 6 } }), /unknown field "Budget"/],
    ["a column outside the header", saved({ columns: { Initiative: 0, Workstream: 1, Start: 2, End: 3, Size: 40 } }), /outside the header/],
    ["one column for two fields", saved({ columns: { Initiative: 0, Workstream: 0, Start: 2, End: 3, Size: 4 } }), /mapped to two fields/],
    ["a required field unmapped", saved({ columns: { Initiative: 0, Workstream: 1, Start: 2, End: 3 } }), /no column to Size/],
    ["a workstream map of no known kind", saved({ workstreams: { kind: "some" } }), /workstream map is not readable/],
    ["an unknown tool", saved({ import: { from: "trello" } }), /unknown tool "trello"/],
    ["a date order of neither kind", saved({ import: { from: "jira", dateOrder: "YMD" } }), /neither MDY nor DMY/],
    ["a fiscal start that is no month", saved({ import: { from: "jira", fiscalStart: 13 } }), /fiscal year start/],
    [
      "workstream values that are not text",
      saved({ workstreams: { kind: "values", values: { genai: 3 } } }),
      /workstream map is not readable/,
    ],
  ])("a saved value with %s is ignored with a note, never a throw", (_, value, why) => {
    const loaded = decodeRoadmapSource(value);
    expect(loaded?.ok).toBe(false);
    if (loaded && !loaded.ok) {
      expect(loaded.error).toMatch(why);
      expect(loaded.error).toMatch(/ignored .*"Use my roadmap"/);
    }
  });
});

describe("the saved roadmap source in the workbook (document settings, and an XML copy)", () => {
  let host: WorkbookModel;
  fakeExcelPerTest((h) => (host = h));

  it("round-trips through the settings and is saved into the file", async () => {
    expect(await loadRoadmapSource()).toBeNull();
    await saveRoadmapSource(source);
    expect(await loadRoadmapSource()).toEqual({ ok: true, value: source });
    expect(host.savedDocumentSettings.get(ROADMAP_SOURCE_KEY)).toBe(encodeRoadmapSource(source));
    expect(host.customXmlParts.map((p) => [p.namespaceUri, textOfXmlPart(p.xml)])).toEqual([
      [ROADMAP_SOURCE_NAMESPACE, encodeRoadmapSource(source)],
    ]);
    // Saving again replaces the copy rather than adding one.
    await saveRoadmapSource(source);
    expect(host.customXmlParts).toHaveLength(1);

    await forgetRoadmapSource();
    expect(await loadRoadmapSource()).toBeNull();
    expect(host.savedDocumentSettings.has(ROADMAP_SOURCE_KEY)).toBe(false);
    expect(host.customXmlParts).toEqual([]);
  });

  it("a runtime that never sees the pane's settings, and whose refresh would wipe them, loads the workbook's copy", async () => {
    await saveRoadmapSource(source);
    (globalThis as Record<string, unknown>).Office = fakeGlobals(host, { documentSettings: "unseen" }).Office;
    expect(await loadRoadmapSource()).toEqual({ ok: true, value: source });
  });

  it("the ribbon's runtime, started before the pane saved, still loads what the pane saved", async () => {
    const g = globalThis as Record<string, unknown>;
    const ribbon = g.Office;
    g.Office = fakeGlobals(host).Office;
    await saveRoadmapSource(source);
    g.Office = ribbon;
    expect(await loadRoadmapSource()).toEqual({ ok: true, value: source });
  });

  it("a corrupt value in the workbook loads as a note", async () => {
    host.savedDocumentSettings.set(ROADMAP_SOURCE_KEY, "{not json");
    // A runtime started after it was saved, as a click or an opened pane would be.
    (globalThis as Record<string, unknown>).Office = fakeGlobals(host).Office;
    expect(await loadRoadmapSource()).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });

  it("a workbook that refuses to save the settings rejects with Office's reason", async () => {
    host.settingsSaveFails = true;
    await expect(saveRoadmapSource(source)).rejects.toThrow(/did not save Headstart's settings: The workbook is read-only/);
    expect(host.savedDocumentSettings.has(ROADMAP_SOURCE_KEY)).toBe(false);
  });
});

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { defaultTargets, jsonText, renderOutputs, writeOutputs } from "../../src/cli/outputs";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan, planToJson } from "../../src/plan/index";
import { readXlsxInput } from "../../src/xlsx/read";
import { planOf, TODAY } from "../plan/support/fixtures";

describe("outputs", () => {
  const plan = planOf(sampleInput);
  const input = { grids: sampleInput, options: { today: TODAY }, template: null };
  it("renders only what is asked, JSON as text", async () => {
    const files = await renderOutputs(plan, input, { json: "p.json" });
    expect(files.map((f) => f.path)).toEqual(["p.json"]);
    expect(JSON.parse(files[0]?.data as string).schemaVersion).toBe(2);
    expect(await renderOutputs(plan, input, { json: "-" })).toEqual([]);
    expect(jsonText(plan).endsWith("}\n")).toBe(true);
  });
  it("renders the workbook, recruiter CSV and calendar by default, under out/", async () => {
    const files = await renderOutputs(plan, input, defaultTargets());
    expect(files.map((f) => f.path)).toEqual([join("out", "plan.xlsx"), join("out", "recruiters.csv"), join("out", "plan.ics")]);
    const xlsx = files[0]?.data as Uint8Array;
    expect([xlsx[0], xlsx[1]]).toEqual([0x50, 0x4b]); // a zip
    expect(String(files[2]?.data)).toContain("BEGIN:VCALENDAR");
  });
  it("makes a plan workbook that holds every scenario and its input, and plans again as input", async () => {
    const [file] = await renderOutputs(plan, input, { xlsx: "p.xlsx" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file?.data as unknown as ExcelJS.Buffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names.slice(0, 3)).toEqual(["Summary", "Changes", "Headcount"]);
    expect(names).toEqual(expect.arrayContaining(["Scenarios", "Roadmap", "Workstreams", "Roles", "Team", "Settings", "Tracking"]));
    // The plan's own JSON, very hidden, for the next build to compare with.
    expect(book.getWorksheet("Headstart data")?.state).toBe("veryHidden");
    const scenarioHeader = book.getWorksheet("Scenarios")?.getSheetValues().flat().map(String) ?? [];
    expect(scenarioHeader).toEqual(expect.arrayContaining(["Weighted by confidence", "Committed only (≥ 70%)"]));
    const again = makePlan(await readXlsxInput(file?.data as Uint8Array), { today: TODAY });
    expect(again.ok && planToJson(again.value)).toEqual(planToJson(plan));
  });
  it("writes every file or none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "headstart-out-"));
    writeFileSync(join(dir, "blocker"), "a file where a folder is needed");
    const good = join(dir, "sub", "a.json");
    await expect(
      writeOutputs([
        { path: good, what: "a", data: "{}" },
        { path: join(dir, "blocker", "b.json"), what: "b", data: "{}" },
      ]),
    ).rejects.toThrow();
    expect(existsSync(good)).toBe(false);
    expect(readdirSync(join(dir, "sub"))).toEqual([]);
    await writeOutputs([{ path: good, what: "a", data: "{}" }]);
    expect(readdirSync(join(dir, "sub"))).toEqual(["a.json"]);
  });
});

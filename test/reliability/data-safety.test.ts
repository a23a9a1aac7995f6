/**
 * Data safety in a workbook crowded with the user's own sheets and tables that bear Headstart's
 * names. test/excel/write.test.ts covers one user sheet ("Notes", or "Hiring Plan") under faults;
 * here several user sheets take our sheet names, our "(Headstart)" fallback names and our input
 * table names, and the plan grows, shrinks and fails at every sync in between.
 */
import { afterEach, describe, expect, it } from "vitest";
import { writeWorkbook } from "../../src/excel/write";
import { planWorkbook } from "../../src/report/workbook";
import type { WorkbookSpec } from "../../src/report/spec";
import type { WorkbookModel } from "../fake-excel/index";
import { addUserSheet, freshExcel, sheetSnapshot, statusText } from "../fake-excel/inspect";
import { planOrThrow, sampleRoadmap, withRoadmapRows } from "./support";

const GENERATED_AT = "2026-10-01T00:00:00Z";
/** Small requests, so a plan takes many syncs and a fault can land between any two of them. */
const BUDGET = 20_000;

/** User sheets (and their tables) named like Headstart's output, fallback and input. */
const USER_SHEETS: readonly (readonly [sheet: string, table: string])[] = [
  ["Summary", "Summary"],
  ["Hiring Plan", "HiringPlan2027"],
  ["Cost (Headstart)", "Cost"],
  ["Roadmap", "Roadmap"],
  ["Diagnostics (old)", "Headstart"],
];

function userWorkbook(host: WorkbookModel): void {
  for (const [sheet, table] of USER_SHEETS) addUserSheet(host, sheet, table);
}

const userSheets = (host: WorkbookModel): unknown[] => USER_SHEETS.map(([sheet]) => sheetSnapshot(host, sheet));

/** The sample plan, and a plan of twice the roadmap (more hires, longer sheets), to grow and shrink. */
function specs(): { small: WorkbookSpec; large: WorkbookSpec } {
  const rows = sampleRoadmap().rows.slice(1);
  const twice = [...rows, ...rows.map((r) => r.map((c, j) => (j === 0 ? `${String(c)} (phase 2)` : c)))];
  return {
    small: planWorkbook(planOrThrow(withRoadmapRows(rows)), { generatedAt: GENERATED_AT }),
    large: planWorkbook(planOrThrow(withRoadmapRows(twice)), { generatedAt: GENERATED_AT }),
  };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function excel(setup: (host: WorkbookModel) => void): WorkbookModel {
  const fake = freshExcel(setup);
  restore = fake.restore;
  return fake.host;
}

describe("user sheets and tables with Headstart's names", () => {
  it("plan, re-plan larger, re-plan smaller: every user sheet unchanged, Headstart's sheets beside them", async () => {
    const { small, large } = specs();
    const host = excel(userWorkbook);
    const before = userSheets(host);
    for (const spec of [small, large, small]) {
      await writeWorkbook(spec, { requestBudgetBytes: BUDGET });
      expect(userSheets(host)).toEqual(before);
      expect(statusText(host, spec, "Summary (Headstart)")).toBe(spec.status.complete);
    }
    // Ours: beside the user's "Summary" and "Hiring Plan"; "Cost" is free (the user only has "Cost (Headstart)").
    const names = host.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Summary (Headstart)", "Hiring Plan (Headstart)", "Cost"]));
    expect(names.length).toBe(USER_SHEETS.length + small.sheets.length);
  });

  it("a fault at every sync of a re-plan: user sheets unchanged; then a re-plan gives the clean run's workbook", async () => {
    const { small, large } = specs();
    const clean = excel(userWorkbook);
    await writeWorkbook(small, { requestBudgetBytes: BUDGET });
    const report = await writeWorkbook(large, { requestBudgetBytes: BUDGET });
    const expected = clean.snapshot();
    restore?.();
    expect(report.syncs).toBeGreaterThan(5);

    for (let k = 1; k <= report.syncs; k++) {
      const host = excel(userWorkbook);
      const before = userSheets(host);
      await writeWorkbook(small, { requestBudgetBytes: BUDGET });
      const planned = host.snapshot();
      host.failAtSync = host.syncs + k;
      await expect(writeWorkbook(large, { requestBudgetBytes: BUDGET }), `fault at sync ${k}`).rejects.toThrow();
      expect(userSheets(host), `user sheets after a fault at sync ${k}`).toEqual(before);
      // Truthful: the previous plan untouched, or a Summary that says the new one is incomplete.
      const status = statusText(host, large, "Summary (Headstart)");
      if (status !== large.status.incomplete) expect(host.snapshot(), `fault at sync ${k}`).toEqual(planned);

      await writeWorkbook(large, { requestBudgetBytes: BUDGET });
      expect(host.snapshot(), `re-plan after a fault at sync ${k}`).toEqual(expected);
      restore?.();
    }
  });

  it("refuses before writing anything when a user's table or both candidate sheet names are taken, in any case", async () => {
    const { small } = specs();
    for (const setup of [
      (h: WorkbookModel) => addUserSheet(h, "Team notes", "hiringplan"),
      // With the user's "Hiring Plan" there too.
      (h: WorkbookModel) => addUserSheet(h, "Hiring Plan (Headstart)", "B"),
    ]) {
      const host = excel((h) => {
        userWorkbook(h);
        setup(h);
      });
      const before = host.snapshot();
      for (let run = 0; run < 2; run++) {
        await expect(writeWorkbook(small)).rejects.toThrow(/Nothing (in the workbook )?was changed|never overwrites/);
        expect(host.snapshot()).toEqual(before);
      }
      restore?.();
    }
  });
});

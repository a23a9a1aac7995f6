/**
 * The largest roadmap the add-in writes (src/report/limits.ts): a plan at every limit goes through
 * the Office.js writer in requests under Excel on the web's 5 MB; with one initiative more the CLI
 * refuses the workbook alone, while the CSV and --json, which have no such limit, are written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { writeWorkbook } from "../../src/excel/write";
import { EXCEL_REQUEST_LIMIT_BYTES, REQUEST_BUDGET_BYTES } from "../../src/excel/payload";
import { WORKBOOK_LIMITS, workbookLimits } from "../../src/report/limits";
import { planWorkbook } from "../../src/report/workbook";
import { freshExcel, injectedFormulas, statusText } from "../fake-excel/inspect";
import { limitInput, planOrThrow, TODAY } from "./support";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe("a plan at the workbook limits", () => {
  it(`(${WORKBOOK_LIMITS.initiatives} initiatives, ~${WORKBOOK_LIMITS.hires} hires, ${WORKBOOK_LIMITS.diagnostics} diagnostics) is accepted and written in requests under 5 MB`, async () => {
    const plan = planOrThrow(limitInput());
    expect(plan.initiatives).toHaveLength(WORKBOOK_LIMITS.initiatives);
    expect(plan.diagnostics).toHaveLength(WORKBOOK_LIMITS.diagnostics);
    expect(plan.hires.length).toBeLessThanOrEqual(WORKBOOK_LIMITS.hires);
    expect(plan.hires.length).toBeGreaterThan(0.95 * WORKBOOK_LIMITS.hires);
    expect(workbookLimits(plan)).toBeNull();

    const spec = planWorkbook(plan, { generatedAt: "2026-10-01T00:00:00Z" });
    const fake = freshExcel();
    restore = fake.restore;
    const report = await writeWorkbook(spec);
    const requests = fake.host.syncLog.map((s) => s.bytes);
    expect(Math.max(...requests)).toBeLessThan(EXCEL_REQUEST_LIMIT_BYTES);
    const payload = requests.slice(1).reduce((a, b) => a + b, 0);
    expect(report.syncs).toBeLessThanOrEqual(3 + Math.ceil(payload / REQUEST_BUDGET_BYTES));
    expect(statusText(fake.host, spec)).toBe(spec.status.complete);
    expect(injectedFormulas(fake.host, spec)).toEqual([]);
  }, 60_000);

  it("one initiative more is over the limit, with a message naming the numbers", () => {
    expect(workbookLimits(planOrThrow(limitInput(WORKBOOK_LIMITS.initiatives + 1)))).toMatch(
      /^this plan is too large to write as a workbook: 5,001 initiatives \(the limit is 5,000\)/,
    );
  });
});

describe("the CLI beyond the limits", () => {
  const roadmapCsv = (dir: string): string => {
    const grid = limitInput(WORKBOOK_LIMITS.initiatives + 1).roadmap;
    const file = join(dir, "roadmap.csv");
    writeFileSync(file, Papa.unparse((grid?.rows ?? []) as unknown[][]));
    return file;
  };
  const run = async (args: string[]) => {
    let stdout = "";
    let stderr = "";
    const code = await main([...args, "--plan-start", "2027-01", "--as-of", "2026-10-01"], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      today: TODAY,
    });
    return { code, stdout, stderr };
  };

  it("refuses the workbook with a one-line reason and exit 1, and writes the other outputs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "headstart-limits-"));
    const input = roadmapCsv(dir);
    const outputs = ["plan.xlsx", "recruiters.csv", "plan.json"].map((f) => join(dir, f));
    const r = await run([input, "--xlsx", outputs[0] as string, "--csv", outputs[1] as string, "--json", outputs[2] as string]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^headstart: the plan workbook was not written: this plan is too large to write as a workbook: 5,001 initiatives \(the limit is 5,000\)[^;\n]*; [^\n]*; the plan JSON and recruiter CSV were written\n$/,
    );
    expect(existsSync(outputs[0] as string)).toBe(false);
    for (const f of outputs.slice(1)) expect(existsSync(f), f).toBe(true);
  });

  it("still writes the plan as JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "headstart-limits-"));
    const out = join(dir, "plan.json");
    const r = await run([roadmapCsv(dir), "--json", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as { hires: unknown[] }).hires.length).toBeGreaterThan(4_000);
  });
});

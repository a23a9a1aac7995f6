import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { date } from "../../src/plan/calendar";
import { WORKBOOK_LIMITS } from "../../src/report/limits";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: date(2026, 10, 1) });
  return { code, stdout, stderr };
}

describe("limits per output", () => {
  it(
    "a 3,000-initiative roadmap over the workbook limit still writes its CSV, calendar and JSON, and says only the workbook was refused",
    { timeout: 120_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "headstart-limits-"));
      const rows = ["Key,Initiative,Workstream,Start,End,Size"];
      for (let i = 1; i <= 3000; i++) rows.push(`BIG-${i},Initiative ${i},Predictive ML model,2027-0${1 + (i % 6)},2027-12,M`);
      writeFileSync(join(dir, "roadmap.csv"), `${rows.join("\n")}\n`);
      const out = (f: string): string => join(dir, f);
      const r = await run([
        out("roadmap.csv"),
        "--xlsx",
        out("plan.xlsx"),
        "--csv",
        out("r.csv"),
        "--ics",
        out("p.ics"),
        "--json",
        out("p.json"),
        "--plan-start",
        "2027-01",
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^headstart: the plan workbook was not written: this plan is too large to write as a workbook: 9,000 hires \(the limit is 5,000\); .*; the plan JSON, recruiter CSV and recruiting calendar were written\n$/,
      );
      expect(existsSync(out("plan.xlsx"))).toBe(false);
      const plan = JSON.parse(readFileSync(out("p.json"), "utf8")) as { hires: { id: string }[] };
      expect(plan.hires.length).toBeGreaterThan(WORKBOOK_LIMITS.hires);
      const csvLines = readFileSync(out("r.csv"), "utf8").trim().split(/\r?\n/);
      expect(csvLines.length).toBe(plan.hires.length + 1);
      expect(readFileSync(out("p.ics"), "utf8").split("BEGIN:VEVENT").length - 1).toBeGreaterThanOrEqual(plan.hires.length);
      expect(r.stdout).toContain(`Wrote recruiter CSV: ${out("r.csv")}`);
    },
  );
  it("with the workbook alone requested, says what still writes the plan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "headstart-limits-"));
    const rows = ["Initiative,Workstream,Start,End,Size"];
    for (let i = 1; i <= 3000; i++) rows.push(`Initiative ${i},Predictive ML model,2027-01,2027-12,M`);
    writeFileSync(join(dir, "roadmap.csv"), `${rows.join("\n")}\n`);
    const r = await run([join(dir, "roadmap.csv"), "--xlsx", join(dir, "plan.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^headstart: the plan workbook was not written: .*; --json, --csv and --ics still write the whole plan\n$/);
    expect(existsSync(join(dir, "plan.xlsx"))).toBe(false);
  });
});

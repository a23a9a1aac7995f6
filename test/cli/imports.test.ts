import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { parseArgs } from "../../src/cli/args";
import { date } from "../../src/plan/calendar";

const FIXTURES = resolve(__dirname, "../fixtures/imports");
const tmp = (): string => mkdtempSync(join(tmpdir(), "headstart-imports-"));

async function run(args: string[], locale?: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: date(2026, 10, 1),
    ...(locale !== undefined && { locale }),
  });
  return { code, stdout, stderr };
}

describe("roadmaps exported from other tools, on the command line", () => {
  it("plans a Jira export as it is and says what it mapped before the summary", async () => {
    const out = join(tmp(), "p.json");
    const r = await run([join(FIXTURES, "jira.csv"), "--json", out, "--plan-start", "2027-01"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Jira export: Summary → Initiative, .*Due date → End, .*Issue key → Key, .*priority Highest → P0, High → P1, Medium → P2, Low → P3\nHeadstart plan for /,
    );
    const plan = JSON.parse(readFileSync(out, "utf8")) as { hires: { id: string }[] };
    expect(plan.hires.some((h) => h.id.includes("-AI-101-"))).toBe(true);
  });
  it("reads GitHub Projects' .tsv", async () => {
    const r = await run([join(FIXTURES, "github.tsv"), "--json", join(tmp(), "p.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^GitHub Projects export: Title → Initiative/);
  });
  it("asks for the date order of numeric dates, takes it from --date-order or the locale", async () => {
    const file = join(FIXTURES, "azure-devops.csv");
    const asked = await run([file, "--json", join(tmp(), "p.json")]);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toMatch(
      /^headstart: Roadmap!J2: "1\/4\/2027 9:00:00 AM" is a date written with numbers only .*--date-order MDY or --date-order DMY\n$/,
    );
    const flagged = await run([file, "--json", join(tmp(), "p.json"), "--date-order", "mdy"]);
    expect(flagged.code).toBe(0);
    expect(flagged.stdout).toContain("1/4/2027 9:00:00 AM → 2027-01-04 (date order MDY from --date-order)");
    const localed = await run([file, "--json", join(tmp(), "p.json")], "en_US.UTF-8");
    expect(localed.code).toBe(0);
    expect(localed.stdout).toContain("(date order MDY from the locale en_US.UTF-8)");
  });
  it("--from names the tool; unknown tools and orders are usage errors", () => {
    const ok = parseArgs(["x.csv", "--from", "Jira", "--date-order", "DMY", "--fiscal-start", "Jul"]);
    expect(ok.ok && [ok.value.from, ok.value.dateOrder, ok.value.fiscalStart]).toEqual(["jira", "DMY", 7]);
    expect(parseArgs(["--from", "trello"])).toEqual({
      ok: false,
      error: expect.stringMatching(/^--from "trello" is not a tool Headstart reads: use one of jira, azure-devops/),
    });
    expect(parseArgs(["--date-order", "YMD"]).ok).toBe(false);
    expect(parseArgs(["--fiscal-start", "13"]).ok).toBe(false);
  });
});

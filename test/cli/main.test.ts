import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main, oneLine } from "../../src/cli/main";
import { date } from "../../src/plan/calendar";
import { comparePlans } from "../plan/support/compare";
import { exampleDir, examplesDir } from "../plan/support/fixtures";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "src", "cli", "main.ts");
/** What `npm run plan` and the `headstart` bin run: the bundle, rebuilt first when src/ is newer. */
const BIN = join(ROOT, "bin", "headstart.js");

function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function inProcess(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: date(2026, 10, 1) });
  return { code, stdout, stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "headstart-cli-"));
const expectNoStack = (text: string): void => expect(text).not.toMatch(/^\s+at .+:\d+/m);

describe("the CLI on the shared examples", () => {
  it.each(["sample-ai-roadmap", "messy-input", "capacity-plan"])("%s --json matches expected.json", { timeout: 120_000 }, (name) => {
    const out = join(tmp(), "plan.json");
    const r = cli([exampleDir(name), "--json", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync(join(exampleDir(name), "expected.json"), "utf8")) as Record<string, unknown>;
    expect(comparePlans(expected, JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>)).toEqual([]);
  });
});

describe("main", () => {
  it("plans the bundled sample without INPUT and writes JSON to stdout with --json -", async () => {
    const r = await inProcess(["--json", "-"]);
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync(join(examplesDir(), "sample-ai-roadmap", "expected.json"), "utf8")) as Record<string, unknown>;
    expect(comparePlans(expected, JSON.parse(r.stdout) as Record<string, unknown>)).toEqual([]);
  });
  it("prints the summary and lets flags override Settings", async () => {
    const r = await inProcess([
      join(examplesDir(), "messy-input"),
      "--json",
      join(tmp(), "p.json"),
      "--as-of",
      "2026-06-01",
      "--horizon",
      "6",
      "--plan-start",
      "2027-02",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Plan 2027-02 to 2027-07 (6 months), as of 2026-06-01");
    expect(r.stdout).toContain("error   Roadmap!D7  End (2027-03) is before Start (2027-08)");
    expect(r.stdout).toMatch(/Wrote plan JSON: .*p\.json/);
  });
  it(
    "reads an .xlsx input: the messy example written as a template plans the same, with the same cells",
    { timeout: 120_000 },
    async () => {
      const book = join(tmp(), "messy.xlsx");
      expect((await inProcess([join(examplesDir(), "messy-input"), "--template", book])).code).toBe(0);
      const r = await inProcess([book, "--json", "-"]);
      expect(r.code).toBe(0);
      const expected = JSON.parse(readFileSync(join(examplesDir(), "messy-input", "expected.json"), "utf8")) as Record<string, unknown>;
      expect(comparePlans(expected, JSON.parse(r.stdout) as Record<string, unknown>)).toEqual([]);
    },
  );
  it("exits 2 with the usage on a usage error", async () => {
    const text = join(tmp(), "plan.txt");
    writeFileSync(text, "Initiative\n");
    for (const args of [["--nope"], ["--horizon", "40"], [join(examplesDir(), "defaults", "roles.csv"), "x.csv"], [text]]) {
      const r = await inProcess(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^headstart: .+\nusage: /);
      expect(r.stdout).toBe("");
    }
  });
  it("exits 1 with one line on a fatal input error, and writes nothing", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "roadmap.csv"), "Initiative,Workstream,Start,End\nA,GenAI feature (RAG / agents),2027-01,2027-02\n");
    const target = join(dir, "plan.xlsx");
    const r = await inProcess([dir, "--xlsx", target, "--json", join(dir, "p.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^headstart: Roadmap!A1: the Roadmap table has no "Size" column \(its header row has: Initiative, Workstream, Start, End\)\. It can be mapped from a column named: "Size" from T-shirt size \/ T-shirt .*--from \(jira, .*\)\n$/,
    );
    expect(existsSync(target) || existsSync(join(dir, "p.json"))).toBe(false);
    expect((await inProcess([join(dir, "missing")])).stderr).toMatch(/^headstart: cannot read .*missing: no such file or folder\n$/);
  });
  it("keeps reasons on one line", () => {
    expect(oneLine("a\r\n  b\nc ")).toBe("a b c");
  });
});

describe("the CLI as a process", () => {
  it("writes the workbook, recruiter CSV and calendar to out/ when no output flag is given, and says where", { timeout: 120_000 }, () => {
    const dir = tmp();
    const r = cli([], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of ["plan.xlsx", "recruiters.csv", "plan.ics"]) {
      expect(existsSync(join(dir, "out", f))).toBe(true);
      expect(r.stdout).toContain(join(dir, "out", f));
    }
  });
  it("loads ExcelJS and papaparse only for the inputs and outputs that need them", { timeout: 120_000 }, () => {
    const dir = tmp();
    const probe = join(dir, "probe.cjs");
    writeFileSync(
      probe,
      `process.on("exit", () => require("node:fs").writeFileSync(process.env.PROBE_OUT, Object.keys(require.cache).join("\\n")));`,
    );
    const loaded = (args: string[]): { exceljs: boolean; papaparse: boolean } => {
      const out = join(dir, "modules.txt");
      const r = cli(args, { cwd: dir, env: { PROBE_OUT: out }, nodeArgs: ["--require", probe] });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const modules = readFileSync(out, "utf8");
      return { exceljs: modules.includes("/node_modules/exceljs/"), papaparse: modules.includes("/node_modules/papaparse/") };
    };
    expect(loaded(["--json", join(dir, "sample.json")])).toEqual({ exceljs: false, papaparse: false });
    expect(loaded([join(examplesDir(), "messy-input"), "--json", join(dir, "messy.json")])).toEqual({ exceljs: false, papaparse: true });
    expect(loaded(["--ics", join(dir, "plan.ics")])).toEqual({ exceljs: false, papaparse: false });
    expect(loaded(["--csv", join(dir, "recruiters.csv")])).toEqual({ exceljs: false, papaparse: true });
    expect(loaded(["--xlsx", join(dir, "plan.xlsx")])).toEqual({ exceljs: true, papaparse: false });
  });
  it("gives the same plan in every time zone", { timeout: 120_000 }, () => {
    const outputs = ["America/Los_Angeles", "UTC", "Asia/Tokyo"].map((TZ) => cli(["--json", "-"], { env: { TZ } }));
    for (const o of outputs) expect(o.code).toBe(0);
    expect(new Set(outputs.map((o) => o.stdout)).size).toBe(1);
  });
  it("gives the same plan in every time zone when As of and the plan start sit on a DST change", { timeout: 120_000 }, () => {
    // US clocks go forward on 2027-03-14, EU ones on 2027-03-28, US ones back on 2026-11-01: a
    // day there is 23 or 25 hours, which day arithmetic on local Dates gets wrong. One process per
    // zone runs the CLI for every case (a process per case would cost seconds each).
    const cases = [
      ["--as-of", "2027-03-14", "--plan-start", "2027-03", "--horizon", "6"],
      ["--as-of", "2027-03-28", "--plan-start", "2027-04"],
      ["--as-of", "2026-11-01", "--plan-start", "2026-11", "--horizon", "9"],
    ];
    const script = `const { main } = require(${JSON.stringify(CLI)});
      (async () => { const out = [];
        for (const args of ${JSON.stringify(cases)}) { let text = ""; const code = await main([...args, "--json", "-"], { stdout: (t) => (text += t), stderr: (t) => process.stderr.write(t) }); out.push({ code, text }); }
        process.stdout.write(JSON.stringify(out)); })();`;
    const runs = ["America/Los_Angeles", "UTC", "Asia/Tokyo", "Europe/Berlin"].map((TZ) => {
      const r = spawnSync(TSX, ["-e", script], {
        cwd: ROOT,
        env: { ...process.env, TZ },
        encoding: "utf8",
        maxBuffer: 1 << 28,
        timeout: 120_000,
      });
      expect(r.stderr, TZ).toBe("");
      return JSON.parse(r.stdout) as { code: number; text: string }[];
    });
    for (const run of runs) for (const c of run) expect(c.code).toBe(0);
    for (const [i, args] of cases.entries()) {
      expect(new Set(runs.map((run) => run[i]?.text)).size, args.join(" ")).toBe(1);
      const plan = JSON.parse(runs[0]?.[i]?.text ?? "{}") as { settings: { asOf: string }; hires: unknown[] };
      expect(plan.settings.asOf).toBe(args[1]);
      expect(plan.hires.length).toBeGreaterThan(0);
    }
  });
  it("plans a 100,000-row semicolon CSV with BOM, CRLF and quoted line breaks", () => {
    const dir = tmp();
    const ws = [
      "GenAI feature (RAG / agents)",
      "Predictive ML model",
      "ML platform (features / pipelines / CI)",
      "Analytics & experimentation",
    ];
    const lines = ["Initiative;Workstream;Start;End;Size;Confidence;Priority;Owner;Notes"];
    for (let i = 0; i < 100_000; i++) {
      const start = (i % 12) + 1;
      const end = Math.min(12, start + (i % 5));
      lines.push(
        `"Initiative ${i}";${ws[i % 4]};2027-${String(start).padStart(2, "0")};2027-${String(end).padStart(2, "0")};${i % 997 === 0 ? "huge" : "S"};80%;P${i % 4};"Owner; ${i}";"line one\r\nline two"`,
      );
    }
    writeFileSync(join(dir, "roadmap.csv"), `\uFEFF${lines.join("\r\n")}\r\n`);
    const out = join(dir, "plan.json");
    const r = cli([join(dir, "roadmap.csv"), "--json", out, "--as-of", "2026-10-01", "--plan-start", "2027-01"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, "utf8")) as { hires: unknown[]; diagnostics: { cell: string }[] };
    expect(plan.hires.length).toBeGreaterThan(1000);
    expect(plan.diagnostics[0]?.cell).toBe("E2");
    expect(plan.diagnostics).toHaveLength(Math.ceil(100_000 / 997));
  }, 120_000);
  it("answers binary junk with one line and exit 1, never a stack trace", () => {
    const dir = tmp();
    const junk = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
    writeFileSync(join(dir, "roadmap.csv"), junk);
    writeFileSync(join(dir, "junk.xlsx"), junk);
    for (const input of [join(dir, "roadmap.csv"), dir, join(dir, "junk.xlsx")]) {
      const r = cli([input, "--json", "-"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^headstart: /);
      expectNoStack(r.stderr);
    }
  }, 120_000);
});

/**
 * The command line as a user runs it: `npm run --silent plan` as a child process, against the floor
 * under it (starting Node, and npm running a script that does nothing), then the CLI's own work
 * in-process. Process runs are interleaved, round by round, so machine load hits each alike.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { main } from "../src/cli/main";
import { date } from "../src/plan/calendar";
import { generatedInput } from "./engine";
import { median, round2, type BenchSection } from "./run";

const ROOT = resolve(__dirname, "..");
const RUNS = 11;
const BIG = 1500;

const sampleOutputs = (dir: string): string[] => [
  "--xlsx",
  join(dir, "plan.xlsx"),
  "--csv",
  join(dir, "recruiters.csv"),
  "--ics",
  join(dir, "plan.ics"),
];

function timed(command: string, args: readonly string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 120_000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${String(r.status)}: ${r.stderr}`);
  return ms;
}

/** A project whose only script does nothing, with this project's package.json and npm settings otherwise. */
function noopProject(dir: string): string {
  const project = join(dir, "noop");
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  pkg.scripts = { noop: ":" };
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify(pkg, null, 2));
  copyFileSync(join(ROOT, ".npmrc"), join(project, ".npmrc"));
  return project;
}

/** The engine bench's 1,500-initiative roadmap as a folder with roadmap.csv, as a user would pass it. */
function bigRoadmap(dir: string): string {
  const folder = join(dir, "big");
  mkdirSync(folder);
  writeFileSync(join(folder, "roadmap.csv"), Papa.unparse((generatedInput(BIG).roadmap?.rows ?? []) as unknown[][]));
  return folder;
}

async function inProcessRun(dir: string): Promise<number> {
  const io = { stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t), today: date(2026, 10, 1) };
  const t0 = performance.now();
  const code = await main(sampleOutputs(dir), io);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`the CLI exited ${code}`);
  return ms;
}

export const section: BenchSection = {
  name: "cli",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "headstart-bench-cli-"));
    try {
      const noop = noopProject(dir);
      const big = bigRoadmap(dir);
      const cases = {
        nodeStartMs: () => timed(process.execPath, ["-e", "0"], ROOT),
        npmRunNoopMs: () => timed("npm", ["run", "--silent", "noop"], noop),
        cliBigJsonMs: () => timed("npm", ["run", "--silent", "plan", "--", big, "--json", join(dir, "big.json")], ROOT),
        cliSampleAllMs: () => timed("npm", ["run", "--silent", "plan", "--", ...sampleOutputs(dir)], ROOT),
      };
      // Unmeasured: builds the CLI bundle if src/ changed since, and warms the file cache.
      for (const run of Object.values(cases)) run();
      const times = Object.fromEntries(Object.keys(cases).map((k) => [k, [] as number[]])) as Record<keyof typeof cases, number[]>;
      for (let i = 0; i < RUNS; i++) for (const [key, run] of Object.entries(cases)) times[key as keyof typeof cases].push(run());
      const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof cases, number>;

      await inProcessRun(dir);
      const inside: number[] = [];
      for (let i = 0; i < 5; i++) inside.push(await inProcessRun(dir));
      const cliSampleInProcessMs = median(inside);

      const overFloor = ms.cliBigJsonMs - ms.npmRunNoopMs;
      return {
        rows: [
          { name: "node -e 0", ms: ms.nodeStartMs, note: `median of ${RUNS}, the floor of any Node program` },
          { name: "npm run (a script doing nothing)", ms: ms.npmRunNoopMs, note: "npm's own start-up" },
          {
            name: `npm run plan, ${BIG} initiatives -> JSON`,
            ms: ms.cliBigJsonMs,
            note: `${(overFloor / ms.nodeStartMs).toFixed(2)}x node start over npm's (target <= 3)`,
          },
          { name: "npm run plan, sample -> xlsx+csv+ics", ms: ms.cliSampleAllMs },
          { name: "sample -> xlsx+csv+ics, main()", ms: cliSampleInProcessMs, note: "the CLI's own work, modules loaded" },
        ],
        keys: {
          nodeStartMs: round2(ms.nodeStartMs),
          npmRunNoopMs: round2(ms.npmRunNoopMs),
          cliBigJsonMs: round2(ms.cliBigJsonMs),
          cliBigJsonOverNodeStart: round2(overFloor / ms.nodeStartMs),
          cliSampleAllMs: round2(ms.cliSampleAllMs),
          cliSampleInProcessMs: round2(cliSampleInProcessMs),
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

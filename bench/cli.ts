/**
 * The command line end to end on the bundled sample: plan, then the workbook, the recruiter CSV
 * and the calendar written to disk. `cliSampleMs` is a whole `npm run plan`-like process (what a
 * user waits for, Node and tsx start-up included); the in-process figure is the CLI's own work.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main";
import { date } from "../src/plan/calendar";
import { median, round2, type BenchSection } from "./run";

const ROOT = resolve(__dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "src", "cli", "main.ts");
const RUNS = 5;

const outputFlags = (dir: string): string[] => ["--xlsx", join(dir, "plan.xlsx"), "--csv", join(dir, "recruiters.csv"), "--ics", join(dir, "plan.ics")];

function processRun(dir: string): number {
  const t0 = performance.now();
  const r = spawnSync(TSX, [CLI, ...outputFlags(dir)], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`the CLI exited ${String(r.status)}: ${r.stderr}`);
  return ms;
}

async function inProcessRun(dir: string): Promise<number> {
  const io = { stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t), today: date(2026, 10, 1) };
  const t0 = performance.now();
  const code = await main(outputFlags(dir), io);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`the CLI exited ${code}`);
  return ms;
}

export const section: BenchSection = {
  name: "cli",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "headstart-bench-cli-"));
    try {
      // One unmeasured run of each fills tsx's transform cache and loads the writers.
      processRun(dir);
      await inProcessRun(dir);
      const spawned: number[] = [];
      const inside: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        spawned.push(processRun(dir));
        inside.push(await inProcessRun(dir));
      }
      const cliSampleMs = median(spawned);
      const cliSampleInProcessMs = median(inside);
      return {
        rows: [
          { name: `sample -> xlsx+csv+ics, process`, ms: cliSampleMs, note: `median of ${RUNS}, Node + tsx start-up included` },
          { name: `sample -> xlsx+csv+ics, main()`, ms: cliSampleInProcessMs, note: "the CLI's own work, modules loaded" },
        ],
        keys: { cliSampleMs: round2(cliSampleMs), cliSampleInProcessMs: round2(cliSampleInProcessMs) },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

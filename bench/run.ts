/**
 * `npm run bench [-- --only NAME[,NAME]]`: runs every section found in bench/*.ts (a file that
 * exports `section`), prints a table and writes this run's figures to bench/results.json.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export interface BenchRow {
  readonly name: string;
  readonly ms: number;
  readonly note?: string;
}

export interface BenchResult {
  readonly rows: readonly BenchRow[];
  /** Figures merged into bench/results.json under these keys. */
  readonly keys: Readonly<Record<string, number>>;
}

export interface BenchSection {
  readonly name: string;
  run(): Promise<BenchResult> | BenchResult;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The collector, where `npm run bench` exposes it (`--expose-gc`). */
const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Median wall time of `runs` calls after `warmup` unmeasured ones, in ms. Each call starts from a
 * collected heap, so it pays for its own garbage, not for what the calls before it left.
 */
export function medianMs(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect?.();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

async function loadSections(): Promise<BenchSection[]> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.endsWith(".d.ts"))
    .sort();
  const sections: BenchSection[] = [];
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { section?: BenchSection };
    if (mod.section) sections.push(mod.section);
  }
  return sections;
}

function parseOnly(argv: readonly string[]): Set<string> | null {
  const i = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (i < 0) return null;
  const arg = argv[i] as string;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
  if (!value) throw new Error("--only needs a section name");
  return new Set(value.split(",").map((s) => s.trim()));
}

async function runBench(argv: readonly string[]): Promise<number> {
  const only = parseOnly(argv);
  const all = await loadSections();
  const chosen = only ? all.filter((s) => only.has(s.name)) : all;
  if (only && chosen.length !== only.size) {
    const known = all.map((s) => s.name).join(", ");
    process.stderr.write(`bench: unknown section in --only (known: ${known})\n`);
    return 2;
  }
  // Only this run's figures: a key of a section not run (or failed) is absent, never stale.
  const keys: Record<string, number> = {};
  const lines: string[] = [];
  const failed: string[] = [];
  for (const s of chosen) {
    try {
      const result = await s.run();
      for (const row of result.rows) {
        lines.push(`${s.name.padEnd(10)} ${row.name.padEnd(34)} ${row.ms.toFixed(2).padStart(10)} ms  ${row.note ?? ""}`.trimEnd());
      }
      Object.assign(keys, result.keys);
    } catch (e) {
      // One broken section (say, no Chromium) must not hide the others' figures.
      failed.push(s.name);
      lines.push(`${s.name.padEnd(10)} FAILED: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
  }
  const cpu = cpus();
  const results = {
    ...keys,
    machine: {
      cpu: cpu[0]?.model.trim() ?? "unknown",
      cores: cpu.length,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    updated: new Date().toISOString(),
  };
  const keyLines = Object.entries(keys).map(([k, v]) => `  ${k.padEnd(26)} ${String(v).padStart(12)}`);
  process.stdout.write(
    `${"section".padEnd(10)} ${"case".padEnd(34)} ${"median".padStart(13)}\n${lines.join("\n")}\n\nkeys (bench/results.json)\n${keyLines.join("\n")}\n`,
  );
  process.stdout.write(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}\n`);
  const resultsPath = join(__dirname, "results.json");
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`results: ${resultsPath}\n`);
  if (failed.length > 0) {
    process.stderr.write(`bench: section(s) failed: ${failed.join(", ")}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  runBench(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

import type { BenchSection } from "./run";
import { medianMs, round2 } from "./run";
import type { Cell, Grid, InputGrids } from "../src/plan/types";
import { makePlan } from "../src/plan/index";
import { date } from "../src/plan/calendar";
import { defaultWorkstreams, sampleInput } from "../src/plan/defaults";

const TODAY = date(2026, 10, 1);
const SIZES = ["S", "M", "L", "XL", "1.5"];

/** A deterministic pseudo-random sequence (mulberry32), so every run plans the same roadmap. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A roadmap of `n` initiatives over 2027 (a few reaching outside it), written as a CSV would give it. */
export function generatedInput(n: number, seed = 1): InputGrids {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const workstreams = defaultWorkstreams.rows.slice(1).map((r) => String(r[0]));
  const rows: Cell[][] = [["Initiative", "Workstream", "Start", "End", "Size", "Confidence", "Priority", "Owner", "Notes"]];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(rnd() * 13) - 1; // 2026-12 .. 2027-12
    const end = Math.min(11, start + Math.floor(rnd() * 9));
    const month = (k: number): string => (k < 0 ? "2026-12" : `2027-${String(k + 1).padStart(2, "0")}`);
    rows.push([
      `Initiative ${i + 1}`,
      pick(workstreams),
      month(start),
      month(Math.max(start, end)),
      pick(SIZES),
      `${50 + Math.floor(rnd() * 51)}%`,
      pick(["P0", "P1", "P2", "P3"]),
      "Owner",
      "",
    ]);
  }
  const roadmap: Grid = { sheet: "Roadmap", originRow: 1, originCol: 1, rows };
  return { ...sampleInput, roadmap };
}

/**
 * A Tracking table with a row for every hire of `input`'s plan, the four stages in turn, each with
 * dates that happened before As of (a start date after it once the offer is accepted).
 */
export function trackedInput(input: InputGrids): InputGrids {
  const outcome = makePlan(input, { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  const rows: Cell[][] = [
    ["Hire ID", "Stage", "Pipeline started", "Req opened", "Offer accepted", "Start date", "ATS req", "Candidate", "Notes"],
  ];
  outcome.value.hires.forEach((h, i) => {
    const dates = [
      ["sourcing", "2026-09-20", "", "", ""],
      ["req open", "2026-08-01", "2026-09-10", "", ""],
      ["offer accepted", "", "2026-08-01", "2026-09-25", "2026-11-02"],
      ["started", "2026-06-01", "2026-07-01", "2026-08-15", "2026-09-14"],
    ][i % 4] as Cell[];
    rows.push([h.id, ...dates, `REQ-${i + 1}`, "", ""]);
  });
  return { ...input, tracking: { sheet: "Tracking", originRow: 1, originCol: 1, rows } };
}

/**
 * The same roadmap with recruiting capacity (spec §7): Recruiters a tenth of its hires, and two
 * roles' interviewers limited to half the monthly hours their peak would need, so pipelines shift.
 */
export function withCapacity(input: InputGrids): InputGrids {
  const plain = makePlan(input, { today: TODAY });
  if (!plain.ok) throw new Error(plain.error.reason);
  const recruiters = Math.ceil(plain.value.hires.length / 10);
  const limited = ["ML Engineer", "MLOps / ML Platform Engineer"];
  const settingsGrid = (rows: Cell[][]): Grid => ({ sheet: "Settings", originRow: 1, originCol: 1, rows });
  const baseSettings = (input.settings?.rows ?? [["Setting", "Value"]]) as Cell[][];
  const teamGrid = (hours: (role: string) => Cell): Grid => ({
    sheet: "Team",
    originRow: 1,
    originCol: 1,
    rows: [
      ["Role", "Current headcount", "Annual attrition", "Interview hours per month"],
      ...plain.value.roles.map((r) => [r.name, 1, 0, limited.includes(r.name) ? hours(r.name) : null]),
    ],
  });
  const settings = settingsGrid([...baseSettings, ["Recruiters", recruiters]]);
  const unlimited = makePlan({ ...input, settings, team: teamGrid(() => 1e12) }, { today: TODAY });
  if (!unlimited.ok || !unlimited.value.capacity) throw new Error("the capacity bench input did not plan with capacity");
  const peak = new Map(unlimited.value.capacity.interviewHoursToKeepOnTime.map((r) => [r.role, r.hours]));
  return { ...input, settings, team: teamGrid((role) => Math.round((peak.get(role) ?? 0) / 2)) };
}

function timePlan(input: InputGrids, runs: number): number {
  return medianMs(() => {
    const outcome = makePlan(input, { today: TODAY });
    if (!outcome.ok) throw new Error(outcome.error.reason);
  }, runs);
}

export const section: BenchSection = {
  name: "engine",
  run() {
    const sample = timePlan(sampleInput, 21);
    const cases = [150, 1500, 15000].map((n) => {
      const input = generatedInput(n);
      const outcome = makePlan(input, { today: TODAY });
      const hires = outcome.ok ? outcome.value.hires.length : 0;
      return { n, ms: timePlan(input, n >= 15000 ? 9 : 21), hires };
    });
    const [c150, c1500, c15000] = cases as [(typeof cases)[number], (typeof cases)[number], (typeof cases)[number]];
    const tracked = trackedInput(generatedInput(1500));
    const trackedMs = timePlan(tracked, 21);
    const capacityInput = withCapacity(generatedInput(1500));
    const capacityPlan = makePlan(capacityInput, { today: TODAY });
    const capacity = capacityPlan.ok ? capacityPlan.value.capacity : null;
    const capacityMs = timePlan(capacityInput, 21);
    return {
      rows: [
        { name: "sample roadmap (10 initiatives)", ms: sample },
        ...cases.map((c) => ({ name: `${c.n} initiatives x 12 months`, ms: c.ms, note: `${c.hires} hires` })),
        { name: "scaling 15000 / 1500", ms: c15000.ms / c1500.ms, note: "ratio, target <= 12" },
        {
          name: "1500 initiatives, a Tracking row for every hire",
          ms: trackedMs,
          note: `${(tracked.tracking?.rows.length ?? 1) - 1} tracked, target <= 50 ms`,
        },
        {
          name: "1500 initiatives with recruiting capacity",
          ms: capacityMs,
          note: `${capacity?.recruiters ?? 0} recruiters, 2 interviewer limits: ${capacity?.shifted.length ?? 0} hires shifted, ${capacity?.blocked.length ?? 0} blocked; target <= 50`,
        },
      ],
      keys: {
        engineSampleMs: round2(sample),
        engine150Ms: round2(c150.ms),
        engine1500Ms: round2(c1500.ms),
        engine15000Ms: round2(c15000.ms),
        engineScaling: round2(c15000.ms / c1500.ms),
        engine1500TrackedMs: round2(trackedMs),
        engine1500CapacityMs: round2(capacityMs),
      },
    };
  },
};

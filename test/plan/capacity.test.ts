import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Cell, InputGrids, Plan } from "../../src/plan/types";
import { addDays, formatDate, monthOfDate, type Month } from "../../src/plan/calendar";
import { makePlan, planToJson } from "../../src/plan/index";
import { defaultWorkstreams } from "../../src/plan/defaults";
import { interviewHoursOf, spreadHours } from "../../src/plan/recruiting";
import { BASE_SETTINGS, grid, inputOf, planOf, reasonOf, settings, TODAY } from "./support/fixtures";

const WS = defaultWorkstreams.rows.slice(1).map((r) => String(r[0]));
const W0 = WS[0] as string;
const ROW = ["A", W0, "2027-01", "2027-06", "L"];
const TEAM_HEADER = ["Role", "Current headcount", "Annual attrition", "Interview hours per month"];

const team = (...rows: Cell[][]) => ({ team: grid("Team", [TEAM_HEADER, ...rows]) });

describe("the Recruiters setting (spec §7.1)", () => {
  it.each(["2", "2.0", "+2", 2])("reads %j as 2 recruiters", (value) => {
    const p = planOf(inputOf([ROW], {}, { ...BASE_SETTINGS, Recruiters: value }));
    expect(p.settings.recruiters).toBe(2);
    expect(p.capacity?.pipelineCapacity).toBe(2 * p.settings.reqsPerRecruiter);
  });
  it("reads 1,000 with a thousands comma", () => {
    expect(planOf(inputOf([ROW], {}, { ...BASE_SETTINGS, Recruiters: "1,000" })).settings.recruiters).toBe(1000);
  });
  it.each(["2.5", "-1", "two", "50%"])("%j is fatal at its value cell", (value) => {
    const r = reasonOf(inputOf([ROW], {}, { ...BASE_SETTINGS, Recruiters: value }));
    expect(r.reason).toMatch(new RegExp(`^Settings!B5: Recruiters "${value.replace(/[.+%]/g, "\\$&")}"`));
    expect(r.cells).toEqual(["error Settings!B5"]);
  });
  it("an empty value is not given: no capacity", () => {
    const p = planOf(inputOf([ROW], {}, { ...BASE_SETTINGS, Recruiters: "" }));
    expect(p.settings.recruiters).toBeNull();
    expect(p.capacity).toBeNull();
  });
  it("the override (--recruiters) wins over the table", () => {
    const p = planOf(inputOf([ROW], {}, { ...BASE_SETTINGS, Recruiters: "two" }), { recruiters: 5 });
    expect(p.settings.recruiters).toBe(5);
  });
});

describe("placing pipelines inside capacity (spec §7.2)", () => {
  // Reqs per recruiter 1: each recruiter runs one pipeline at a time.
  const one = { ...BASE_SETTINGS, "Reqs per recruiter": "1" };

  it("no recruiters: every untracked hire is blocked, its pipeline after the plan, and still counted", () => {
    const p = planOf(inputOf([ROW], {}, { ...one, Recruiters: "0" }));
    expect(p.hires.length).toBeGreaterThan(0);
    expect(p.capacity?.blocked).toEqual(p.hires.map((h) => h.id));
    for (const h of p.hires) {
      expect(formatDate(h.forecastPipelineStart)).toBe("2028-01-01");
      expect(h.status).toBe("at risk");
      // Measured from the pipeline start it was first tried with: the §2.7 forecast, never before As of.
      expect(h.capacityDelayDays).toBe(h.forecastPipelineStart - Math.max(h.pipelineStart, TODAY));
    }
    expect(p.totals.hires).toBe(p.hires.length);
    expect(p.recruiting.activePipelines.every((n) => n === 0)).toBe(true);
  });

  it("one recruiter: pipelines never overlap in a month, and a shifted hire starts on the first of a month", () => {
    const p = planOf(inputOf([ROW, ["B", W0, "2027-02", "2027-08", "M"]], {}, { ...one, Recruiters: "1" }));
    const shifted = p.hires.filter((h) => h.capacityDelayDays > 0);
    expect(shifted.length).toBeGreaterThan(0);
    for (const h of shifted) {
      expect(formatDate(h.forecastPipelineStart).endsWith("-01")).toBe(true);
      expect(h.daysLate).toBe(h.forecastPipelineStart - h.pipelineStart);
      expect(h.slackDays).toBe(0);
    }
    const placed = p.hires.filter((h) => !p.capacity?.blocked.includes(h.id));
    expect(Math.max(...p.recruiting.activePipelines)).toBe(1);
    expect(p.capacity?.shifted.every((s) => s.recruiters && !s.interviewers)).toBe(true);
    expect(placed.length + (p.capacity?.blocked.length ?? 0)).toBe(p.hires.length);
  });

  it("places P0 before P1 whatever the plan order", () => {
    const rows = [
      ["Late P1", W0, "2027-03", "2027-06", "M", "", "P1"],
      ["Early P0", W0, "2027-04", "2027-06", "M", "", "P0"],
    ];
    const p = planOf(inputOf(rows, {}, { ...one, Recruiters: "1" }));
    const p0 = p.hires.filter((h) => h.initiative === "Early P0");
    expect(p0.length).toBeGreaterThan(0);
    // The first P0 hire is placed before every P1 hire, so nothing pushes it.
    expect(p0[0]?.capacityDelayDays).toBe(0);
    expect(p.hires.some((h) => h.initiative === "Late P1" && h.capacityDelayDays > 0)).toBe(true);
  });

  it("an interviewer limit shifts hires of that role only, and says so", () => {
    const p0 = planOf(inputOf([ROW]));
    const role = p0.hires[0]?.role as string;
    const p = planOf(inputOf([ROW], team([role, "1", "0", "1"])));
    expect(p.capacity?.recruiters).toBeNull();
    expect(p.capacity?.pipelineCapacity).toBeNull();
    expect(p.capacity?.interviewHoursLimit).toEqual([{ role, hours: 1 }]);
    expect(p.hires.filter((h) => h.role === role).every((h) => h.capacityDelayDays > 0)).toBe(true);
    expect(p.hires.filter((h) => h.role !== role).every((h) => h.capacityDelayDays === 0)).toBe(true);
    expect(p.capacity?.shifted.every((s) => s.interviewers && !s.recruiters)).toBe(true);
  });

  it("tracked hires keep their dates even past capacity, and count first", () => {
    const p0 = planOf(inputOf([ROW]));
    const first = p0.hires[0];
    if (!first) throw new Error("no hire");
    const tracking = grid("Tracking", [
      ["Hire ID", "Stage", "Pipeline started"],
      [first.id, "sourcing", "2026-09-01"],
    ]);
    const p = planOf(inputOf([ROW], { tracking }, { ...one, Recruiters: "0" }));
    const tracked = p.hires.find((h) => h.id === first.id);
    expect(tracked?.stage).toBe("sourcing");
    expect(tracked?.capacityDelayDays).toBe(0);
    expect(formatDate(tracked?.forecastPipelineStart ?? TODAY)).toBe("2026-09-01");
    expect(p.capacity?.blocked).not.toContain(first.id);
  });
});

describe("the JSON (spec §7.3)", () => {
  it("without capacity inputs has neither the capacity block nor capacityDelayDays", () => {
    const json = planToJson(planOf(inputOf([ROW], team(["ML Engineer", "2", "0", ""]))));
    expect("capacity" in json).toBe(false);
    expect(json.hires.some((h) => "capacityDelayDays" in h)).toBe(false);
  });
  it("a limit of 0 is a limit: capacity applies", () => {
    const p = planOf(inputOf([ROW], team(["ML Engineer", "2", "0", "0"])));
    expect(p.capacity?.interviewHoursLimit).toEqual([{ role: "ML Engineer", hours: 0 }]);
    expect(planToJson(p).hires.every((h) => typeof h.capacityDelayDays === "number")).toBe(true);
  });
  it("a bad limit on a row left out for another error gives no limit", () => {
    const p = planOf(inputOf([ROW], team(["ML Engineer", "x", "0", "10"])));
    expect(p.capacity).toBeNull();
  });
});

/** Random roadmaps, settings, interviewer limits and tracked hires. */
const scenario = fc.record({
  rows: fc.array(
    fc.record({
      ws: fc.constantFrom(...WS),
      start: fc.integer({ min: 1, max: 12 }),
      len: fc.integer({ min: 0, max: 6 }),
      size: fc.constantFrom("S", "M", "L", "XL", "2.5"),
      priority: fc.constantFrom("P0", "P1", "P2", "P3", ""),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  reqsPerRecruiter: fc.integer({ min: 1, max: 4 }),
  recruiters: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  limits: fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), { minLength: 6, maxLength: 6 }),
  tracked: fc.array(fc.nat({ max: 40 }), { maxLength: 4 }),
});

const ROLE_NAMES = [
  "ML Engineer",
  "MLOps / ML Platform Engineer",
  "LLM / GenAI Specialist",
  "AI Engineer",
  "AI Infrastructure Engineer",
  "Data Scientist",
];

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function scenarioInput(s: Scenario, withCapacity: boolean): InputGrids {
  const rows = s.rows.map((r, i) => {
    const m = (k: number): string => `2027-${String(Math.min(12, k)).padStart(2, "0")}`;
    return [`I${i}`, r.ws, m(r.start), m(r.start + r.len), r.size, "", r.priority];
  });
  const values = {
    ...BASE_SETTINGS,
    "Reqs per recruiter": String(s.reqsPerRecruiter),
    ...(withCapacity && s.recruiters !== null ? { Recruiters: String(s.recruiters) } : {}),
  };
  const base = inputOf(rows, {}, values);
  const plain = planOf(base);
  const trackedRows = s.tracked.flatMap((n) => {
    const h = plain.hires[n % Math.max(1, plain.hires.length)];
    return h ? [[h.id, "sourcing", formatDate(addDays(TODAY, -(n % 30)))]] : [];
  });
  const unique = [...new Map(trackedRows.map((r) => [r[0], r])).values()];
  const teamRows = ROLE_NAMES.map((role, i) => [role, "1", "0", withCapacity ? (s.limits[i] ?? null) : null]);
  return {
    ...base,
    settings: settings(values),
    team: grid("Team", [TEAM_HEADER, ...teamRows]),
    tracking: grid("Tracking", [["Hire ID", "Stage", "Pipeline started"], ...unique]),
  };
}

/** The months a pipeline occupies, from As of's month on. */
function pipelineMonths(p: Plan, h: Plan["hires"][number]): Month[] {
  const from = Math.max(monthOfDate(h.forecastPipelineStart), monthOfDate(p.settings.asOf));
  const out: Month[] = [];
  for (let m = from; m <= monthOfDate(h.forecastOfferAccepted); m++) out.push(m as Month);
  return out;
}

function hoursByMonth(p: Plan, h: Plan["hires"][number]): Map<Month, number> {
  const role = p.roles.find((r) => r.name === h.role);
  const out = new Map<Month, number>();
  if (role)
    spreadHours(interviewHoursOf(role), h.forecastReqOpen, h.forecastOfferAccepted, -Infinity, Infinity, (m, x) =>
      out.set(m, (out.get(m) ?? 0) + x),
    );
  return out;
}

describe("capacity properties", () => {
  it("no month from As of holds more placed untracked pipelines than capacity leaves after the tracked ones", () => {
    fc.assert(
      fc.property(
        scenario.filter((s) => s.recruiters !== null),
        (s) => {
          const p = planOf(scenarioInput(s, true));
          const C = p.capacity?.pipelineCapacity as number;
          const blocked = new Set(p.capacity?.blocked);
          const tracked = new Map<Month, number>();
          const untracked = new Map<Month, number>();
          for (const h of p.hires) {
            if (blocked.has(h.id)) continue;
            const into = h.stage === "planned" ? untracked : tracked;
            for (const m of pipelineMonths(p, h)) into.set(m, (into.get(m) ?? 0) + 1);
          }
          for (const [m, n] of untracked) expect(n).toBeLessThanOrEqual(Math.max(0, C - (tracked.get(m) ?? 0)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("no limited role's hours exceed its limit in a month where an untracked hire added hours", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const p = planOf(scenarioInput(s, true));
        const blocked = new Set(p.capacity?.blocked);
        for (const { role, hours: limit } of p.capacity?.interviewHoursLimit ?? []) {
          const total = new Map<Month, number>();
          const untrackedAdds = new Set<Month>();
          for (const h of p.hires) {
            if (h.role !== role || blocked.has(h.id)) continue;
            for (const [m, x] of hoursByMonth(p, h)) {
              total.set(m, (total.get(m) ?? 0) + x);
              if (h.stage === "planned" && x > 0) untrackedAdds.add(m);
            }
          }
          for (const m of untrackedAdds) expect(total.get(m) ?? 0).toBeLessThanOrEqual(limit + 1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("with recruitersToKeepOnTime recruiters and no interviewer limit, no hire is shifted", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const p = planOf(scenarioInput({ ...s, recruiters: 0 }, true));
        const enough = p.capacity?.recruitersToKeepOnTime as number;
        const q = planOf(scenarioInput({ ...s, recruiters: enough, limits: s.limits.map(() => null) }, true));
        expect(q.capacity?.shifted).toEqual([]);
        expect(q.hires.every((h) => h.capacityDelayDays === 0)).toBe(true);
        const plain = planOf(scenarioInput(s, false));
        expect(q.hires.map((h) => h.forecastPipelineStart)).toEqual(plain.hires.map((h) => h.forecastPipelineStart));
      }),
      { numRuns: 40 },
    );
  });

  it("without capacity inputs the JSON is exactly spec v2's: no capacity keys, the same plan as without the column", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = scenarioInput(s, false);
        const json = planToJson(planOf(input));
        expect("capacity" in json).toBe(false);
        expect(json.hires.some((h) => "capacityDelayDays" in h)).toBe(false);
        const noColumn = { ...input, team: grid("Team", input.team?.rows.map((r) => r.slice(0, 3)) ?? []) };
        expect(JSON.stringify(planToJson(planOf(noColumn)))).toBe(JSON.stringify(json));
      }),
      { numRuns: 40 },
    );
  });

  it("never throws and keeps every hire whatever the capacity", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const outcome = makePlan(scenarioInput(s, true), { today: TODAY });
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const plain = planOf(scenarioInput(s, false));
        expect(outcome.value.hires.map((h) => h.id)).toEqual(plain.hires.map((h) => h.id));
      }),
      { numRuns: 40 },
    );
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { type Cell, type Grid, type InputGrids, type TableName } from "../../src/plan/types";
import { addDays, formatDate, month } from "../../src/plan/calendar";
import { makePlan, planToJson } from "../../src/plan/index";
import { defaultWorkstreams } from "../../src/plan/defaults";
import { comparePlans } from "./support/compare";
import { exampleGrids } from "./support/example-grids";
import { BASE_SETTINGS, EXAMPLE_NAMES, exampleDir, grid, inputOf, planOf, reasonOf, roadmap, settings, TODAY } from "./support/fixtures";

const WS = defaultWorkstreams.rows.slice(1).map((r) => String(r[0]));
const W0 = WS[0] as string;

describe("makePlan on the shared examples", () => {
  it.each(EXAMPLE_NAMES)("%s matches expected.json", (name) => {
    const expected = JSON.parse(readFileSync(join(exampleDir(name), "expected.json"), "utf8")) as Record<string, unknown>;
    const actual = JSON.parse(JSON.stringify(planToJson(planOf(exampleGrids(name))))) as Record<string, unknown>;
    expect(comparePlans(expected, actual)).toEqual([]);
  });
});

describe("fatal input errors: one reason, no plan", () => {
  const row = ["A", W0, "2027-01", "2027-06", "M"];
  it("a missing Roadmap table", () => {
    const outcome = makePlan({ settings: settings(BASE_SETTINGS) }, { today: TODAY });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.reason).toMatch(/^Roadmap!A1: there is no Roadmap table/);
    expect(!outcome.ok && outcome.error.diagnostics.map((d) => `${d.severity} ${d.sheet}!${d.cell}`)).toEqual(["error Roadmap!A1"]);
  });
  it("a missing required column", () => {
    const r = reasonOf({
      roadmap: grid("Roadmap", [
        ["Initiative", "Workstream", "Start", "End"],
        ["A", W0, "2027-01", "2027-02"],
      ]),
    });
    expect(r.reason).toMatch(/^Roadmap!A1: the Roadmap table has no "Size" column/);
    expect(r.cells).toEqual(["error Roadmap!A1"]);
  });
  it("every missing required column in one reason", () => {
    const r = reasonOf({
      roadmap: grid("Roadmap", [
        ["Initiative", "Owner"],
        ["A", "Dana"],
      ]),
    });
    expect(r.reason).toBe(
      'Roadmap!A1: the Roadmap table has no "Workstream", "Start", "End", "Size" columns (its header row has: Initiative, Owner): add those columns',
    );
  });
  it.each([
    ["Plan start", "sometime"],
    ["As of", "2026-13-01"],
    ["Horizon (months)", "24"],
    ["Availability", "150%"],
    ["Confidence mode", "hopeful"],
    ["Reqs per recruiter", "0"],
  ])("an unreadable %s", (key, value) => {
    const r = reasonOf(inputOf([row], {}, { ...BASE_SETTINGS, [key]: value }));
    const cell = `B${Object.keys({ ...BASE_SETTINGS, [key]: value }).indexOf(key) + 2}`;
    expect(r.reason.startsWith(`Settings!${cell}: ${key} "${value}"`)).toBe(true);
    expect(r.reason).not.toContain("\n");
    expect(r.cells).toEqual([`error Settings!${cell}`]);
  });
  it("no valid roadmap row", () => {
    const r = reasonOf(
      inputOf([
        ["", W0, "2027-01", "2027-06", "M"],
        ["B", "nope", "2027-01", "2027-06", "M"],
      ]),
    );
    // Every error in the one line, so fixing one is not followed by the next surprise.
    expect(r.reason).toMatch(
      /^Roadmap!A1: no valid roadmap row: every row has errors \(2 errors: Roadmap!A2: missing initiative.*; Roadmap!B3: unknown workstream "nope".*\)$/,
    );
    expect(r.cells).toEqual(["error Roadmap!A2", "error Roadmap!B3", "error Roadmap!A1"]);
    expect(reasonOf(inputOf([])).reason).toMatch(/no valid roadmap row: add initiatives/);
    const many = reasonOf(inputOf(Array.from({ length: 8 }, (_, i) => [`I${i}`, "nope", "2027-01", "2027-06", "M"])));
    expect(many.reason).toMatch(/\(8 errors: (Roadmap!B\d: unknown workstream "nope"[^;]*; ){5}and 3 more\)$/);
    expect(many.reason).not.toContain("\n");
  });
  it("a Roles table with no valid row", () => {
    const roles = grid("Roles", [
      [
        "Role",
        "Sourcing lead (days)",
        "Time to fill (days)",
        "Notice (days)",
        "Ramp-up (days)",
        "Loaded annual cost",
        "Candidates per hire",
        "Interview hours per candidate",
      ],
      ["X", "-1", "1", "1", "1", "1", "1", "1"],
    ]);
    expect(reasonOf(inputOf([row], { roles })).reason).toMatch(/^Roles!A1: the Roles table has no valid row/);
  });
  it("never throws, even on cells of the wrong type", () => {
    const bad = {
      roadmap: { sheet: "Roadmap", originRow: 1, originCol: 1, rows: [ROADMAP_LIKE, [Symbol("x"), {}, undefined, NaN, -Infinity]] },
    } as unknown as InputGrids;
    expect(() => makePlan(bad, { today: TODAY })).not.toThrow();
  });
});
const ROADMAP_LIKE = ["Initiative", "Workstream", "Start", "End", "Size"];

describe("makePlan", () => {
  it("falls back to the default roles and workstreams and no team", () => {
    const p = planOf({ roadmap: roadmap(["A", "Applied AI product feature", "2027-03", "2027-04", "M"]) }, { asOf: TODAY });
    expect(p.roles).toHaveLength(6);
    expect(formatDate(p.settings.asOf)).toBe("2026-10-01");
    expect(p.settings.planStart).toBe(month(2026, 11));
    expect(p.totals.hiresByRole.filter((r) => r.hires > 0)).toEqual([
      { role: "LLM / GenAI Specialist", hires: 1 },
      { role: "AI Engineer", hires: 2 },
    ]);
    // No Key: the initiative code is the first 6 base32 characters of SHA-256("a") (Python's hashlib agrees).
    expect(p.hires.map((h) => h.id)).toEqual(["LLM-ZKLYCE-1", "AIE-ZKLYCE-1", "AIE-ZKLYCE-2"]);
  });
  it("lists the reader's warnings first among the diagnostics, with a plan or without one", () => {
    const warning = {
      severity: "warning",
      sheet: "Roadmap",
      cell: "A4",
      message: "1 row under the Roadmap table (A4:E4) was read",
    } as const;
    const rows = [
      ["A", "Applied AI product feature", "2027-03", "2027-04", "M"],
      ["B", "no such workstream", "2027-03", "2027-04", "M"],
    ];
    const planned = makePlan(inputOf(rows), { today: TODAY, warnings: [warning] });
    expect(planned.ok && planned.value.diagnostics.map((d) => d.cell)).toEqual(["A4", "B3"]);
    const failed = makePlan({ settings: settings(BASE_SETTINGS) }, { today: TODAY, warnings: [warning] });
    expect(!failed.ok && failed.error.diagnostics.map((d) => `${d.sheet}!${d.cell}`)).toEqual(["Roadmap!A4", "Roadmap!A1"]);
  });
  it("leaves out uncommitted rows in committed mode and weights rows in weighted mode", () => {
    const rows = [
      ["A", "Applied AI product feature", "2027-01", "2027-12", "M", "60%"],
      ["B", "Applied AI product feature", "2027-01", "2027-12", "M", "100%"],
    ];
    const demand = (mode: string) => planOf(inputOf(rows, {}, { ...BASE_SETTINGS, "Confidence mode": mode })).rolePlans[3]?.demandFte[0];
    expect(demand("full")).toBe(4);
    expect(demand("weighted")).toBeCloseTo(3.2);
    expect(demand("committed")).toBe(2);
  });
  it("carries where each input table was read, for plans and for fatal outcomes", () => {
    const at = (g: Grid, location: string): Grid => ({ ...g, location });
    const input = inputOf([["A", W0, "2027-01", "2027-06", "M"]]);
    const located = {
      ...input,
      roadmap: at(input.roadmap as Grid, "Plan 2027"),
      settings: at(input.settings as Grid, "Settings (Headstart)"),
    };
    expect(planOf(located).inputSheets).toEqual({ Roadmap: "Plan 2027", Settings: "Settings (Headstart)" });
    // Defaults and CSV grids know no worksheet: the table's own name stands.
    expect(planOf(input).inputSheets).toEqual({});
    const fatal = makePlan({ ...located, roadmap: at(roadmap(), "Plan 2027") }, { today: TODAY });
    expect(fatal.ok ? null : fatal.error.inputSheets).toEqual({ Roadmap: "Plan 2027", Settings: "Settings (Headstart)" });
    // Not part of the spec's JSON.
    expect(Object.keys(planToJson(planOf(located)))).not.toContain("inputSheets");
  });
});

// Random but plausible inputs, with some garbage mixed in, for the properties below.
const monthText = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((k) => `${2026 + Math.floor((9 + k) / 12)}-${String(((9 + k) % 12) + 1).padStart(2, "0")}`),
  fc.constantFrom("Q1 2027", "2027-Q2", "Jul 2027", "December 2027", "2027-05-17", "46419", "oops"),
);
const rowArb = fc.tuple(
  fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("Alpha", "Beta", "alpha")),
  fc.oneof(fc.constantFrom(...WS), fc.constant("Unknown")),
  monthText,
  monthText,
  fc.constantFrom("S", "M", "L", "XL", "2.5", "0", "big", 7),
  fc.constantFrom("", "50%", "0.7", "1", "130%"),
  fc.constantFrom("", "P0", "p3", "P9"),
);
const inputArb = fc.record({
  rows: fc.array(rowArb, { minLength: 1, maxLength: 25 }),
  team: fc.array(
    fc.tuple(
      fc.constantFrom("ML Engineer", "AI Engineer", "Data Scientist", "MLOps / ML Platform Engineer"),
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom("0", "10%", "50%", "1"),
    ),
    { maxLength: 4 },
  ),
  availability: fc.constantFrom("1", "0.8", "0.5", "75%"),
  mode: fc.constantFrom("full", "weighted", "committed"),
  asOf: fc.constantFrom("2026-06-01", "2026-10-01", "2026-12-31", "2027-04-15"),
  horizon: fc.integer({ min: 6, max: 12 }),
});
type Arb = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;
function gridsOf(a: Arb): InputGrids {
  return {
    ...inputOf(
      a.rows as Cell[][],
      {},
      {
        "Plan start": "2027-01",
        "Horizon (months)": String(a.horizon),
        "As of": a.asOf,
        Availability: a.availability,
        "Confidence mode": a.mode,
      },
    ),
    team: grid("Team", [["Role", "Current headcount", "Annual attrition"], ...a.team.map(([r, c, at]) => [r, String(c), at])]),
  };
}

describe("properties", () => {
  it("planned headcount covers the target every month; hires add up; ids run in order", () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const outcome = makePlan(gridsOf(a), { today: TODAY });
        if (!outcome.ok) return;
        const p = outcome.value;
        for (const rp of p.rolePlans) {
          rp.targetHeadcount.forEach((t, k) => expect(rp.plannedHeadcount[k]).toBeGreaterThanOrEqual(t));
        }
        const sum = p.rolePlans.reduce((n, rp) => n + rp.newHires.reduce((x, y) => x + y, 0), 0);
        expect(p.totals.hires).toBe(sum);
        expect(p.hires).toHaveLength(sum);
        expect(new Set(p.hires.map((h) => h.id)).size).toBe(p.hires.length);
        for (const h of p.hires) expect(h.id).toMatch(/^[A-Z0-9]{1,8}-[A-Z0-9-]{1,16}-[1-9]\d*$/);
      }),
      { numRuns: 150 },
    );
  });
  it("every hire's dates satisfy the backward schedule and forecast identities", () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const outcome = makePlan(gridsOf(a), { today: TODAY });
        if (!outcome.ok) return;
        const roles = new Map(outcome.value.roles.map((r) => [r.name, r]));
        const asOf = outcome.value.settings.asOf;
        for (const h of outcome.value.hires) {
          const r = roles.get(h.role);
          if (!r) throw new Error(`hire of unknown role ${h.role}`);
          expect(formatDate(h.needBy).endsWith("-01")).toBe(true);
          expect(h.start).toBe(addDays(h.needBy, -r.rampUpDays));
          expect(h.offerAccepted).toBe(addDays(h.start, -r.noticeDays));
          expect(h.reqOpen).toBe(addDays(h.offerAccepted, -r.timeToFillDays));
          expect(h.pipelineStart).toBe(addDays(h.reqOpen, -r.sourcingLeadDays));
          expect(h.expectedProductive).toBe(addDays(h.forecastStart, r.rampUpDays));
          expect(h.delayDays).toBe(h.expectedProductive - h.needBy);
          expect(h.forecastPipelineStart).toBeGreaterThanOrEqual(asOf);
          if (h.status === "on track") expect(h.slackDays).toBe(h.pipelineStart - asOf);
          else expect(h.daysLate).toBe(asOf - h.pipelineStart);
          if (h.status !== "at risk") expect(h.delayDays).toBe(0);
          else expect(h.delayDays).toBeGreaterThan(0);
          expect(h.reason === "backfill").toBe(h.initiative === "");
        }
      }),
      { numRuns: 150 },
    );
  });
  it("the same input gives the same output", () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const one = makePlan(gridsOf(a), { today: TODAY });
        const two = makePlan(gridsOf(a), { today: TODAY });
        expect(JSON.stringify(one.ok ? planToJson(one.value) : one)).toBe(JSON.stringify(two.ok ? planToJson(two.value) : two));
      }),
      { numRuns: 60 },
    );
  });
  it("random grids of any cells never throw", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.integer({ min: -1e6, max: 3e6 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(
        "Initiative",
        "Workstream",
        "Start",
        "End",
        "Size",
        "Role",
        "Setting",
        "Value",
        "Plan start",
        "As of",
        "Horizon",
        "2027-01",
        "M",
      ),
    );
    const g = (sheet: TableName) =>
      fc
        .record({
          originRow: fc.integer({ min: 1, max: 50 }),
          originCol: fc.integer({ min: 1, max: 30 }),
          rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
        })
        .map((x) => ({ sheet, ...x }));
    fc.assert(
      fc.property(
        fc.record(
          { roadmap: g("Roadmap"), roles: g("Roles"), workstreams: g("Workstreams"), team: g("Team"), settings: g("Settings") },
          { requiredKeys: [] },
        ),
        (grids) => {
          const outcome = makePlan(grids, { today: TODAY });
          if (outcome.ok) expect(planToJson(outcome.value).schemaVersion).toBe(1);
          else {
            expect(typeof outcome.error.reason).toBe("string");
            expect(outcome.error.reason).not.toMatch(/internal error/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

/**
 * Issue 10's plan that lives, through the fake Excel: build, recruiters fill in the Tracking table,
 * the roadmap moves, build again. Their rows stay as they typed them, tracked hires show their
 * stage, the Changes sheet lists the edit; a fault at any sync of the second build leaves the
 * Tracking table untouched.
 */
import { describe, expect, it } from "vitest";
import { date } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { hiresDueForTracking } from "../../src/plan/due";
import { insertTemplate } from "../../src/excel/write";
import { appendTrackingRows } from "../../src/excel/session";
import { templateWorkbook } from "../../src/report/template";
import { runPlan } from "../../src/app/run";
import { resultsView } from "../../src/taskpane/results";
import type { WorkbookModel } from "../fake-excel/index";
import { fakeExcelPerTest } from "../fake-excel/per-test";

const today = date(2026, 10, 1);
let host: WorkbookModel;
fakeExcelPerTest((h) => (host = h));

function tableValues(name: string): unknown[][] {
  const t = host.findTable(name);
  if (!t) throw new Error(`no ${name} table`);
  return host.read(t.sheet, t.rect, "values");
}

/** Text of every cell of a generated sheet, row by row. */
function sheetText(name: string): string[] {
  const s = host.sheet(name);
  const used = host.usedRect(s, true);
  return used ? host.read(s, used, "values").map((r) => r.map((c) => String(c ?? "")).join("|")) : [];
}

/** Build, track the hires due now, fill in what happened to three of them, move Fraud model v2 a month. */
async function firstBuildAndTracking(): Promise<{ firstIds: string[] }> {
  await insertTemplate(templateWorkbook(sampleInput));
  const first = await runPlan({ today });
  if (!first.ok) throw new Error(first.error.reason);
  const appended = await appendTrackingRows((existing) => hiresDueForTracking(first.value.plan, existing).map((h) => h.id));
  if (!appended.ok) throw new Error(appended.error);
  expect(appended.value.length).toBeGreaterThan(3);
  // Appending again adds nothing: every due hire has its row.
  const again = await appendTrackingRows((existing) => hiresDueForTracking(first.value.plan, existing).map((h) => h.id));
  expect(again).toEqual({ ok: true, value: [] });

  const t = host.findTable("Tracking");
  if (!t) throw new Error("no Tracking table");
  // Recruiters' own words: stages and dates for the first three rows, a note on the fourth.
  host.assign(
    t.sheet,
    { top: t.rect.top + 1, left: t.rect.left + 1, bottom: t.rect.top + 3, right: t.rect.left + 3 },
    [
      ["started", "2026-06-20", "2026-07-25"],
      ["req open", "2026-08-15", "2026-09-10"],
      ["sourcing", "2026-09-01", ""],
    ],
    "values",
  );
  host.assign(
    t.sheet,
    { top: t.rect.top + 1, left: t.rect.left + 5, bottom: t.rect.top + 1, right: t.rect.left + 7 },
    [["2026-09-21", "REQ-1", "A. Person"]],
    "values",
  );
  host.assign(
    t.sheet,
    { top: t.rect.top + 4, left: t.rect.left + 8, bottom: t.rect.top + 4, right: t.rect.left + 8 },
    [["=not a formula, a note"]],
    "values",
  );

  const roadmap = host.findTable("Roadmap");
  if (!roadmap) throw new Error("no Roadmap table");
  const rows = host.read(roadmap.sheet, roadmap.rect, "values");
  const r = rows.findIndex((row) => row[1] === "Fraud model v2");
  host.assign(
    roadmap.sheet,
    { top: roadmap.rect.top + r, left: roadmap.rect.left + 3, bottom: roadmap.rect.top + r, right: roadmap.rect.left + 3 },
    [["'2027-03"]],
    "values",
  );
  return { firstIds: first.value.plan.hires.map((h) => h.id) };
}

describe("a plan that lives (issue 10), in Excel", () => {
  it("re-plans with the user's Tracking rows unchanged, tracked hires at their stage, and the edit on the Changes sheet", async () => {
    const { firstIds } = await firstBuildAndTracking();
    const tracking = tableValues("Tracking");
    const ids = tracking.slice(1).map((r) => String(r[0]));

    const second = await runPlan({ today });
    if (!second.ok) throw new Error(second.error.reason);
    expect(tableValues("Tracking")).toEqual(tracking);

    const byId = new Map(second.value.plan.hires.map((h) => [h.id, h]));
    expect([ids[0], ids[1], ids[2]].map((id) => byId.get(id as string)?.stage)).toEqual(["started", "req open", "sourcing"]);
    expect(byId.get(ids[0] as string)?.tracking).toMatchObject({ atsReq: "REQ-1", candidate: "A. Person" });
    expect(second.value.plan.totals.hiresByStage).toMatchObject({ started: 1, "req open": 1, sourcing: 1 });
    // Same ids for every hire the edit did not touch.
    expect(second.value.plan.hires.map((h) => h.id).sort()).toEqual([...firstIds].sort());

    const changes = second.value.plan.changes;
    expect(changes?.moved.map((m) => m.id)).toEqual(
      second.value.plan.hires.filter((h) => h.initiative === "Fraud model v2").map((h) => h.id),
    );
    const sheet = sheetText("Changes");
    for (const m of changes?.moved ?? [])
      expect(
        sheet.some((line) => line.startsWith(`need-by moved|${m.id}|`)),
        m.id,
      ).toBe(true);
    expect(resultsView(second.value.plan).changes).toMatch(
      /^Since the plan as of 2026-10-01: 0 added, 0 no longer needed, \d+ need-bys? moved/,
    );
    // The Hiring Plan shows the stage and the recruiters' text.
    const plan = sheetText("Hiring Plan");
    expect(plan.some((line) => line.startsWith(`${ids[0]}|`) && line.includes("|started|REQ-1|A. Person|"))).toBe(true);
  });

  it("a fault at every sync of the second build leaves the Tracking table exactly as the recruiters left it", async () => {
    await firstBuildAndTracking();
    const tracking = tableValues("Tracking");
    const clean = await runPlan({ today });
    if (!clean.ok) throw new Error(clean.error.reason);
    let k = 0;
    for (let fault = 1; ; fault++) {
      const start = host.syncs;
      host.failAtSync = start + fault;
      const failed = await runPlan({ today }).then(
        () => false,
        () => true,
      );
      expect(tableValues("Tracking"), `fault at sync ${fault}`).toEqual(tracking);
      host.failAtSync = null;
      k = fault;
      if (!failed) break;
    }
    // Reads, the previous plan's read and every write request were each the failing one once.
    expect(k).toBeGreaterThan(3);
  });
});

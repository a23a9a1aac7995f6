import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleInput } from "../../src/plan/defaults";
import { insertTemplate } from "../../src/excel/write";
import { templateWorkbook } from "../../src/report/template";
import { takeRefreshOutcome } from "../../src/taskpane/last-refresh";
import { readUserRoadmap } from "../../src/excel/read";
import { runPlan } from "../../src/taskpane/run";
import { date } from "../../src/plan/calendar";
import { fakeContext, installFakeExcel, WorkbookModel } from "../fake-excel/index";

const memory = new Map<string, string>();
const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v), removeItem: (k: string) => void memory.delete(k) };
const associate = vi.fn();
let fake: ReturnType<typeof installFakeExcel>;
let refreshPlan: (event: Office.AddinCommands.Event) => Promise<void>;

beforeAll(async () => {
  fake = installFakeExcel();
  const g = globalThis as Record<string, unknown>;
  // What office.js adds around the fake's Excel: onReady and the ribbon's function registry.
  g.Office = { ...(g.Office as object), onReady: (cb: () => void) => Promise.resolve(cb()), actions: { associate } };
  g.localStorage = storage;
  ({ refreshPlan } = await import("../../src/commands/commands"));
});
afterAll(() => {
  fake.restore();
  delete (globalThis as Record<string, unknown>).localStorage;
});

const event = (): Office.AddinCommands.Event & { completed: ReturnType<typeof vi.fn> } =>
  ({ completed: vi.fn(), source: { id: "RefreshPlan" } }) as unknown as Office.AddinCommands.Event & { completed: ReturnType<typeof vi.fn> };

describe("the ribbon's Refresh plan", () => {
  it("is registered under the manifest's function name", () => {
    expect(associate).toHaveBeenCalledWith("refreshPlan", refreshPlan);
  });

  it("writes the plan from the saved settings without the pane, then frees the button", async () => {
    const host: WorkbookModel = fake.host;
    await insertTemplate(templateWorkbook(sampleInput));
    const e = event();
    await refreshPlan(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(host.findSheet("Summary")).not.toBeNull();
    expect(String(host.peek(host.sheet("Summary"), 2, 2)?.value)).toMatch(/^Complete/);
    expect(takeRefreshOutcome(storage)).toMatchObject({ ok: true, message: expect.stringMatching(/^Plan refreshed: \d+ hires\.$/) });
  });

  it("a failure still frees the button and leaves its words for the pane", async () => {
    fake.host.failAtSync = fake.host.syncs + 2;
    const e = event();
    await refreshPlan(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const outcome = takeRefreshOutcome(storage);
    expect(outcome?.ok).toBe(false);
    expect(outcome?.message.length).toBeGreaterThan(10);
  });

  it("a workbook with no roadmap says so", async () => {
    const empty = installFakeExcel(new WorkbookModel());
    const g = globalThis as Record<string, unknown>;
    g.Office = { ...(g.Office as object), onReady: () => Promise.resolve(), actions: { associate } };
    try {
      const e = event();
      await refreshPlan(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(takeRefreshOutcome(storage)).toMatchObject({ ok: false, message: expect.stringMatching(/Open Headstart to see the cells to fix\.$/) });
    } finally {
      empty.restore();
    }
  });

  it("a workbook whose own roadmap the pane built from refreshes from it, with no Roadmap table", async () => {
    const own = installFakeExcel(new WorkbookModel());
    const g = globalThis as Record<string, unknown>;
    g.Office = { ...(g.Office as object), onReady: () => Promise.resolve(), actions: { associate } };
    try {
      const rows = sampleInput.roadmap?.rows.map((r) => r.map((c) => `'${String(c ?? "")}`)) ?? [];
      const sheet = own.host.addSheet("Projects");
      own.host.assign(sheet, { top: 1, left: 1, bottom: rows.length, right: rows[0]?.length ?? 1 }, rows, "values");
      own.host.selection = { sheet, rect: { top: 1, left: 1, bottom: rows.length, right: rows[0]?.length ?? 1 } };
      const built = await runPlan({ today: date(2026, 11, 26), roadmap: await readUserRoadmap(fakeContext(own.host), "selection") });
      expect(built.ok).toBe(true);
      own.host.deleteSheet(own.host.sheet("Summary"));

      const e = event();
      await refreshPlan(e);
      expect(takeRefreshOutcome(storage)).toMatchObject({ ok: true, message: expect.stringMatching(/^Plan refreshed/) });
      expect(own.host.findSheet("Summary")).not.toBeNull();
      expect(own.host.findTable("Roadmap")).toBeNull();
    } finally {
      own.restore();
    }
  });
});

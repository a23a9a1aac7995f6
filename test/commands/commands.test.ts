import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleInput } from "../../src/plan/defaults";
import { insertTemplate } from "../../src/excel/write";
import { templateWorkbook } from "../../src/report/template";
import { takeRefreshOutcome } from "../../src/app/last-refresh";
import { readUserRoadmap } from "../../src/excel/read";
import { runPlan } from "../../src/app/run";
import { date } from "../../src/plan/calendar";
import { FakeContext, fakeContext, installFakeExcel, WorkbookModel, type FakeRuntime } from "../fake-excel/index";

const memory = new Map<string, string>();
const storage = {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
};
const associate = vi.fn();
let fake: ReturnType<typeof installFakeExcel>;
let refreshPlan: typeof import("../../src/commands/commands").refreshPlan;
type RibbonLimits = import("../../src/commands/commands").RibbonLimits;

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

/** A fresh ribbon runtime on `host`, as a click starts one: the fake's Excel plus office.js's registry. */
function ribbonRuntime(host: WorkbookModel, runtime: FakeRuntime = {}): () => void {
  const installed = installFakeExcel(host, runtime);
  const g = globalThis as Record<string, unknown>;
  g.Office = { ...(g.Office as object), onReady: () => Promise.resolve(), actions: { associate } };
  return installed.restore;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const event = (): Office.AddinCommands.Event & { completed: ReturnType<typeof vi.fn> } =>
  ({ completed: vi.fn(), source: { id: "RefreshPlan" } }) as unknown as Office.AddinCommands.Event & {
    completed: ReturnType<typeof vi.fn>;
  };

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
      expect(takeRefreshOutcome(storage)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/Open Headstart to see the cells to fix\.$/),
      });
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

  /** A templated workbook in a ribbon runtime that lives `lifetimeMs`; a cell in edit mode; Refresh plan clicked. */
  async function refreshWhileEditing(
    lifetimeMs: number,
    limits: RibbonLimits,
  ): Promise<{ host: WorkbookModel; e: ReturnType<typeof event>; done: () => void }> {
    const host = new WorkbookModel();
    const restore = ribbonRuntime(host, { lifetimeMs });
    memory.clear();
    await insertTemplate(templateWorkbook(sampleInput));
    host.enterCellEdit();
    const e = event();
    void refreshPlan(e, limits);
    return {
      host,
      e,
      done: () => {
        host.exitCellEdit();
        restore();
      },
    };
  }

  it("gives up in time when a cell stays in edit mode, says so and changes nothing, before Excel ends its runtime", async () => {
    const { host, e, done } = await refreshWhileEditing(600, { budgetMs: 200, pollMs: 20 });
    try {
      await sleep(450);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(takeRefreshOutcome(storage)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/editing a cell.*Nothing was changed/),
      });
      expect(host.findSheet("Summary")).toBeNull();
    } finally {
      done();
    }
  });

  it("a refresh too slow for its budget is cancelled between requests, says so, and frees the button in time", async () => {
    const host = new WorkbookModel();
    const restore = ribbonRuntime(host, { lifetimeMs: 2_000 });
    const sync = FakeContext.prototype.sync;
    memory.clear();
    try {
      await insertTemplate(templateWorkbook(sampleInput));
      // A slow host: each request takes 80 ms, so reading and writing outlast a 150 ms budget.
      FakeContext.prototype.sync = async function slow(this: FakeContext): Promise<void> {
        await sleep(80);
        return sync.call(this);
      };
      const e = event();
      await refreshPlan(e, { budgetMs: 150, pollMs: 20 });
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(takeRefreshOutcome(storage)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/stopped before Excel's five-minute limit.*cancelled/),
      });
      expect(host.findSheet("Summary")).toBeNull();
    } finally {
      FakeContext.prototype.sync = sync;
      restore();
    }
  });

  it("a refresh cut off when Excel ends its runtime is reported by the pane afterwards", async () => {
    const { e, done } = await refreshWhileEditing(150, { budgetMs: 60_000, pollMs: 20 });
    try {
      await sleep(300);
      expect(e.completed).not.toHaveBeenCalled();
      // While the runtime may still be running, the pane says nothing yet ...
      expect(takeRefreshOutcome(storage, Date.now())).toBeNull();
      // ... once it cannot be, the pane says the refresh never finished.
      expect(takeRefreshOutcome(storage, Date.now() + 6 * 60_000)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/never finished/),
      });
      expect(takeRefreshOutcome(storage, Date.now() + 6 * 60_000)).toBeNull();
    } finally {
      done();
    }
  });

  it("finds the roadmap the pane confirmed even when its runtime never sees the pane's document settings", async () => {
    const host = new WorkbookModel();
    const pane = ribbonRuntime(host);
    const rows = sampleInput.roadmap?.rows.map((r) => r.map((c) => `'${String(c ?? "")}`)) ?? [];
    const sheet = host.addSheet("Projects");
    host.assign(sheet, { top: 1, left: 1, bottom: rows.length, right: rows[0]?.length ?? 1 }, rows, "values");
    host.selection = { sheet, rect: { top: 1, left: 1, bottom: rows.length, right: rows[0]?.length ?? 1 } };
    const built = await runPlan({ today: date(2026, 11, 26), roadmap: await readUserRoadmap(fakeContext(host), "selection") });
    expect(built.ok).toBe(true);
    pane();
    host.deleteSheet(host.sheet("Summary"));

    const ribbon = ribbonRuntime(host, { documentSettings: "unseen" });
    try {
      const e = event();
      await refreshPlan(e);
      expect(takeRefreshOutcome(storage)).toMatchObject({ ok: true, message: expect.stringMatching(/^Plan refreshed/) });
      expect(host.findSheet("Summary")).not.toBeNull();
    } finally {
      ribbon();
    }
  });
});

describe("the ribbon's page", () => {
  const csp = (file: string): Map<string, string[]> => {
    const html = readFileSync(path.join(__dirname, "../../src", file), "utf8");
    const content = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
    return new Map(
      content
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name = "", ...sources]) => [name, sources]),
    );
  };

  it("lets office.js load its frames, images, fonts and requests as the pane's page does, and nothing inline", () => {
    const pane = csp("taskpane/taskpane.html");
    const ribbon = csp("commands/commands.html");
    // office.js runs the same way on both pages: whatever the pane allows for it, the ribbon must.
    for (const directive of ["script-src", "connect-src", "frame-src", "img-src", "font-src", "style-src"]) {
      expect({ directive, missing: (pane.get(directive) ?? []).filter((s) => !(ribbon.get(directive) ?? []).includes(s)) }).toEqual({
        directive,
        missing: [],
      });
    }
    expect(ribbon.get("object-src")).toEqual(["'none'"]);
    expect([...ribbon.values()].flat()).not.toContain("'unsafe-eval'");
    expect(ribbon.get("script-src")).not.toContain("'unsafe-inline'");
  });
});

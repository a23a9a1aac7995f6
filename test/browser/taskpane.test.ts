/**
 * The task pane in a real browser: the production build served on localhost, Debian's Chromium,
 * and as host either the fake Excel (test/fake-excel, bundled into the page) or the real office.js
 * outside Office. Screenshots go to test-results/.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sampleRoadmap from "../../src/plan/data/sample-roadmap.json";
import defaultWorkstreams from "../../src/plan/data/workstreams.json";
import { readXlsxInput } from "../../src/xlsx/read";
import { OUTPUT_SHEETS } from "../fixtures/plan";
import { proposeMapping } from "../../src/plan/roadmap-mapping";
import { encodeRoadmapSource, ROADMAP_SOURCE_KEY, sourceOf } from "../../src/excel/roadmap-source";
import {
  buildAddin,
  fakeHostScript,
  firstLoadGzipBytes,
  launchChromium,
  OFFICE_CDN,
  ROOT,
  routeOffice,
  scriptSources,
  serve,
  type OfficeMode,
} from "./harness";

const SHOTS = path.join(ROOT, "test-results");
const INPUT_SHEETS = ["Roadmap", "Workstreams", "Roles", "Team", "Settings", "Tracking"];
/** Very hidden: the plan's JSON, for the next build to compare with. */
const HIDDEN_SHEETS = ["Headstart data"];

let addin: ReturnType<typeof buildAddin> | undefined;
let dist = "";
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let hostScript = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  addin = buildAddin();
  dist = addin.dir;
  server = await serve(dist);
  browser = await launchChromium();
  hostScript = await fakeHostScript();
}, 300_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  addin?.done();
});

interface Pane {
  readonly page: Page;
  /** Console errors, CSP refusals among them. */
  readonly errors: string[];
}

interface PaneOptions {
  readonly colorScheme?: "light" | "dark";
  readonly forcedColors?: boolean;
  /** A script run in the page before the pane's own (to leave something in its storage, say). */
  readonly init?: string;
}

async function openPane(mode: OfficeMode, options: PaneOptions = {}): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 900 },
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ? "active" : "none",
  });
  contexts.push(context);
  const page = await context.newPage();
  if (options.init) await page.addInitScript({ content: options.init });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await routeOffice(page, mode);
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector("body[data-ready]");
  return { page, errors };
}

const inExcel = (config: Record<string, unknown> = {}): OfficeMode => ({ kind: "host", script: hostScript, config });

/** Runs `fn` against the fake workbook inside the page. */
function host<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const host = window.__fakeHost; return (${fn}); })()`) as Promise<T>;
}

const sheetNames = (page: Page): Promise<string[]> => host(page, "host.sheets.map((s) => s.name)");

async function insertSample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Insert template with sample AI roadmap" }).click();
  await expect.poll(() => page.locator("#start-status").textContent()).toMatch(/^Inserted/);
}

async function build(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Build plan" }).click();
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#build-btn")?.disabled);
}

const progressSteps = (page: Page): Promise<string[]> => page.locator("#progress-steps li").allTextContents();

async function axeScan(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  // Through the DevTools protocol, as a page script would be refused by the pane's CSP.
  await page.evaluate(readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
    ).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

const serious = (vs: { impact: string }[]): unknown[] => vs.filter((v) => v.impact === "serious" || v.impact === "critical");

describe("the built page", () => {
  it("loads only office.js from Microsoft's CDN and its own bundle, under a CSP without inline script or eval", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(scriptSources(html)).toEqual([OFFICE_CDN, "taskpane.js"]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
    expect(scriptSrc.sort()).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toMatch(/object-src 'none'/);
    // The ribbon's page too: office.js and its own bundle, nothing inline.
    const commands = readFileSync(path.join(dist, "commands.html"), "utf8");
    expect(scriptSources(commands)).toEqual([OFFICE_CDN, "commands.js"]);
    expect(commands).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  it("keeps ExcelJS out of the first load, which stays under 200 KB gzip", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const first = scriptSources(html).filter((s) => !s.startsWith("https:"));
    const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !first.includes(f));
    // A string of ExcelJS's own code (the name alone also appears in webpack's chunk map).
    const hasExcelJs = (f: string): boolean => readFileSync(path.join(dist, f), "utf8").includes("xl/workbook.xml");
    expect(first.filter(hasExcelJs)).toEqual([]);
    expect(lazy.filter(hasExcelJs).length).toBeGreaterThan(0);
    expect(firstLoadGzipBytes(dist)).toBeLessThanOrEqual(200 * 1024);
  });
});

describe("in Excel (the fake host)", () => {
  it("inserts the sample, builds with progress, and takes the user to a diagnostic's cell and to each sheet", async () => {
    const { page, errors } = await openPane(inExcel());
    await insertSample(page);
    expect(await sheetNames(page)).toEqual(INPUT_SHEETS);

    // A workstream nobody defined, on the third initiative: the engine must name that very cell.
    const where = await host<{ sheet: string; cell: string; address: string }>(
      page,
      `(() => {
        const t = host.findTable("Roadmap");
        // The Workstream column: third, after Key and Initiative.
        const row = t.rect.top + 3, col = t.rect.left + 2;
        host.assign(t.sheet, { top: row, left: col, bottom: row, right: col }, [["Quantum widgets"]], "values");
        const rect = { top: row, left: col, bottom: row, right: col };
        return { sheet: t.sheet.name, cell: String.fromCharCode(64 + col) + row, address: host.addressOf(t.sheet, rect) };
      })()`,
    );

    await page.selectOption("#s-horizonMonths", "9");
    await build(page);
    expect(errors).toEqual([]);
    expect(await page.locator("#build-error").isHidden()).toBe(true);

    const names = await sheetNames(page);
    expect(names.slice(0, INPUT_SHEETS.length)).toEqual(INPUT_SHEETS);
    expect(names.slice(INPUT_SHEETS.length).sort()).toEqual([...OUTPUT_SHEETS, ...HIDDEN_SHEETS].sort());
    const status = await host<string>(page, `host.peek(host.sheet("Summary"), 2, 2)?.value`);
    expect(status).toMatch(/^Complete/);
    // The horizon typed in the pane is now the workbook's own setting.
    const saved = await host<unknown[][]>(
      page,
      `(() => { const t = host.findTable("Settings"); return host.read(t.sheet, t.rect, "values"); })()`,
    );
    expect(saved.find((r) => r[0] === "Horizon (months)")?.[1]).toBe(9);

    const steps = await progressSteps(page);
    expect(steps.slice(0, 4)).toEqual(["Saving the settings", "Reading the roadmap", "Planning hires", "Reading the workbook"]);
    // The last write request cannot be cancelled any more, and the log says so before Done.
    expect(steps.slice(-2)).toEqual(["Too late to cancel — writing the last sheets", "Done"]);
    const writes = steps.slice(4, -2);
    expect(writes.length).toBeGreaterThan(0);
    if (writes.length === 1) expect(writes).toEqual([`Writing all ${OUTPUT_SHEETS.length + HIDDEN_SHEETS.length} sheets to Excel`]);
    else
      writes.forEach((s, i) =>
        expect(s).toMatch(
          new RegExp(
            `^Writing to Excel ${i + 1} of ${writes.length}: .+, sheet \\d+ of ${OUTPUT_SHEETS.length + HIDDEN_SHEETS.length} \\(`,
          ),
        ),
      );
    expect(steps.at(-1)).toBe("Done");
    const bar = await page.locator("#progress-bar").getAttribute("value");
    expect(bar).toBe("100");

    const diag = page.locator(`#r-diagnostics button[data-cell="${where.sheet}!${where.cell}"]`);
    await expect.poll(() => diag.count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "excel-results.png"), fullPage: true });
    await diag.click();
    await expect
      .poll(() => host<string | null>(page, "host.selection && host.addressOf(host.selection.sheet, host.selection.rect)"))
      .toBe(where.address);

    await page.getByText("Hires by role and the written sheets").click();
    await page.locator('#r-sheets button[data-sheet="Hiring Plan"]').click();
    await expect.poll(() => host<string | null>(page, "host.activeSheet && host.activeSheet.name")).toBe("Hiring Plan");

    const hires = Number(await page.locator("#r-hires").textContent());
    expect(hires).toBeGreaterThan(0);
    const counts = (await page.locator("#r-status li").allTextContents()).map((t) => Number(t.split(" ")[0]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(hires);

    expect(errors).toEqual([]);
  });

  it("a cancel mid-run stops before the next request and says truthfully what it left", async () => {
    const { page } = await openPane(inExcel({ syncDelayMs: 300 }));
    await insertSample(page);
    const cancelDuringWriterRead = async (): Promise<void> => {
      await page.getByRole("button", { name: "Build plan" }).click();
      await page.waitForFunction(() => document.querySelector("#progress-label")?.textContent === "Reading the workbook");
      expect(await page.locator("#build-btn").isDisabled()).toBe(true);
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#build-btn")?.disabled);
      expect(await page.locator("#progress-label").textContent()).toBe("Cancelled.");
      expect(await page.locator("#build-status").textContent()).toMatch(/cancelled before anything was written/i);
      expect(await progressSteps(page)).not.toContain("Done");
      expect(await page.locator("#cancel-btn").isHidden()).toBe(true);
    };

    await cancelDuringWriterRead();
    expect(await sheetNames(page)).toEqual(INPUT_SHEETS);
    await page.screenshot({ path: path.join(SHOTS, "excel-cancelled.png"), fullPage: true });

    await host(page, "(window.__fakeHostConfig.syncDelayMs = 0)");
    await build(page);
    expect(await host<string>(page, `host.peek(host.sheet("Summary"), 2, 2)?.value`)).toMatch(/^Complete/);
    const before = await host<string>(page, "JSON.stringify(host.snapshot())");

    // Cancelling a rebuild leaves the last complete plan exactly as it was, and says so.
    await host(page, "(window.__fakeHostConfig.syncDelayMs = 300)");
    await cancelDuringWriterRead();
    expect(await host<string>(page, "JSON.stringify(host.snapshot())")).toBe(before);
  });

  it("a failed write is explained in plain words and the Summary never claims a complete plan", async () => {
    const { page } = await openPane(inExcel());
    await insertSample(page);
    await failLastSyncOfFirstBuild(page);
    await build(page);
    expect(await page.locator("#progress-label").textContent()).toBe("Stopped by an error.");
    expect(await page.locator("#build-error").isVisible()).toBe(true);
    expect(await page.locator("#build-error-message").textContent()).toMatch(/\w+ \w+/);
    expect((await page.locator("#build-error-action").textContent())?.length).toBeGreaterThan(0);
    expect(await progressSteps(page)).not.toContain("Done");
    expect(await host<string>(page, `String(host.findSheet("Summary") && host.peek(host.sheet("Summary"), 2, 2)?.value)`)).not.toMatch(
      /^Complete/,
    );
    await page.screenshot({ path: path.join(SHOTS, "excel-error.png"), fullPage: true });
  });

  it("plans a user's own roadmap after they confirm or correct the detected columns", async () => {
    const { page, errors } = await openPane(inExcel());
    const [header = [], ...rows] = sampleRoadmap;
    // Their own words for our columns; "Stream name" is no synonym, so the user must pick it.
    const theirs = [["Ref", "Project", "Stream name", "Kickoff", "Due", "T-shirt", "Probability", "Priority", "Lead", "Comments"], ...rows];
    expect(theirs[0]?.length).toBe(header.length);
    await host(
      page,
      `(() => {
        const sheet = host.addSheet("My projects");
        const values = ${JSON.stringify(theirs)};
        const rect = { top: 3, left: 2, bottom: 2 + values.length, right: 1 + values[0].length };
        host.assign(sheet, rect, values.map((r) => r.map((v) => "'" + v)), "values");
        host.selection = { sheet, rect };
      })()`,
    );
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await page.waitForSelector("#mapping:not([hidden])");
    expect(await page.locator("#start-status").textContent()).toBe(
      "Choose a column for: Workstream (or one workstream type for every row).",
    );
    // Each field has a labelled dropdown showing what was detected.
    expect(await page.getByLabel("Initiative", { exact: true }).inputValue()).toBe("1");
    expect(await page.getByLabel("Size", { exact: true }).inputValue()).toBe("5");
    expect(await page.getByLabel("Key", { exact: true }).inputValue()).toBe("0");
    await page.getByLabel("Workstream", { exact: true }).selectOption({ label: "Stream name" });
    await page.getByRole("button", { name: "Use these columns" }).click();
    expect(await page.locator("#start-status").textContent()).toBe(
      `Using your roadmap on My projects (${rows.length} rows). Build the plan when ready.`,
    );
    await page.screenshot({ path: path.join(SHOTS, "excel-mapping.png"), fullPage: true });

    // Break one of their cells: the diagnostic must lead to it on their sheet, not on "Roadmap".
    await host(page, `host.assign(host.sheet("My projects"), { top: 5, left: 4, bottom: 5, right: 4 }, [["Quantum widgets"]], "values")`);
    await page.fill("#s-planStart", "2027-01");
    await page.fill("#s-asOf", "2026-10-01");
    await build(page);
    expect(await page.locator("#build-error").isHidden()).toBe(true);
    expect(await page.locator("#build-status").textContent()).toMatch(/no Settings table/);
    expect(Number(await page.locator("#r-hires").textContent())).toBeGreaterThan(0);
    await page.locator(`#r-diagnostics button[data-cell="'My projects'!D5"]`).click();
    await expect
      .poll(() => host<string | null>(page, "host.selection && host.addressOf(host.selection.sheet, host.selection.rect)"))
      .toBe("'My projects'!D5");
    // Remembered in the workbook, for the ribbon's Refresh plan.
    expect(await host<string>(page, `host.savedDocumentSettings.get(${JSON.stringify(ROADMAP_SOURCE_KEY)})`)).toMatch(
      /"sheet":"My projects"/,
    );
    expect(errors).toEqual([]);
  });

  it("opened on a workbook with a remembered roadmap, says it will use it, and can forget it", async () => {
    const header = ["Project", "Track", "Kickoff", "Due", "T-shirt"];
    const saved = encodeRoadmapSource(
      sourceOf({ sheet: "My projects", originRow: 3, originCol: 2, rows: [header] }, proposeMapping(header)),
    );
    const { page, errors } = await openPane(inExcel({ documentSettings: { [ROADMAP_SOURCE_KEY]: saved } }));
    await expect.poll(() => page.locator("#saved-roadmap-text").textContent()).toBe("Using your roadmap on My projects (saved mapping).");
    expect(await page.locator("#saved-roadmap").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Use the Roadmap table instead" }).click();
    await expect.poll(() => page.locator("#saved-roadmap").isHidden()).toBe(true);
    expect(await host<boolean>(page, `host.savedDocumentSettings.has(${JSON.stringify(ROADMAP_SOURCE_KEY)})`)).toBe(false);
    expect(await page.locator("#start-status").textContent()).toMatch(/Roadmap table/);
    expect(errors).toEqual([]);
  });

  it("an empty template cannot be planned, and the pane says what to do", async () => {
    const { page } = await openPane(inExcel());
    await page.getByRole("button", { name: "Insert empty template" }).click();
    await expect.poll(() => page.locator("#start-status").textContent()).toMatch(/Fill in the Roadmap sheet/);
    await build(page);
    expect(await page.locator("#progress-label").textContent()).toBe("No plan was made.");
    expect(await page.locator("#build-error-message").textContent()).toMatch(/roadmap/i);
    expect(await page.locator("#build-error-action").textContent()).toMatch(/then build again/);
    expect(await sheetNames(page)).toEqual(INPUT_SHEETS);
  });

  it("on an Excel too old for Headstart, says so at once", async () => {
    const { page } = await openPane(inExcel({ excelApi: "1.7" }));
    expect(await page.locator("#notice").textContent()).toMatch(/cannot run Headstart.*Excel 2019 or later/);
    await page.getByRole("button", { name: "Insert template with sample AI roadmap" }).click();
    await expect.poll(() => page.locator("#start-status").textContent()).toMatch(/cannot run Headstart/);
    expect(await sheetNames(page)).toEqual([]);
  });

  it("follows Office's dark theme and passes axe in light, dark and forced colours, first run and results alike", async () => {
    /** The first run, then results with grouped problems and the details open: every state a user meets. */
    const scan = async (page: Page): Promise<unknown[]> => {
      const found = serious(await axeScan(page));
      await insertSample(page);
      await breakSampleRows(page, [2, 4, 6]);
      await build(page);
      await page.getByText("Hires by role and the written sheets").click();
      await page.locator("#r-diagnostics details summary").first().click();
      return [...found, ...serious(await axeScan(page))];
    };
    const light = await openPane(inExcel());
    expect(await scan(light.page)).toEqual([]);

    const dark = await openPane(inExcel({ background: "#262626" }));
    expect(await dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await scan(dark.page)).toEqual([]);
    const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(31, 31, 31)");
    await dark.page.screenshot({ path: path.join(SHOTS, "excel-dark.png"), fullPage: true });

    const forced = await openPane(inExcel(), { forcedColors: true });
    expect(await scan(forced.page)).toEqual([]);
    await forced.page.screenshot({ path: path.join(SHOTS, "excel-forced-colours.png"), fullPage: true });
  });

  it("every control can be reached with the keyboard and has a label", async () => {
    const { page } = await openPane(inExcel());
    await insertSample(page);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")]
        .filter((el) => el.labels?.length === 0)
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    const reached = new Set<string>();
    await page.locator("h1").click();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ""));
    }
    for (const id of ["insert-sample", "insert-empty", "use-mine", "s-planStart", "s-horizonMonths", "s-currency", "build-btn"])
      expect(reached).toContain(id);
  });
});

describe("outside Office", () => {
  it("says so and plans the sample as a demo with previews and an .xlsx download", async () => {
    const { page, errors } = await openPane({ kind: "real" });
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe("demo");
    expect(await page.locator("#notice").textContent()).toMatch(/works inside Excel/);
    expect(await page.locator("#start").isHidden()).toBe(true);
    await page.getByRole("button", { name: "Plan the sample roadmap" }).click();
    await page.waitForSelector("#preview:not([hidden])");
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toEqual([...OUTPUT_SHEETS]);
    await page.getByRole("tab", { name: "Hiring Plan" }).click();
    expect(await page.locator("#preview table tr").count()).toBeGreaterThan(1);
    expect(serious(await axeScan(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "demo.png"), fullPage: true });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /workbook \(\.xlsx\)/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await file.path()) as string);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    // A file of its own: the plan's sheets, then the input it was planned from, which plans again.
    const grids = await readXlsxInput(bytes);
    expect(grids.roadmap?.rows.slice(1).map((r) => r[0])).toEqual(sampleRoadmap.slice(1).map((r) => r[0]));

    const calendar = page.waitForEvent("download");
    await page.getByRole("button", { name: /Calendar of pipeline starts/ }).click();
    const ics = readFileSync((await (await calendar).path()) as string, "utf8");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(0);
    expect(await page.locator("#x-status").textContent()).toMatch(/^Downloaded headstart-2027-01-pipelines\.ics\.$/);
    expect(errors).toEqual([]);
  });

  it("when office.js cannot load at all, still says why and offers the demo", async () => {
    const { page } = await openPane({ kind: "blocked" });
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe("demo");
    expect(await page.locator("#notice").textContent()).toMatch(/could not be loaded/);
    expect(await page.getByRole("button", { name: "Plan the sample roadmap" }).isEnabled()).toBe(true);
  });

  it("follows the system's dark mode", async () => {
    const { page } = await openPane({ kind: "real" }, { colorScheme: "dark" });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("button", { name: "Plan the sample roadmap" }).click();
    await page.waitForSelector("#preview:not([hidden])");
    expect(serious(await axeScan(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "demo-dark.png"), fullPage: true });
  });
});

/* ---------- issue 16: what a first-time user gets right, one test per numbered item ---------- */

const focusedId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? "");

/** A roadmap on a sheet of the user's, as text cells, and the cells they selected before clicking. */
async function putRoadmap(
  page: Page,
  sheet: string,
  values: readonly (readonly string[])[],
  select: "all" | { row: number; col: number },
): Promise<void> {
  await host(
    page,
    `(() => {
      const sheet = host.addSheet(${JSON.stringify(sheet)});
      const values = ${JSON.stringify(values)};
      const rect = { top: 1, left: 1, bottom: values.length, right: values[0].length };
      host.assign(sheet, rect, values.map((r) => r.map((v) => "'" + v)), "values");
      const pick = ${JSON.stringify(select)};
      host.selection = { sheet, rect: pick === "all" ? rect : { top: pick.row, left: pick.col, bottom: pick.row, right: pick.col } };
    })()`,
  );
}

const setCell = (page: Page, sheet: string, row: number, col: number, value: string): Promise<unknown> =>
  host(
    page,
    `host.assign(host.sheet(${JSON.stringify(sheet)}), { top: ${row}, left: ${col}, bottom: ${row}, right: ${col} }, [[${JSON.stringify(value)}]], "values")`,
  );

const savedMapping = (page: Page): Promise<string> =>
  host<string>(page, `host.savedDocumentSettings.get(${JSON.stringify(ROADMAP_SOURCE_KEY)}) ?? ""`);

/** The sample's roadmap with the Workstream of these data rows (1-based) set to a kind of work nobody defined. */
/**
 * Makes the first build on `page` fail at its last sync, a write request, however many reads come
 * first: a scratch pane with the sample counts what a first build takes.
 */
async function failLastSyncOfFirstBuild(page: Page): Promise<void> {
  const scratch = (await openPane(inExcel())).page;
  await insertSample(scratch);
  const before = await host<number>(scratch, "host.syncs");
  await build(scratch);
  const perBuild = (await host<number>(scratch, "host.syncs")) - before;
  await host(page, `(host.failAtSync = host.syncs + ${perBuild})`);
}

async function breakSampleRows(page: Page, rows: readonly number[]): Promise<void> {
  await host(
    page,
    `(() => {
      const t = host.findTable("Roadmap");
      // Column 3 of the table: Workstream, after Key and Initiative.
      for (const r of ${JSON.stringify(rows)}) host.assign(t.sheet, { top: t.rect.top + r, left: t.rect.left + 2, bottom: t.rect.top + r, right: t.rect.left + 2 }, [["Quantum widgets"]], "values");
    })()`,
  );
}

describe("a first-time user (issue 16)", () => {
  // Team names, not workstream types: what a real roadmap's "Team" column holds.
  const TEAM_ROADMAP = [
    ["Initiative", "Team", "Start", "End", "Size"],
    ["Support copilot", "Support", "2027-02", "2027-06", "M"],
    ["Search ranking", "Search", "2027-01", "2027-09", "L"],
    ["Fraud model", "Risk", "2027-03", "2027-08", "M"],
    ["Search autocomplete", "search", "2027-04", "2027-07", "S"],
  ];
  const STREAMS = defaultWorkstreams.slice(1).map((r) => String(r[0]));

  it("1. maps the user's own workstream values to workstream types once, remembers them, and names their sheet in every message", async () => {
    const { page, errors } = await openPane(inExcel());
    await putRoadmap(page, "2027 roadmap", TEAM_ROADMAP, "all");
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await page.getByLabel("Workstream", { exact: true }).selectOption({ label: "Team" });
    const values = page.locator("#mapping-workstreams");
    await expect.poll(() => values.isVisible()).toBe(true);
    // Each of their values once ("search" is "Search"), each offering exactly the workstream types.
    expect(await values.locator("label").allTextContents()).toEqual(["Support", "Search", "Risk"]);
    for (const select of await values.locator("select").all())
      expect((await select.locator("option").allTextContents()).slice(1)).toEqual(STREAMS);
    expect(await values.textContent()).toMatch(new RegExp(`${STREAMS.length} workstream types`));
    expect(serious(await axeScan(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "mapping-workstreams.png"), fullPage: true });

    await page.getByRole("button", { name: "Use these columns" }).click();
    expect(await page.locator("#start-status").textContent()).toBe("Choose a workstream type for: Support, Search, Risk.");
    expect(await page.getByLabel("Support", { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByLabel("Support", { exact: true }).selectOption("GenAI feature (RAG / agents)");
    await page.getByLabel("Search", { exact: true }).selectOption("Predictive ML model");
    await page.getByLabel("Risk", { exact: true }).selectOption("Predictive ML model");
    await page.getByRole("button", { name: "Use these columns" }).click();
    await page.fill("#s-planStart", "2027-01");
    await build(page);
    expect(await page.locator("#build-status").textContent()).toMatch(/^Planned all 4 initiatives\./);
    expect(await page.locator("#r-diagnostics").textContent()).not.toMatch(/unknown workstream/);
    expect(JSON.parse(await savedMapping(page)).workstreams).toEqual({
      kind: "values",
      values: { support: "GenAI feature (RAG / agents)", search: "Predictive ML model", risk: "Predictive ML model" },
    });

    // A mistake in their sheet is reported at their sheet's cell, in the list and in the reason.
    await setCell(page, "2027 roadmap", 4, 5, "huge");
    await build(page);
    expect(await page.locator("#r-diagnostics button.diag").first().getAttribute("data-cell")).toBe("'2027 roadmap'!E4");
    for (const r of [2, 3, 5]) await setCell(page, "2027 roadmap", r, 5, "huge");
    await build(page);
    expect(await page.locator("#build-error-message").textContent()).toMatch(/'2027 roadmap'!/);
    expect(await page.locator("#results").textContent()).not.toMatch(/\bRoadmap!/);
    expect(await page.locator("#build-error-message").textContent()).not.toMatch(/\bRoadmap!/);

    // Or one workstream type for every row, when their column means nothing of the kind.
    for (const r of [2, 3, 4, 5]) await setCell(page, "2027 roadmap", r, 5, "M");
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await page.getByLabel("Workstream", { exact: true }).selectOption("");
    await page.getByLabel("Workstream type for every row").selectOption("Applied AI product feature");
    await page.getByRole("button", { name: "Use these columns" }).click();
    await build(page);
    expect(await page.locator("#build-status").textContent()).toMatch(/^Planned all 4 initiatives\./);
    expect(JSON.parse(await savedMapping(page)).workstreams).toEqual({ kind: "all", workstream: "Applied AI product feature" });
    expect(errors).toEqual([]);
  });

  it("2. once the last write is under way, Cancel is gone and the pane says it is too late", async () => {
    const { page } = await openPane(inExcel({ syncDelayMs: 300 }));
    await insertSample(page);
    await page.getByRole("button", { name: "Build plan" }).click();
    await page.waitForFunction(
      () => document.querySelector("#progress-label")?.textContent === "Too late to cancel — writing the last sheets",
      undefined,
      { timeout: 15_000 },
    );
    expect(await page.locator("#cancel-btn").isHidden()).toBe(true);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#build-btn")?.disabled);
    expect(await page.locator("#build-status").textContent()).toMatch(/^Planned all 10 initiatives\. The sheets are written\./);
  });

  it("3. the next action clears the last run's error and results, and no advice is untrue", async () => {
    const failed = JSON.stringify({ ok: false, message: "there is no Roadmap table", at: "2026-11-30T08:00:00Z" });
    const { page } = await openPane(inExcel(), { init: `localStorage.setItem("headstart.lastRefresh", ${JSON.stringify(failed)});` });
    expect(await page.locator("#build-error-message").textContent()).toMatch(/no Roadmap table/);
    await insertSample(page);
    expect(await page.locator("#build-error").isHidden()).toBe(true);

    // A failed build's problems go too when the user next inserts the template.
    await breakSampleRows(page, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await build(page);
    expect(await page.locator("#results").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Insert template with sample AI roadmap" }).click();
    await expect.poll(() => page.locator("#start-status").textContent()).toMatch(/left as they are/);
    expect(await page.locator("#results").isHidden()).toBe(true);
    expect(await page.locator("#build-error").isHidden()).toBe(true);

    // An error Excel raised mid-write: no "save, close and reopen" that nothing suggests would help.
    const second = (await openPane(inExcel())).page;
    await insertSample(second);
    await failLastSyncOfFirstBuild(second);
    await build(second);
    expect(await second.locator("#build-error-message").textContent()).toMatch(/Writing the plan stopped/);
    expect(await second.locator("#build-error").textContent()).not.toMatch(/reopen/i);
  });

  it("4. an empty workbook's first run offers one first action, and Build waits for a roadmap", async () => {
    const { page } = await openPane(inExcel());
    expect(await page.locator(".btn.primary").filter({ visible: true }).allTextContents()).toEqual([
      "Insert template with sample AI roadmap",
    ]);
    expect(await page.locator("#build-btn").isDisabled()).toBe(true);
    expect(await page.locator("#build-hint").isVisible()).toBe(true);
    expect(await page.locator("#settings").isHidden()).toBe(true);
    expect(serious(await axeScan(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "first-run.png"), fullPage: true });

    await insertSample(page);
    await expect.poll(() => page.locator("#build-btn").isEnabled()).toBe(true);
    expect(await page.locator(".btn.primary").filter({ visible: true }).allTextContents()).toEqual(["Build plan"]);
    expect(await page.locator("#settings").isVisible()).toBe(true);
  });

  it("4. a Roadmap table made in Excel while the pane waited enables Build when the user comes back to the pane", async () => {
    const { page } = await openPane(inExcel());
    expect(await page.locator("#build-btn").isDisabled()).toBe(true);
    await host(
      page,
      `(() => {
        const values = ${JSON.stringify(sampleRoadmap)};
        const sheet = host.addSheet("Roadmap");
        host.assign(sheet, { top: 1, left: 1, bottom: values.length, right: values[0].length }, values, "values");
        host.renameTable(host.addTable(sheet, "A1:J" + values.length, true), "Roadmap");
      })()`,
    );
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => page.locator("#build-btn").isEnabled()).toBe(true);
    expect(await page.locator("#settings").isVisible()).toBe(true);
  });

  it("5. a plan that left rows out says how many it planned and how many need fixing", async () => {
    const { page } = await openPane(inExcel());
    await insertSample(page);
    await breakSampleRows(page, [2, 4, 6, 8]);
    await build(page);
    // Beside the result, where the old pane said only "Done: the plan is written."
    expect(await page.locator("#build").textContent()).toMatch(/Planned 6 of 10 initiatives — 4 rows need fixing\./);
    expect(await page.locator("#build").textContent()).not.toMatch(/Done: the plan is written/);
    // The four rows alike are one card, the other three cells one click away and each still a way to its cell.
    expect(await page.locator("#r-diagnostics > li").count()).toBe(1);
    await page.getByText("The same on 3 more rows").click();
    await page.locator("#r-diagnostics details button[data-cell]").last().click();
    const t = await host<{ sheet: string; top: number; left: number }>(
      page,
      `(() => { const t = host.findTable("Roadmap"); return { sheet: t.sheet.name, top: t.rect.top, left: t.rect.left }; })()`,
    );
    await expect
      .poll(() => host<string | null>(page, "host.selection && host.addressOf(host.selection.sheet, host.selection.rect)"))
      .toBe(`${t.sheet}!${String.fromCharCode(64 + t.left + 2)}${t.top + 8}`);
    await page.screenshot({ path: path.join(SHOTS, "results-dropped-rows.png"), fullPage: true });
  });

  it("6. the sample's results fit in two screens, in plain words, next actions first and details one click away", async () => {
    const { page } = await openPane(inExcel());
    await insertSample(page);
    await build(page);
    const box = async (sel: string): Promise<{ top: number; bottom: number }> =>
      page.locator(sel).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
      });
    // From the Build card (progress and outcome) to the end of the results: what a user scrolls through after a build.
    const height = (await box("main")).bottom - (await box("#build")).top;
    expect(height).toBeLessThanOrEqual(1300);
    expect((await box("#export")).top).toBeLessThan((await box("#results")).top);
    // Keyboard and screen-reader users are taken to the next actions, at the top of what the build made.
    expect(await focusedId(page)).toBe("export-h");
    expect(await page.locator("#progress-log").getAttribute("open")).toBeNull();
    // A pipeline already late says by how much, in words, not only a past date.
    const asOf = await page.locator("#s-asOf").inputValue();
    const pipelines = await page.locator("#r-pipelines li").allTextContents();
    const late = pipelines.filter((t) => (/was due (\d{4}-\d{2}-\d{2})/.exec(t)?.[1] ?? "9999") < asOf);
    expect(late.length).toBeGreaterThan(0);
    for (const t of late) expect(t).toMatch(/start sourcing now, overdue by (\d+½?|½) (months?|weeks?|days?)/);
    expect(await page.locator("#r-roles").isVisible()).toBe(false);
    await page.getByText("Hires by role and the written sheets").click();
    expect(await page.locator("#r-roles").isVisible()).toBe(true);
    expect(await page.locator("#r-roles tr").count()).toBeGreaterThan(0);
    // Repeats are grouped: no two pipeline lines alike.
    expect(new Set(pipelines).size).toBe(pipelines.length);
  });

  it("7. one selected cell is enough: its current region is used, required fields are marked, focus goes to the gap", async () => {
    const { page } = await openPane(inExcel());
    expect(await page.locator("#use-mine-hint").isVisible()).toBe(true);
    const [, ...rows] = sampleRoadmap;
    const theirs = [
      ["Ref", "Project", "Stream name", "Kickoff", "Due", "T-shirt", "Probability", "Priority", "Lead", "Comments"],
      ...rows.map((r) => r.map(String)),
    ];
    await putRoadmap(page, "My projects", theirs, { row: 4, col: 3 });
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await page.waitForSelector("#mapping:not([hidden])");
    expect(await page.locator("#mapping-source").textContent()).toMatch(`with ${rows.length} rows`);
    const required = await page
      .locator("#mapping-fields select[aria-required=true]")
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).dataset.field));
    expect(required).toEqual(["Initiative", "Workstream", "Start", "End", "Size"]);
    const star = await page.locator('label[for="map-Size"]').evaluate((el) => getComputedStyle(el, "::after").content);
    expect(star).toMatch(/\*/);
    expect(await focusedId(page)).toBe("map-Workstream");
    expect(await page.locator("#map-Workstream").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Workstream", { exact: true }).selectOption({ label: "Stream name" });
    await page.getByRole("button", { name: "Use these columns" }).click();
    expect(await page.locator("#mapping").isHidden()).toBe(true);
    expect(await focusedId(page)).toBe("build-btn");
  });

  it("8. with no Settings table, the form shows the values the plan will use", async () => {
    const { page } = await openPane(inExcel());
    await putRoadmap(
      page,
      "2027 roadmap",
      sampleRoadmap.map((r) => r.map(String)),
      "all",
    );
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await page.getByRole("button", { name: "Use these columns" }).click();
    // docs/spec.md §1: with no Settings table a plan starts next month, over 12 months, in USD.
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
    const nextMonth = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, "0")}`;
    await expect.poll(() => page.locator("#s-planStart").inputValue()).toBe(nextMonth);
    expect(await page.locator("#s-horizonMonths").inputValue()).toBe("12");
    expect(await page.locator("#s-currency").inputValue()).toBe("USD");
    expect(await page.locator("#s-reqsPerRecruiter").inputValue()).toBe("12");
  });

  it("with too few recruiters, says how many hires slip and what would keep them on time, and rebuilds at the suggestion in one click", async () => {
    const { page, errors } = await openPane(inExcel());
    await insertSample(page);
    // The sample peaks at 19 pipelines: one recruiter of 12 reqs cannot start them all on time.
    await page.fill("#s-recruiters", "1");
    await build(page);
    expect(errors).toEqual([]);
    const text = page.locator("#r-capacity-text");
    expect(await text.textContent()).toMatch(
      /^\d+ hires? slips? for recruiting capacity.*2 recruiters \(the plan has 1\) keep every pipeline on time\.$/,
    );
    const rebuild = page.getByRole("button", { name: "Rebuild with 2 recruiters" });
    await rebuild.click();
    await expect.poll(() => page.locator("#s-recruiters").inputValue()).toBe("2");
    await expect.poll(() => text.textContent()).toMatch(/^Every pipeline fits the recruiting capacity: no hire slips\./);
    expect(await rebuild.isHidden()).toBe(true);
    // The suggestion is now the workbook's own setting, as if typed there.
    const saved = await host<unknown[][]>(
      page,
      `(() => { const t = host.findTable("Settings"); return host.read(t.sheet, t.rect, "values"); })()`,
    );
    expect(saved.find((r) => r[0] === "Recruiters")?.[1]).toBe(2);

    // Emptying the field goes back to no limit: the table's value is cleared, and capacity is not planned.
    await page.fill("#s-recruiters", "");
    await build(page);
    const cleared = await host<unknown[][]>(
      page,
      `(() => { const t = host.findTable("Settings"); return host.read(t.sheet, t.rect, "values"); })()`,
    );
    expect(cleared.find((r) => r[0] === "Recruiters")?.[1]).toBe("");
    await expect.poll(() => page.locator("#r-capacity").isHidden()).toBe(true);
    expect(await page.locator("#s-recruiters").inputValue()).toBe("");
    expect(errors).toEqual([]);
  });

  it("9. keyboard and screen reader: focus stays on Build after Cancel, progress is announced politely, a cancel is no alarm", async () => {
    const { page } = await openPane(inExcel({ syncDelayMs: 300 }));
    await insertSample(page);
    await page.getByRole("button", { name: "Build plan" }).click();
    await page.waitForFunction(() => document.querySelector("#progress-label")?.textContent === "Reading the workbook");
    expect(await page.evaluate(() => document.querySelector("[aria-busy=true]") === null)).toBe(true);
    expect(await page.locator("#progress-steps").getAttribute("role")).toBe("log");
    await page.locator("#cancel-btn").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#build-btn")?.disabled);
    expect(await focusedId(page)).toBe("build-btn");
    expect(await page.locator("#build-error").isHidden()).toBe(true);
    expect(await page.locator("#build-status").getAttribute("role")).toBe("status");
    expect(await page.locator("#build-status").textContent()).toMatch(/cancelled/i);
  });

  it("10. an export that downloads leaves the workbook alone; where the host cannot download, it becomes a sheet", async () => {
    const web = await openPane(inExcel({ platform: "OfficeOnline" }));
    await insertSample(web.page);
    await build(web.page);
    const before = await sheetNames(web.page);
    const download = web.page.waitForEvent("download");
    await web.page.getByRole("button", { name: /Recruiter list/ }).click();
    expect((await download).suggestedFilename()).toMatch(/recruiters\.csv$/);
    await expect.poll(() => web.page.locator("#x-status").textContent()).toMatch(/^Downloaded .*\.csv\.$/);
    expect(await sheetNames(web.page)).toEqual(before);
    // The same list as an ATS imports it (issue 14): Greenhouse's job import, one job's openings together.
    expect(await web.page.getByLabel("Recruiter list in the columns of").locator("option").allTextContents()).toEqual([
      "Headstart (its own columns)",
      ...["Greenhouse", "Lever", "Ashby", "Workday", "ChartHop"].map((t) => `${t} (its import file)`),
    ]);
    await web.page.getByLabel("Recruiter list in the columns of").selectOption("greenhouse");
    const ats = web.page.waitForEvent("download");
    await web.page.getByRole("button", { name: /Recruiter list/ }).click();
    expect((await ats).suggestedFilename()).toMatch(/-greenhouse\.csv$/);
    const rows = readFileSync((await (await ats).path()) as string, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(rows[0]).toMatch(/^Requisition_ID,Number_of_Openings,/);
    const jobs = rows.slice(1).map((r) => r.split(",")[0]);
    // Each job's rows are adjacent: a job never comes back after another.
    expect(jobs.filter((j, i) => i === 0 || jobs[i - 1] !== j)).toEqual([...new Set(jobs)]);

    const mac = await openPane(inExcel({ platform: "Mac" }));
    await insertSample(mac.page);
    await build(mac.page);
    await mac.page.getByRole("button", { name: /Recruiter list/ }).click();
    await expect.poll(() => sheetNames(mac.page)).toContain("Recruiter CSV");
    const header = await host<unknown[]>(mac.page, `[1, 2, 3].map((c) => host.peek(host.sheet("Recruiter CSV"), 1, c)?.value)`);
    expect(header.every((h) => typeof h === "string" && h.length > 0)).toBe(true);
    expect(await mac.page.locator("#x-status").textContent()).toMatch(/cannot download.*"Recruiter CSV"/);
  });

  it("11. inserting twice says so once; As of reads as the errors ask; currency in capitals; a visible bar in forced colours; no sideways scroll at 200 %", async () => {
    const { page } = await openPane(inExcel({ syncDelayMs: 100 }), { forcedColors: true });
    await insertSample(page);
    await page.getByRole("button", { name: "Insert template with sample AI roadmap" }).click();
    await expect.poll(() => page.locator("#start-status").textContent()).toMatch(/left as they are/);
    const sentences = ((await page.locator("#start-status").textContent()) ?? "").split(/(?<=\.)\s+/);
    expect(sentences.filter((s) => /left as they are/.test(s))).toHaveLength(1);
    expect(new Set(sentences).size).toBe(sentences.length);

    expect(await page.locator("#s-asOf").evaluate((el) => (el as HTMLInputElement).type)).toBe("text");
    expect(await page.locator("#s-asOf").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.fill("#s-currency", "eur");
    expect(await page.locator("#s-currency").inputValue()).toBe("EUR");

    await page.getByRole("button", { name: "Build plan" }).click();
    await page.waitForSelector("#progress:not([hidden])");
    const bar = await page
      .locator("#progress-bar")
      .evaluate((el) => ({ adjust: getComputedStyle(el).forcedColorAdjust, border: getComputedStyle(el).borderTopWidth }));
    expect(bar).toEqual({ adjust: "none", border: "1px" });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#build-btn")?.disabled);
    expect(serious(await axeScan(page))).toEqual([]);

    // 320 px at 200 % zoom is a 160 px wide viewport.
    await page.setViewportSize({ width: 160, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
  });
});

describe("a roadmap from another tool (issue 14)", () => {
  const JIRA = [
    ["Issue key", "Summary", "Component/s", "Custom field (Start date)", "Due date", "Custom field (T-shirt size)", "Priority"],
    ["AI-101", "Support copilot", "GenAI feature (RAG / agents)", "04/Jan/27 9:00 AM", "30/Jun/27 5:00 PM", "L", "Highest"],
    ["AI-102", "Fraud model v2", "Predictive ML model", "01/02/2027", "30/09/2027", "M", "High"],
  ];

  it("recognises a pasted Jira export, proposes the workbook's date order, asks for it when unset, converts dates and priorities and remembers the choices", async () => {
    const { page, errors } = await openPane(inExcel());
    await host(page, `(host.shortDatePattern = "dd/MM/yyyy")`);
    await putRoadmap(page, "Jira", JIRA, "all");
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await expect.poll(() => page.locator("#mapping").isVisible()).toBe(true);
    expect(await page.getByLabel("Exported from").inputValue()).toBe("jira");
    expect(await page.getByLabel("Dates like 1/4/2027").inputValue()).toBe("DMY");
    expect(await page.locator("#mapping-date-order-hint").textContent()).toBe("Proposed from the workbook's date format dd/MM/yyyy.");
    const columnOf = (field: string): Promise<string> =>
      page.locator(`#map-${field}`).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
    expect(await columnOf("Initiative")).toBe("Summary");
    expect(await columnOf("Start")).toBe("Custom field (Start date)");
    expect(await columnOf("Key")).toBe("Issue key");
    expect(serious(await axeScan(page))).toEqual([]);

    // 01/02/2027 is 1 February or 2 January: with no order, the pane asks before any build, naming the cell.
    await page.getByLabel("Dates like 1/4/2027").selectOption("");
    await page.getByRole("button", { name: "Use these columns" }).click();
    expect(await page.locator("#start-status").textContent()).toMatch(
      /^Jira!D3: "01\/02\/2027" is a date written with numbers only \(as is 1 more cell\).*choose the order under "Dates like 1\/4\/2027"/,
    );
    expect(await focusedId(page)).toBe("mapping-date-order");
    expect(await page.getByLabel("Dates like 1/4/2027").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Dates like 1/4/2027").selectOption("DMY");
    await page.getByRole("button", { name: "Use these columns" }).click();
    expect(await page.locator("#start-status").textContent()).toBe(
      "Using your roadmap on Jira (2 rows). Jira export: 4 dates such as 04/Jan/27 9:00 AM → 2027-01-04 (date order DMY from the workbook's date format dd/MM/yyyy), priority Highest → P0, High → P1. Build the plan when ready.",
    );
    await page.fill("#s-planStart", "2027-01");
    await build(page);
    expect(await page.locator("#build-status").textContent()).toMatch(/^Planned all 2 initiatives\..*Jira export: 4 dates/);
    // Hire ids carry the Jira keys; Fraud model v2 starts 1 February (DMY), so its hires are in the plan.
    const ids = await host<string[]>(page, `[...host.sheet("Hiring Plan").cells.values()].map((c) => String(c.value))`);
    expect(ids.some((v) => /-AI-101-/.test(v))).toBe(true);
    expect(ids.some((v) => /-AI-102-/.test(v))).toBe(true);
    expect(JSON.parse(await savedMapping(page)).import).toEqual({
      from: "jira",
      dateOrder: "DMY",
      dateOrderSource: "the workbook's date format dd/MM/yyyy",
    });

    // Another tool chosen by hand: its own columns are proposed afresh.
    await page.getByRole("button", { name: "Use my roadmap" }).click();
    await page.getByLabel("Exported from").selectOption("generic");
    expect(await columnOf("Start")).toBe("(none)");
    expect(await page.locator("#start-status").textContent()).toBe("Choose a column for: Start, Size.");
    expect(errors).toEqual([]);
  });
});

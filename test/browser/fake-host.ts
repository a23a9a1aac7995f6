/**
 * Runs in the page, before the add-in's scripts: plays Excel (the fake of test/fake-excel) and the
 * bits of Office.js the pane asks for, and leaves the workbook on `window.__fakeHost` for the test
 * to inspect. Bundled for the browser by `fakeHostScript()` in harness.ts.
 */
import { FakeContext, fakeGlobals, WorkbookModel } from "../fake-excel/index";

export interface FakeHostConfig {
  /** Office's pane background, e.g. `#262626` for the Black theme. */
  readonly background?: string;
  readonly platform?: string;
  /** A wait before each sync, so a test can click Cancel mid-run. */
  readonly syncDelayMs?: number;
  /** The ExcelApi requirement set the host claims, e.g. "1.7" for Excel 2016. */
  readonly excelApi?: string;
  /** Add-in settings already saved in the workbook (`Office.context.document.settings`). */
  readonly documentSettings?: Record<string, unknown>;
}

declare global {
  interface Window {
    __fakeHostConfig?: FakeHostConfig;
    __fakeHost?: WorkbookModel;
  }
}

const config: FakeHostConfig = window.__fakeHostConfig ?? {};
const host = new WorkbookModel();
if (config.excelApi) host.supported = { ExcelApi: config.excelApi };
host.savedDocumentSettings = new Map(Object.entries(config.documentSettings ?? {}));
const globals = fakeGlobals(host);

const sync = FakeContext.prototype.sync;
FakeContext.prototype.sync = async function delayedSync(this: FakeContext): Promise<void> {
  if (config.syncDelayMs) await new Promise((r) => setTimeout(r, config.syncDelayMs));
  return sync.call(this);
};

const info = { host: "Excel", platform: config.platform ?? "OfficeOnline" };
const background = config.background ?? "#FFFFFF";
const dark = background !== "#FFFFFF" && background.toLowerCase() !== "#ffffff";
const office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: globals.Office.AsyncResultStatus,
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  actions: { associate: () => undefined },
  context: {
    ...globals.Office.context,
    platform: info.platform,
    officeTheme: {
      bodyBackgroundColor: background,
      bodyForegroundColor: dark ? "#FFFFFF" : "#000000",
      controlBackgroundColor: background,
      controlForegroundColor: dark ? "#FFFFFF" : "#000000",
    },
  },
};

Object.assign(window, { Excel: globals.Excel, Office: office, __fakeHost: host });

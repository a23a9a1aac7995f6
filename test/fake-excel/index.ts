/**
 * A strict in-memory Excel for tests (never shipped): `installFakeExcel()` puts a fake `Excel` and
 * `Office` on globalThis so `src/excel` runs unchanged against it, and returns the workbook model
 * to arrange and inspect.
 */
import { FakeContext } from "./client";
import { WorkbookModel } from "./model";

export { FakeOfficeError, WorkbookModel, type CellModel, type SheetModel } from "./model";
export { FakeContext } from "./client";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcelGlobals {
  readonly Excel: Pick<typeof Excel, "run">;
  readonly Office: {
    readonly AsyncResultStatus: { readonly Succeeded: "succeeded"; readonly Failed: "failed" };
    readonly context: {
      readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
      readonly document: { readonly settings: FakeSettings };
    };
  };
}

type FakeSettings = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync" | "refreshAsync">;

/**
 * The document's settings bag as Office gives it to one runtime (pane or ribbon): an in-memory copy
 * loaded at start, values kept as JSON; saveAsync writes the copy to the file and refreshAsync
 * reloads it from there, each answering later.
 */
function fakeSettings(host: WorkbookModel): FakeSettings {
  let memory = new Map(host.savedDocumentSettings);
  const checkName = (name: unknown): void => {
    if (typeof name !== "string" || name === "") throw new TypeError("Settings name must be a non-empty string");
  };
  const later = (callback: unknown, result: () => unknown): void => {
    setTimeout(() => (callback as ((r: unknown) => void) | undefined)?.(result()), 0);
  };
  const settings: FakeSettings = {
    get: (name: string): unknown => {
      checkName(name);
      return memory.has(name) ? structuredClone(memory.get(name)) : null;
    },
    set: (name: string, value: unknown): void => {
      checkName(name);
      memory.set(name, JSON.parse(JSON.stringify(value ?? null)) as unknown);
    },
    remove: (name: string): void => {
      checkName(name);
      memory.delete(name);
    },
    saveAsync: ((optionsOrCallback?: unknown, maybeCallback?: unknown) => {
      later(typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback, () => {
        if (host.settingsSaveFails) return { status: "failed", value: undefined, error: { code: 5009, name: "Permission Denied", message: "The workbook is read-only." } };
        host.savedDocumentSettings = new Map(memory);
        return { status: "succeeded", value: undefined };
      });
    }) as Office.Settings["saveAsync"],
    refreshAsync: ((callback?: unknown) => {
      later(callback, () => {
        memory = new Map(host.savedDocumentSettings);
        return { status: "succeeded", value: settings };
      });
    }) as Office.Settings["refreshAsync"],
  };
  return settings;
}

export function fakeGlobals(host: WorkbookModel): FakeExcelGlobals {
  async function run<T>(optionsOrBatch: Excel.RunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> {
    const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    const context = new FakeContext(host, options.delayForCellEdit === true);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run syncs what the batch left queued.
    if (context.pending > 0) await context.sync();
    return result;
  }
  return {
    Excel: { run: run as typeof Excel.run },
    Office: {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        requirements: { isSetSupported: (name: string, version?: string | number) => host.isSetSupported(name, version === undefined ? undefined : String(version)) },
        document: { settings: fakeSettings(host) },
      },
    },
  };
}

/** Installs the fake as the global `Excel` and `Office`; `restore()` puts back what was there. */
export function installFakeExcel(host: WorkbookModel = new WorkbookModel()): { host: WorkbookModel; restore: () => void } {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  const globals = fakeGlobals(host);
  g.Excel = globals.Excel;
  g.Office = globals.Office;
  return {
    host,
    restore: () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}

/** A fresh context on `host`, for tests that drive the proxies directly. */
export function fakeContext(host: WorkbookModel, delayForCellEdit = false): Excel.RequestContext {
  return new FakeContext(host, delayForCellEdit) as unknown as Excel.RequestContext;
}

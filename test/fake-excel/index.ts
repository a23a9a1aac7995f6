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
  readonly Office: { readonly context: { readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> } };
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
    Office: { context: { requirements: { isSetSupported: (name: string, version?: string | number) => host.isSetSupported(name, version === undefined ? undefined : String(version)) } } },
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

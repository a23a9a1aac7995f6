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
 * One JavaScript runtime of the add-in (the pane's, or the one a ribbon button starts).
 *
 * `lifetimeMs`: "When a function command is executed ... it shuts down when the first of the
 * following occurs: the function command calls the `completed` method of its event parameter;
 * five minutes have elapsed since the triggering event" ("Runtimes in Office Add-ins", Browser
 * runtime, https://learn.microsoft.com/office/dev/add-ins/testing/runtimes). Past it, nothing the
 * runtime started ever answers: its syncs and settings callbacks stay pending, as dead code would.
 *
 * `documentSettings`: each runtime holds its own copy of `Office.context.document.settings`. Whether
 * a function command's runtime sees what the pane saved is not documented; `"unseen"` is the worst
 * case, a copy that starts empty and that `refreshAsync` empties again (OfficeDev/office-js#594:
 * "refresh setting wipes out data" in Excel on the web).
 */
export interface FakeRuntime {
  readonly lifetimeMs?: number;
  readonly documentSettings?: "shared" | "unseen";
}

/** A runtime's clock: whether it has ended, and a promise that never settles for what it starts after. */
export class RuntimeClock {
  private readonly started = Date.now();
  constructor(private readonly lifetimeMs = Infinity) {}
  ended(): boolean {
    return Date.now() - this.started >= this.lifetimeMs;
  }
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/**
 * The document's settings bag as Office gives it to one runtime (pane or ribbon): an in-memory copy
 * loaded at start, values kept as JSON; saveAsync writes the copy to the file and refreshAsync
 * reloads it from there, each answering later.
 */
function fakeSettings(host: WorkbookModel, runtime: FakeRuntime, clock: RuntimeClock): FakeSettings {
  const fromFile = (): Map<string, unknown> => (runtime.documentSettings === "unseen" ? new Map() : new Map(host.savedDocumentSettings));
  let memory = fromFile();
  const checkName = (name: unknown): void => {
    if (typeof name !== "string" || name === "") throw new TypeError("Settings name must be a non-empty string");
  };
  const later = (callback: unknown, result: () => unknown): void => {
    setTimeout(() => {
      if (!clock.ended()) (callback as ((r: unknown) => void) | undefined)?.(result());
    }, 0);
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
        if (host.settingsSaveFails)
          return {
            status: "failed",
            value: undefined,
            error: { code: 5009, name: "Permission Denied", message: "The workbook is read-only." },
          };
        host.savedDocumentSettings = new Map(memory);
        return { status: "succeeded", value: undefined };
      });
    }) as Office.Settings["saveAsync"],
    refreshAsync: ((callback?: unknown) => {
      later(callback, () => {
        memory = fromFile();
        return { status: "succeeded", value: settings };
      });
    }) as Office.Settings["refreshAsync"],
  };
  return settings;
}

export function fakeGlobals(host: WorkbookModel, runtime: FakeRuntime = {}): FakeExcelGlobals {
  const clock = new RuntimeClock(runtime.lifetimeMs);
  async function run<T>(optionsOrBatch: Excel.RunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> {
    const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    if (clock.ended()) return never();
    const context = new FakeContext(host, options.delayForCellEdit === true, clock, options.mergeUndoGroup === true);
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
        requirements: {
          isSetSupported: (name: string, version?: string | number) =>
            host.isSetSupported(name, version === undefined ? undefined : String(version)),
        },
        document: { settings: fakeSettings(host, runtime, clock) },
      },
    },
  };
}

/** Installs the fake as the global `Excel` and `Office`; `restore()` puts back what was there. */
export function installFakeExcel(
  host: WorkbookModel = new WorkbookModel(),
  runtime: FakeRuntime = {},
): { host: WorkbookModel; restore: () => void } {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  const globals = fakeGlobals(host, runtime);
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

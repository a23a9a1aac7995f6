/**
 * Ribbon commands. "Refresh plan" re-runs the plan with the settings saved in the workbook,
 * without opening the pane: the same run as the pane's Build button.
 *
 * Excel ends a function command's runtime five minutes after the click, whatever it is doing
 * (docs/ribbon-runtime.md): so the refresh keeps its own clock. It never waits inside Excel for a
 * cell edit to end (a request left waiting there when the runtime ends has no documented fate); it
 * retries while time remains, cancels the write between requests when time runs out, and marks its
 * start, so a refresh cut off anyway is reported by the pane.
 */
import { localToday } from "../plan/calendar";
import { HeadstartExcelError, officeErrorCode } from "../excel/host";
import { errorText } from "../app/errors";
import { markRefreshStarted, saveRefreshOutcome } from "../app/last-refresh";
import { runPlan, type RunResult } from "../app/run";

export interface RibbonLimits {
  /** How long a refresh may run: well inside the five minutes, so the last request can finish. */
  readonly budgetMs: number;
  /** The wait before trying again while the user edits a cell. */
  readonly pollMs: number;
}

export const RIBBON_LIMITS: RibbonLimits = { budgetMs: 4 * 60_000, pollMs: 2_000 };

/** Excel refused the request because a cell is being edited: directly, or inside the writer's error. */
function cellEditRefusal(e: unknown): boolean {
  const code = (x: unknown): string => officeErrorCode(x);
  return code(e) === "InvalidOperationInCellEditMode" || (e instanceof Error && code(e.cause) === "InvalidOperationInCellEditMode");
}

async function refreshWithin(limits: RibbonLimits, started: number): Promise<RunResult> {
  const deadline = started + limits.budgetMs;
  const timer = new AbortController();
  const stop = setTimeout(() => timer.abort(), limits.budgetMs);
  try {
    for (;;) {
      try {
        return await runPlan({
          today: localToday(),
          generatedAt: new Date().toLocaleString(),
          signal: timer.signal,
          waitForCellEdit: false,
        });
      } catch (e) {
        if (timer.signal.aborted) {
          throw new HeadstartExcelError(
            `Refresh plan stopped before Excel's five-minute limit for ribbon commands. ${errorText(e)} For a plan this large, build from the Headstart pane.`,
            { cause: e },
          );
        }
        if (!cellEditRefusal(e)) throw e;
        if (Date.now() + limits.pollMs >= deadline) {
          throw new HeadstartExcelError(
            "Refresh plan gave up: you were editing a cell the whole time. Nothing was changed. Press Enter or Esc to finish editing, then click Refresh plan again.",
            { cause: e },
          );
        }
        await new Promise((resolve) => setTimeout(resolve, limits.pollMs));
      }
    }
  } finally {
    clearTimeout(stop);
  }
}

/** Merely touching localStorage throws where a policy blocks storage. */
function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export async function refreshPlan(event: Office.AddinCommands.Event, limits: RibbonLimits = RIBBON_LIMITS): Promise<void> {
  const started = Date.now();
  const at = new Date(started).toISOString();
  const store = storage();
  if (store) markRefreshStarted(at, store);
  let outcome: { ok: boolean; message: string };
  try {
    const result = await refreshWithin(limits, started);
    outcome = result.ok
      ? { ok: true, message: `Plan refreshed: ${result.value.plan.totals.hires} hires.` }
      : { ok: false, message: `${result.error.reason} Open Headstart to see the cells to fix.` };
  } catch (e) {
    outcome = { ok: false, message: errorText(e) };
  }
  // Without storage, the Summary sheet's status cell still tells the truth about the run.
  if (store) saveRefreshOutcome({ ...outcome, at }, store);
  // Office keeps the button busy until completed() is called, whatever happened.
  event.completed();
}

// Outside Office (office.js missing) there is no ribbon to serve.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("refreshPlan", refreshPlan);
  });
}

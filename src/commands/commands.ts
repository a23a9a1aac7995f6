/**
 * Ribbon commands. "Refresh plan" re-runs the plan with the settings saved in the workbook,
 * without opening the pane: the same run as the pane's Build button.
 */
import { localToday } from "../plan/calendar";
import { errorText } from "../taskpane/errors";
import { saveRefreshOutcome } from "../taskpane/last-refresh";
import { runPlan } from "../taskpane/run";

export async function refreshPlan(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: { ok: boolean; message: string };
  try {
    const result = await runPlan({ today: localToday(), generatedAt: new Date().toLocaleString() });
    outcome = result.ok
      ? { ok: true, message: `Plan refreshed: ${result.plan.totals.hires} hires.` }
      : { ok: false, message: `${result.reason} Open Headstart to see the cells to fix.` };
  } catch (e) {
    outcome = { ok: false, message: errorText(e) };
  }
  try {
    // Merely touching localStorage throws where a policy blocks storage.
    saveRefreshOutcome({ ...outcome, at: new Date().toISOString() }, localStorage);
  } catch {
    // The Summary sheet's status cell still tells the truth about the run.
  } finally {
    // Office keeps the button busy until completed() is called, whatever happened.
    event.completed();
  }
}

// Outside Office (office.js missing) there is no ribbon to serve.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("refreshPlan", refreshPlan);
  });
}

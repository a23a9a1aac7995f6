/**
 * A plan run in the live workbook, read → plan → report → write, shared by the pane's Build button
 * and the ribbon's "Refresh plan"; its pure middle is pipeline.ts, which the CLI and the
 * outside-Office demo call too.
 */
import type { PlanOptions } from "../plan/index";
import type { CalDate } from "../plan/calendar";
import { settingsRows } from "../plan/input/settings";
import type { Grid, InputGrids, PlanFailure, SettingsOverrides } from "../plan/types";
import { applyMapping, type HeaderMapping, type SourceBlock } from "../plan/roadmap-mapping";
import { convertMapped, type ImportOptions } from "../io/imports/roadmap";
import { HeadstartExcelError } from "../excel/host";
import type { WorkbookSpec } from "../report/spec";
import { writeWorkbook, type WriteProgress } from "../excel/write";
import { CancelledError, errorText } from "./errors";
import { planAndReport, type PlannedWorkbook } from "./pipeline";
import { failure, success, type Result } from "../plan/result";
import { readBlock, readBuildInput, saveSettings } from "../excel/session";
import { readPreviousPlan, type PreviousReading } from "../plan/changes";
import { loadRoadmapSource, saveRoadmapSource, sourceOf, type RoadmapSource } from "../excel/roadmap-source";

/** A run's progress as the pane and the ribbon command hear it. */
export type RunEvent =
  | { readonly step: "saving" }
  | { readonly step: "reading" }
  | { readonly step: "planning" }
  | {
      readonly step: "writing";
      /** The writer's own words for what this request does: "Writing cells", "Formatting", ... */
      readonly detail: string;
      /** The first sheet this request touches, 1-based `index` among `count` sheets. */
      readonly sheet?: string;
      readonly index?: number;
      readonly count: number;
      /** 1-based request among `requests`: the writer's batches, each one sync. */
      readonly request?: number;
      readonly requests?: number;
    }
  | { readonly step: "done" };

export interface RunOptions {
  readonly today: CalDate;
  /** Saved to the workbook's Settings table before reading, so the next run plans the same way. */
  readonly overrides?: SettingsOverrides;
  /** Settings the user emptied in the pane: their Settings table values are cleared (the defaults apply). */
  readonly cleared?: readonly (keyof SettingsOverrides)[];
  /** A user's own roadmap (where it was found, and its confirmed mapping), read again and used instead of the Roadmap table. */
  readonly roadmap?: { readonly block: SourceBlock; readonly mapping: HeaderMapping; readonly import?: ImportOptions };
  readonly onProgress?: (e: RunEvent) => void;
  readonly signal?: AbortSignal;
  /** Shown on the Summary sheet; the caller's clock, so the engine stays clock-free. */
  readonly generatedAt?: string;
  /** False: fail at once while the user edits a cell rather than wait (the ribbon retries on its own clock). */
  readonly waitForCellEdit?: boolean;
}

/** A build: its plan and sheets, the sheets written, notes for the user; or why there is no plan. */
export type RunResult = Result<
  PlannedWorkbook & {
    readonly sheets: readonly string[];
    readonly notes: readonly string[];
    /** What Ctrl+Z does to the build (absent when nothing was written to a workbook). */
    readonly undo?: string;
  },
  PlanFailure
>;

function checkCancel(signal: AbortSignal | undefined, saved: boolean): void {
  if (signal?.aborted) {
    throw new CancelledError(
      `Build cancelled before anything was written${saved ? " (the settings were saved)" : ""}. Your sheets are as they were.`,
    );
  }
}

/**
 * The user's roadmap as it is now, under the mapping they confirmed for its header, its dates and
 * priorities read as its tool writes them (what was converted goes to the notes).
 */
async function userRoadmap(source: RoadmapSource, notes: string[], waitForCellEdit?: boolean): Promise<Grid> {
  const now = await readBlock({ ...source, width: source.header.length }, waitForCellEdit);
  if (JSON.stringify(now.rows[0] ?? []) !== JSON.stringify(source.header)) {
    throw new Error(
      `The header of your roadmap on ${source.sheet} changed since you confirmed its columns. Click "Use my roadmap" again, then build.`,
    );
  }
  const converted = convertMapped(applyMapping(now, source.mapping), source.import ?? {});
  if (!converted.ok) throw new HeadstartExcelError(`Your roadmap: ${converted.error}.`);
  if (converted.value.mapped !== null) notes.push(`${converted.value.mapped}.`);
  return converted.value.grid;
}

/**
 * The roadmap to plan from: the one the pane just confirmed (remembered in the workbook for the
 * next run), else the Roadmap table, else the one remembered, so "Refresh plan" stays one click.
 */
async function chooseRoadmap(o: RunOptions, read: InputGrids, notes: string[]): Promise<Grid | undefined> {
  if (o.roadmap) {
    const source = sourceOf(o.roadmap.block, o.roadmap.mapping, o.roadmap.import);
    const grid = await userRoadmap(source, notes, o.waitForCellEdit);
    try {
      await saveRoadmapSource(source);
    } catch (e) {
      notes.push(
        `Your roadmap's columns could not be remembered in this workbook (${errorText(e)}), so "Refresh plan" will not find them.`,
      );
    }
    return grid;
  }
  if (read.roadmap) return read.roadmap;
  const saved = await loadRoadmapSource(o.waitForCellEdit);
  if (saved === null) return undefined;
  if (!saved.ok) {
    notes.push(saved.error);
    return undefined;
  }
  return userRoadmap(saved.value, notes, o.waitForCellEdit);
}

/** Reads the live workbook, plans, and writes the plan's sheets. Throws on Excel errors and on cancel. */
export async function runPlan(o: RunOptions): Promise<RunResult> {
  const progress = o.onProgress ?? (() => undefined);
  const rows = settingsRows(o.overrides ?? {}, o.cleared);
  const notes: string[] = [];
  if (rows.length > 0) {
    progress({ step: "saving" });
    const result = await saveSettings(rows);
    if (!result.table) notes.push("The workbook has no Settings table, so these settings were used for this plan only.");
    else if (result.unsaved.length > 0)
      notes.push(`The Settings table has no row for ${result.unsaved.join(", ")}: add one to keep the value for the next run.`);
  }
  const saved = rows.length > 0;
  checkCancel(o.signal, saved);
  progress({ step: "reading" });
  const { grids: read, storedPlan, warnings: readWarnings } = await readBuildInput(o.waitForCellEdit);
  const roadmap = await chooseRoadmap(o, read, notes);
  const grids: InputGrids = roadmap ? { ...read, roadmap } : read;
  // Rows under a Roadmap table the user's own roadmap replaced are no business of this plan.
  const warnings = roadmap === read.roadmap ? readWarnings : readWarnings.filter((w) => w.sheet !== "Roadmap");
  const previous = previousPlan(storedPlan, notes);
  checkCancel(o.signal, saved);
  progress({ step: "planning" });
  const planned = planAndReport(grids, o.today, o.overrides, o.generatedAt, { ...(previous && { previous }), warnings });
  // A note (a saved mapping ignored, say) may be why there was nothing to plan.
  if (!planned.ok) return notes.length > 0 ? failure({ ...planned.error, reason: [planned.error.reason, ...notes].join(" ") }) : planned;
  checkCancel(o.signal, saved);
  const written = await writeWorkbook(planned.value.spec, {
    signal: o.signal,
    ...(o.waitForCellEdit === undefined ? {} : { waitForCellEdit: o.waitForCellEdit }),
    onProgress: (p: WriteProgress) => {
      // The writer's closing "Done" is the run's own last event, sent once everything returned.
      if (p.step !== "Done")
        progress({
          step: "writing",
          detail: p.step,
          sheet: p.sheet,
          index: p.index,
          count: p.total ?? planned.value.spec.sheets.length,
          request: p.chunk,
          requests: p.chunks,
        });
    },
  });
  progress({ step: "done" });
  return success({
    ...planned.value,
    sheets: visibleSheets(planned.value.spec, written.placements),
    notes: [...notes, ...written.notes],
    undo: written.undo,
  });
}

/** The sheets a user sees (and the pane links to): the written ones, less the very hidden data sheet. */
export function visibleSheets(spec: WorkbookSpec, placements: readonly { readonly spec: string; readonly target: string }[]): string[] {
  const hidden = new Set(spec.sheets.filter((s) => s.hidden).map((s) => s.name));
  return placements.filter((p) => !hidden.has(p.spec)).map((p) => p.target);
}

/**
 * The plan already in the workbook, read before it is rewritten, to say what changed (spec §6.4).
 * A stored plan that cannot be read changes nothing but a note: this build then compares with none.
 */
export function previousPlan(storedPlan: string | null, notes: string[]): PlanOptions["previous"] {
  if (storedPlan === null) return undefined;
  let reading: PreviousReading;
  try {
    reading = readPreviousPlan(JSON.parse(storedPlan));
  } catch {
    reading = { kind: "foreign", why: "it is damaged" };
  }
  if (reading.kind !== "foreign") return reading;
  notes.push(`The plan stored by the last build could not be read (${reading.why}), so this build lists no changes; the next one will.`);
  return undefined;
}

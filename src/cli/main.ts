import type { CalDate } from "../plan/calendar";
import { localToday } from "../plan/calendar";
import type { Diagnostic, InputGrids } from "../plan/types";
import { resolve } from "node:path";
import { makePlan } from "../plan/index";
import { workbookLimits } from "../report/limits";
import { parseArgs, USAGE, wantsDefaultOutputs } from "./args";
import { loadInput } from "./input";
import { loadPrevious } from "./previous";
import type { PreviousReading } from "../plan/changes";
import { defaultTargets, jsonText, renderOutputs, writeOutputs, type OutputTargets } from "./outputs";
import { formatSummary } from "./summary-text";
import { adaptRoadmap } from "../io/imports/roadmap";
import { dateOrderOfLocale, type DateOrder } from "../io/imports/dates";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Fixed in tests; the user's local date otherwise. */
  readonly today?: CalDate;
  /** The locale numeric dates default to (tests fix it); the environment's otherwise. */
  readonly locale?: string;
}

/** The environment's locale for dates, as POSIX looks it up: LC_ALL, then LC_TIME, then LANG. */
function environmentLocale(): string | undefined {
  return [process.env.LC_ALL, process.env.LC_TIME, process.env.LANG].find((v) => v !== undefined && v !== "");
}

/** --date-order, else the locale's order when it has one. */
function dateOrderFor(flag: DateOrder | undefined, locale: string | undefined): { dateOrder?: DateOrder; dateOrderSource?: string } {
  if (flag) return { dateOrder: flag, dateOrderSource: "--date-order" };
  const fromLocale = locale === undefined ? null : dateOrderOfLocale(locale);
  return fromLocale ? { dateOrder: fromLocale, dateOrderSource: `the locale ${locale}` } : {};
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** Messages from libraries can span lines; the reason on standard error is one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Reads an .xlsx input, keeping the reader's warnings (rows read beyond a table) in `warnings`. */
function xlsxReader(warnings: Diagnostic[]): (data: Uint8Array) => Promise<InputGrids> {
  return async (data) => {
    const { readXlsxInputs } = await import("../xlsx/read");
    const read = await readXlsxInputs(data);
    warnings.push(...read.warnings);
    return read.grids;
  };
}

async function readStored(data: Uint8Array): Promise<PreviousReading> {
  const { readStoredPlan } = await import("../xlsx/read");
  return readStoredPlan(data);
}

function withoutWorkbook(targets: OutputTargets): OutputTargets {
  return Object.fromEntries(Object.entries(targets).filter(([k]) => k !== "xlsx")) as OutputTargets;
}

/** The command line of docs/spec.md §5; resolves to the exit code and never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const fail = (reason: string): number => {
    io.stderr(`headstart: ${oneLine(reason)}\n`);
    return EXIT_INPUT;
  };
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`headstart: ${parsed.error}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const args = parsed.value;
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    const readerWarnings: Diagnostic[] = [];
    const loaded = await loadInput(args.input, xlsxReader(readerWarnings));
    if (!loaded.ok) {
      if (loaded.error.usage) {
        io.stderr(`headstart: ${loaded.error.reason}\n${USAGE}\n`);
        return EXIT_USAGE;
      }
      return fail(loaded.error.reason);
    }
    let grids = loaded.value.grids;
    let mapped: string | null = null;
    if (loaded.value.fromUser && grids.roadmap) {
      const locale = io.locale ?? (io === processIo ? environmentLocale() : undefined);
      const adapted = adaptRoadmap(grids.roadmap, {
        ...(args.from !== undefined && { from: args.from }),
        ...(args.fiscalStart !== undefined && { fiscalStart: args.fiscalStart }),
        ...dateOrderFor(args.dateOrder, locale),
      });
      if (!adapted.ok) return fail(adapted.error);
      grids = { ...grids, roadmap: adapted.value.grid };
      mapped = adapted.value.mapped;
    }
    const previous = args.previous === undefined ? undefined : await loadPrevious(args.previous, readStored);
    if (previous && !previous.ok) {
      io.stderr(`headstart: ${oneLine(previous.error)}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const options = { today: io.today ?? localToday(), overrides: args.overrides, ...(previous && { previous: previous.value }) };
    // The reader's warnings name cells of the input like the engine's, which lists them first.
    const outcome = makePlan(grids, { ...options, warnings: readerWarnings });
    if (!outcome.ok) return fail(outcome.error.reason);
    const plan = outcome.value;

    const requested = wantsDefaultOutputs(args) ? { ...defaultTargets(), ...(args.csvFormat && { csvFormat: args.csvFormat }) } : args;
    // Only the workbook has a size limit: the CSV, the calendar and the JSON are written whatever the size.
    const tooLarge = requested.xlsx !== undefined ? workbookLimits(plan) : null;
    const targets = tooLarge === null ? requested : withoutWorkbook(requested);
    const files = await renderOutputs(plan, { grids, options, template: loaded.value.fromUser ? grids : null }, targets);
    try {
      await writeOutputs(files);
    } catch (e) {
      return fail(`could not write the outputs (none was written): ${e instanceof Error ? e.message : String(e)}`);
    }
    const wrote = files.map((f) => `Wrote ${f.what}: ${resolve(f.path)}\n`).join("");
    const note = mapped === null ? "" : `${mapped}\n`;
    if (args.json === "-") {
      io.stdout(jsonText(plan));
      if (note + wrote !== "") io.stderr(note + wrote);
    } else {
      io.stdout(note + formatSummary(plan, loaded.value.source) + (wrote === "" ? "" : `\n${wrote}`));
    }
    if (tooLarge !== null) {
      const others = [...files.map((f) => f.what), ...(args.json === "-" ? ["plan JSON (on standard output)"] : [])];
      const written = others.length > 1 ? `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]} were` : `${others[0]} was`;
      return fail(
        `the plan workbook was not written: ${tooLarge}; ${others.length > 0 ? `the ${written} written` : "--json, --csv and --ics still write the whole plan"}`,
      );
    }
    return EXIT_OK;
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** The process entry (bin/headstart.js): the exit code of `main`; a reader that closes the pipe early (`| head`) is no error. */
export function runCommand(argv: readonly string[]): void {
  process.stdout.on("error", () => undefined);
  void main(argv).then((code) => {
    process.exitCode = code;
  });
}

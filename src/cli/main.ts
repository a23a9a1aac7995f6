import type { CalDate } from "../plan/calendar";
import { localToday } from "../plan/calendar";
import type { InputGrids, SettingsOverrides } from "../plan/types";
import { resolve } from "node:path";
import { makePlan } from "../plan/index";
import { workbookLimits } from "../plan/limits";
import { parseArgs, USAGE, wantsDefaultOutputs } from "./args";
import { loadInput } from "./input";
import { loadPrevious } from "./previous";
import type { PreviousReading } from "../plan/changes";
import { defaultTargets, jsonText, renderOutputs, writeOutputs } from "./outputs";
import { formatSummary } from "./summary-text";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Fixed in tests; the user's local date otherwise. */
  readonly today?: CalDate;
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

async function readXlsx(data: Uint8Array): Promise<InputGrids> {
  const { readXlsxInput } = await import("../xlsx/read");
  return readXlsxInput(data);
}

async function readStored(data: Uint8Array): Promise<PreviousReading> {
  const { readStoredPlan } = await import("../xlsx/read");
  return readStoredPlan(data);
}

/** The command line of spec §5; resolves to the exit code and never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const fail = (reason: string): number => {
    io.stderr(`headstart: ${oneLine(reason)}\n`);
    return EXIT_INPUT;
  };
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`headstart: ${parsed.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const args = parsed.args;
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    const loaded = await loadInput(args.input, readXlsx);
    if (!loaded.ok) {
      if (loaded.usage) {
        io.stderr(`headstart: ${loaded.reason}\n${USAGE}\n`);
        return EXIT_USAGE;
      }
      return fail(loaded.reason);
    }
    const overrides: SettingsOverrides = {
      ...(args.asOf !== undefined && { asOf: args.asOf }),
      ...(args.planStart !== undefined && { planStart: args.planStart }),
      ...(args.horizon !== undefined && { horizonMonths: args.horizon }),
      ...(args.recruiters !== undefined && { recruiters: args.recruiters }),
    };
    const previous = args.previous === undefined ? undefined : await loadPrevious(args.previous, readStored);
    if (previous && !previous.ok) {
      io.stderr(`headstart: ${oneLine(previous.reason)}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const options = { today: io.today ?? localToday(), overrides, ...(previous && { previous: previous.previous }) };
    const outcome = makePlan(loaded.grids, options);
    if (!outcome.ok) return fail(outcome.reason);
    const { plan } = outcome;

    const targets = wantsDefaultOutputs(args) ? defaultTargets() : args;
    const tooLarge = targets.xlsx !== undefined ? workbookLimits(plan) : null;
    if (tooLarge !== null) return fail(`${tooLarge}; nothing was written (--json alone still writes the whole plan)`);
    const files = await renderOutputs(plan, { grids: loaded.grids, options, template: loaded.fromUser ? loaded.grids : null }, targets);
    try {
      await writeOutputs(files);
    } catch (e) {
      return fail(`could not write the outputs (none was written): ${e instanceof Error ? e.message : String(e)}`);
    }
    const wrote = files.map((f) => `Wrote ${f.what}: ${resolve(f.path)}\n`).join("");
    if (args.json === "-") {
      io.stdout(jsonText(plan));
      if (wrote !== "") io.stderr(wrote);
    } else {
      io.stdout(formatSummary(plan, loaded.source) + (wrote === "" ? "" : `\n${wrote}`));
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

import type { CalDate, Month } from "../plan/calendar";
import { date, isValidDate, month } from "../plan/calendar";
import { HORIZON_MAX, HORIZON_MIN } from "../plan/input/settings";

export const USAGE = `usage: npm run --silent plan -- [INPUT] [--json FILE|-] [--xlsx FILE] [--csv FILE] [--ics FILE]
                              [--template FILE] [--as-of YYYY-MM-DD] [--plan-start YYYY-MM] [--horizon N]
                              [--previous FILE] [--recruiters N]
  INPUT    a folder with roadmap.csv (and optional roles.csv, workstreams.csv, team.csv, settings.csv
           and tracking.csv), one roadmap .csv, or an .xlsx laid out like the add-in's input sheets;
           none = the bundled sample
  --json   the plan as JSON (- = standard output, instead of the summary)
  --xlsx   the plan workbook     --csv  the recruiter CSV     --ics  the recruiting calendar
  --template  the input sheets (Roadmap, Workstreams, Roles, Team, Settings, Tracking) as a workbook to fill in
  --previous  an earlier --json result or plan workbook: the plan then says what changed since it
  --recruiters  the recruiters available: pipelines are placed inside their capacity (0 or more)
  --as-of, --plan-start, --horizon (${HORIZON_MIN}..${HORIZON_MAX}), --recruiters override the Settings table
  With no output flag the workbook, the recruiter CSV and the calendar are written to out/.`;

export interface CliArgs {
  readonly input?: string;
  readonly json?: string;
  readonly xlsx?: string;
  readonly csv?: string;
  readonly ics?: string;
  readonly template?: string;
  readonly asOf?: CalDate;
  readonly planStart?: Month;
  readonly horizon?: number;
  readonly previous?: string;
  readonly recruiters?: number;
  readonly help: boolean;
}

export type ArgsResult = { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly message: string };

const FILE_FLAGS = ["json", "xlsx", "csv", "ics", "template"] as const;
type FileFlag = (typeof FILE_FLAGS)[number];

function parseAsOf(v: string): CalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? date(y, mo, d) : null;
}

function parsePlanStart(v: string): Month | null {
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m) return null;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? month(Number(m[1]), mo) : null;
}

/** The command line of spec §5. Any problem is a usage error with a message naming the flag. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const files: Partial<Record<FileFlag, string>> = {};
  const out: { input?: string; asOf?: CalDate; planStart?: Month; horizon?: number; previous?: string; recruiters?: number; help: boolean } = { help: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h" || arg === "--help") {
      out.help = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      if (out.input !== undefined) return { ok: false, message: `only one INPUT can be given (got "${out.input}" and "${arg}")` };
      out.input = arg;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (![...FILE_FLAGS, "as-of", "plan-start", "horizon", "previous", "recruiters"].includes(name)) return { ok: false, message: `unknown option --${name}` };
    if (seen.has(name)) return { ok: false, message: `--${name} is given twice` };
    seen.add(name);
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) return { ok: false, message: `--${name} needs a value` };
      value = next;
      i++;
    }
    if (value === "") return { ok: false, message: `--${name} needs a value` };
    if ((FILE_FLAGS as readonly string[]).includes(name)) {
      if (value === "-" && name !== "json") return { ok: false, message: `--${name} needs a file name (only --json can write to standard output)` };
      files[name as FileFlag] = value;
    } else if (name === "previous") {
      out.previous = value;
    } else if (name === "recruiters") {
      if (!/^\d+$/.test(value)) return { ok: false, message: `--recruiters "${value}" must be a whole number of 0 or more` };
      out.recruiters = Number(value);
    } else if (name === "as-of") {
      const d = parseAsOf(value);
      if (d === null) return { ok: false, message: `--as-of "${value}" is not a date: write YYYY-MM-DD` };
      out.asOf = d;
    } else if (name === "plan-start") {
      const m = parsePlanStart(value);
      if (m === null) return { ok: false, message: `--plan-start "${value}" is not a month: write YYYY-MM` };
      out.planStart = m;
    } else {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(n >= HORIZON_MIN && n <= HORIZON_MAX)) return { ok: false, message: `--horizon "${value}" must be a whole number of months from ${HORIZON_MIN} to ${HORIZON_MAX}` };
      out.horizon = n;
    }
  }
  return { ok: true, args: { ...out, ...files } };
}

/** True when no flag names an output, so the default set goes to out/. */
export function wantsDefaultOutputs(args: CliArgs): boolean {
  return FILE_FLAGS.every((f) => args[f] === undefined);
}

import { HORIZON_MAX, HORIZON_MIN, parseSetting } from "../plan/input/settings";
import type { Settings, SettingsOverrides } from "../plan/types";
import { parseDateOrder, parseFiscalStart, type DateOrder } from "../io/imports/dates";
import { TOOL_IDS } from "../io/imports/tools";
import { ATS_FORMATS, parseAtsFormat, type AtsFormat } from "../export/ats-formats";
import { failure, success, type Result } from "../plan/result";

export const USAGE = `usage: npm run --silent plan -- [INPUT] [--json FILE|-] [--xlsx FILE] [--csv FILE] [--ics FILE]
                              [--template FILE] [--as-of YYYY-MM-DD] [--plan-start YYYY-MM] [--horizon N]
                              [--previous FILE] [--recruiters N] [--csv-format ATS] [--from TOOL]
                              [--date-order MDY|DMY] [--fiscal-start MONTH]
  INPUT    a folder with roadmap.csv (and optional roles.csv, workstreams.csv, team.csv, settings.csv
           and tracking.csv), one roadmap .csv or .tsv, or an .xlsx laid out like the add-in's input
           sheets; none = the bundled sample
  --from   the tool the roadmap was exported from (${TOOL_IDS.join(", ")}, generic); recognised
           from its headers when not given
  --date-order  how numeric dates such as 1/4/2027 read: MDY (4 January) or DMY (1 April);
           default from the locale (LC_ALL, LC_TIME, LANG) when it says
  --fiscal-start  the fiscal year's first month (1..12 or a name) for FY27 Q1 and FY27 H1
  --json   the plan as JSON (- = standard output, instead of the summary)
  --xlsx   the plan workbook     --csv  the recruiter CSV     --ics  the recruiting calendar
  --csv-format  the recruiter CSV as an ATS imports it: ${ATS_FORMATS.join(", ")} (default: Headstart's own)
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
  /** What --as-of, --plan-start and --horizon set, read by the Settings table's own parsers. */
  readonly overrides: SettingsOverrides;
  readonly previous?: string;
  readonly csvFormat?: AtsFormat;
  readonly from?: string;
  readonly dateOrder?: DateOrder;
  readonly fiscalStart?: number;
  readonly help: boolean;
}

export type ArgsResult = Result<CliArgs, string>;

const FILE_FLAGS = ["json", "xlsx", "csv", "ics", "template"] as const;
/** The flags that override a setting, and which. */
const SETTING_FLAGS = {
  "as-of": "asOf",
  "plan-start": "planStart",
  horizon: "horizonMonths",
  recruiters: "recruiters",
} as const satisfies Record<string, keyof Settings>;
type SettingFlag = keyof typeof SETTING_FLAGS;
type FileFlag = (typeof FILE_FLAGS)[number];

/** The command line of docs/spec.md §5. Any problem is a usage error with a message naming the flag. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const files: Partial<Record<FileFlag, string>> = {};
  const out: {
    input?: string;
    previous?: string;
    csvFormat?: AtsFormat;
    from?: string;
    dateOrder?: DateOrder;
    fiscalStart?: number;
    help: boolean;
  } = { help: false };
  const overrides: { -readonly [K in keyof SettingsOverrides]: SettingsOverrides[K] } = {};
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h" || arg === "--help") {
      out.help = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      if (out.input !== undefined) return failure(`only one INPUT can be given (got "${out.input}" and "${arg}")`);
      out.input = arg;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (![...FILE_FLAGS, ...Object.keys(SETTING_FLAGS), "previous", "csv-format", "from", "date-order", "fiscal-start"].includes(name))
      return failure(`unknown option --${name}`);
    if (seen.has(name)) return failure(`--${name} is given twice`);
    seen.add(name);
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) return failure(`--${name} needs a value`);
      value = next;
      i++;
    }
    if (value === "") return failure(`--${name} needs a value`);
    if ((FILE_FLAGS as readonly string[]).includes(name)) {
      if (value === "-" && name !== "json") return failure(`--${name} needs a file name (only --json can write to standard output)`);
      files[name as FileFlag] = value;
    } else if (name === "previous") {
      out.previous = value;
    } else if (name === "csv-format") {
      const format = parseAtsFormat(value);
      if (!format) return failure(`--csv-format "${value}" is not a format Headstart writes: use one of ${ATS_FORMATS.join(", ")}`);
      out.csvFormat = format;
    } else if (name === "from") {
      const tool = value.toLowerCase();
      if (![...TOOL_IDS, "generic"].includes(tool))
        return failure(`--from "${value}" is not a tool Headstart reads: use one of ${[...TOOL_IDS, "generic"].join(", ")}`);
      out.from = tool;
    } else if (name === "date-order") {
      const order = parseDateOrder(value);
      if (order === null) return failure(`--date-order "${value}" must be MDY (1/4/2027 is 4 January) or DMY (1 April)`);
      out.dateOrder = order;
    } else if (name === "fiscal-start") {
      const first = parseFiscalStart(value);
      if (first === null) return failure(`--fiscal-start "${value}" must be a month: 1..12 or its name (Jul)`);
      out.fiscalStart = first;
    } else {
      // The Settings table's own parsers, so a flag takes what the table takes.
      const setting = SETTING_FLAGS[name as SettingFlag];
      const parsed = parseSetting(setting, value);
      if (!parsed.ok) return failure(`--${name}: ${parsed.error}`);
      Object.assign(overrides, { [setting]: parsed.value });
    }
  }
  return success({ ...out, ...files, overrides });
}

/** True when no flag names an output, so the default set goes to out/. */
export function wantsDefaultOutputs(args: CliArgs): boolean {
  return FILE_FLAGS.every((f) => args[f] === undefined);
}

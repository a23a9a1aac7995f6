/**
 * The recruiter calendar: for each hire, an all-day event on the day its candidate pipeline must
 * start and one on the day its requisition must open. An event still to happen sits on the day it
 * can still happen (its forecast, never before As of): a reminder in the past is one nobody sees, so
 * an overdue one says "overdue since" its planned day in its title, and the description keeps the
 * planned days. The same plan always gives the same file: UIDs come from the hire id and the event
 * kind alone, DTSTAMP from As of.
 *
 * Written as RFC 5545 text directly: a calendar library spent about a third of a millisecond per
 * event measuring each line's bytes (seconds for a large plan); escaping and folding are the only
 * rules these few properties need. The tests read the file back with ical.js.
 */
import { addDays, date, daysBetween, formatDate, formatMonth, type CalDate } from "../plan/calendar";
import { HIRE_STAGES, type Hire, type HireStage, type Plan } from "../plan/types";

/** Initiative names get long; a calendar shows the first few words. */
const MAX_INITIATIVE_IN_SUMMARY = 32;
/** RFC 5545 §3.1: a content line is folded so that no line is longer than 75 octets. */
const MAX_LINE_OCTETS = 75;

type Kind = "pipeline" | "req";
interface EventKind {
  readonly kind: Kind;
  readonly label: string;
  readonly planned: (h: Hire) => CalDate;
  /** The day it happened (tracked) or can still happen (spec §2.7, §6.3). */
  readonly forecast: (h: Hire) => CalDate;
  /** The Tracking stage from which the event has happened. */
  readonly doneFrom: HireStage;
}
const KINDS: readonly EventKind[] = [
  {
    kind: "pipeline",
    label: "Start pipeline",
    planned: (h) => h.pipelineStart,
    forecast: (h) => h.forecastPipelineStart,
    doneFrom: "sourcing",
  },
  { kind: "req", label: "Open req", planned: (h) => h.reqOpen, forecast: (h) => h.forecastReqOpen, doneFrom: "req open" },
];

const happened = (hire: Hire, kind: EventKind): boolean => HIRE_STAGES.indexOf(hire.stage) >= HIRE_STAGES.indexOf(kind.doneFrom);

/** The event's day, and the planned day it is overdue since (null when it is not overdue). */
function eventDay(hire: Hire, kind: EventKind, asOf: CalDate): { readonly day: CalDate; readonly overdueSince: CalDate | null } {
  const planned = kind.planned(hire);
  if (happened(hire, kind)) return { day: kind.forecast(hire), overdueSince: null };
  const day = kind.forecast(hire) < asOf ? asOf : kind.forecast(hire);
  return { day, overdueSince: planned < asOf ? planned : null };
}

/** The events' days as `YYYY-MM-DD`, formatted once per hire for its description and its events. */
type EventDays = Readonly<Record<Kind, string>>;

/**
 * The event's UID: the hire and the kind of event, nothing that a re-plan moves (not the plan
 * start, not a date), so importing a revised plan updates the events instead of adding copies.
 */
export const eventUid = (hireId: string, kind: Kind): string => `${hireId}-${kind}@headstart`;

// RFC 5545 text may hold no control character but tab; line breaks become `\n` escapes.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const plainText = (text: string): string => text.replace(CONTROL, "");

/** What a TEXT value (§3.3.11) escapes or drops, matched in one pass. */
const SPECIAL = /[\\;,]|\r\n?|\n|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const escaped = (c: string): string => (c === "\\" || c === ";" || c === "," ? `\\${c}` : c === "\n" || c[0] === "\r" ? "\\n" : "");

/** A TEXT value: backslash, semicolon and comma escaped, every line break as `\n`, control characters dropped. */
export function escapeText(text: string): string {
  return text.replace(SPECIAL, escaped);
}

const ASCII = /^[\x00-\x7F]*$/;
const utf8Octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * One content line, folded (§3.1): CRLF and a space before every 75th octet, never inside a
 * character's UTF-8 sequence (nor between the halves of a surrogate pair). The space opening a
 * continuation line counts towards its 75.
 */
export function foldLine(line: string): string {
  // Three octets per UTF-16 unit at most (a surrogate pair is 4 octets for 2 units).
  if (line.length * 3 <= MAX_LINE_OCTETS) return `${line}\r\n`;
  // One octet per unit: cut by length (most plans' text is ASCII, and this is most of the file).
  if (ASCII.test(line)) {
    let out = line.slice(0, MAX_LINE_OCTETS);
    for (let i = MAX_LINE_OCTETS; i < line.length; i += MAX_LINE_OCTETS - 1) out += `\r\n ${line.slice(i, i + MAX_LINE_OCTETS - 1)}`;
    return `${out}\r\n`;
  }
  let out = "";
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i) as number;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Octets(codePoint);
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      octets = 1;
    }
    octets += size;
    i += units;
  }
  return `${out}${line.slice(from)}\r\n`;
}

/** `2027-01-15` → `20270115` */
const compact = (isoDate: string): string => isoDate.slice(0, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);

function shortInitiative(hire: Hire): string {
  if (hire.reason === "backfill") return "backfill";
  const name = plainText(hire.initiative).trim();
  return name.length > MAX_INITIATIVE_IN_SUMMARY ? `${name.slice(0, MAX_INITIATIVE_IN_SUMMARY - 1).trimEnd()}…` : name;
}

function description(hire: Hire, days: EventDays, asOf: string): string {
  return [
    `${hire.id}: ${hire.role}, ${hire.reason === "backfill" ? "backfill" : `for ${hire.initiative}`}`,
    ...(hire.owner ? [`Hiring manager: ${hire.owner}`] : []),
    ...(hire.priority ? [`Priority: ${hire.priority}`] : []),
    `Pipeline start (planned): ${days.pipeline}`,
    `Req open (planned): ${days.req}`,
    `Offer accepted by: ${formatDate(hire.offerAccepted)}`,
    `Start: ${formatDate(hire.start)}`,
    `Productive by: ${formatDate(hire.needBy)}`,
    `Status on ${asOf}: ${hire.status}${hire.daysLate > 0 ? ` (${hire.daysLate} days late)` : ""}`,
  ].join("\n");
}

/**
 * The revision of every event of a plan: the days from 2000-01-01 to its As of. A calendar keeps,
 * for one UID, the event with the highest SEQUENCE (RFC 5546 §2.1.5; Outlook does the same on
 * import, MS-STANOICAL 2.2.103), so a re-plan on a later day replaces the events of the earlier one,
 * with no counter kept anywhere: the same plan still gives the same file.
 */
export function eventSequence(asOf: CalDate): number {
  return Math.max(0, daysBetween(date(2000, 1, 1), asOf));
}

/** An all-day event; `cancelled` for a hire the plan no longer needs. */
function event(uid: string, sequence: number, stamp: string, day: CalDate, summary: string, details: string, cancelled = false): string {
  return (
    "BEGIN:VEVENT\r\n" +
    foldLine(`UID:${uid}`) +
    `SEQUENCE:${sequence}\r\nDTSTAMP:${stamp}\r\n` +
    `DTSTART;VALUE=DATE:${compact(formatDate(day))}\r\nDTEND;VALUE=DATE:${compact(formatDate(addDays(day, 1)))}\r\n` +
    (cancelled ? "STATUS:CANCELLED\r\n" : "") +
    foldLine(`SUMMARY:${escapeText(summary)}`) +
    // Older Outlook versions show a DATE event as all-day only with these.
    "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nX-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n" +
    details +
    "END:VEVENT\r\n"
  );
}

export function planCalendar(plan: Plan): string {
  const name = escapeText(`Headstart hiring plan from ${formatMonth(plan.settings.planStart)}`);
  const asOf = formatDate(plan.settings.asOf);
  const stamp = `${compact(asOf)}T000000Z`;
  const sequence = eventSequence(plan.settings.asOf);
  const out: string[] = [
    "BEGIN:VCALENDAR\r\n",
    "VERSION:2.0\r\n",
    "PRODID:-//Headstart//Hiring plan//EN\r\n",
    "METHOD:PUBLISH\r\n",
    foldLine(`NAME:${name}`),
    foldLine(`X-WR-CALNAME:${name}`),
  ];
  for (const hire of plan.hires) {
    const days: EventDays = { pipeline: formatDate(hire.pipelineStart), req: formatDate(hire.reqOpen) };
    const details = foldLine(`DESCRIPTION:${escapeText(description(hire, days, asOf))}`);
    for (const kind of KINDS) {
      const { day, overdueSince } = eventDay(hire, kind, plan.settings.asOf);
      const label = overdueSince === null ? kind.label : `${kind.label} (overdue since ${formatDate(overdueSince)})`;
      out.push(
        event(eventUid(hire.id, kind.kind), sequence, stamp, day, `${label}: ${hire.id} ${hire.role} (${shortInitiative(hire)})`, details),
      );
    }
  }
  // Hires the previous plan had and this one does not: their events cancelled, so a re-import
  // clears them from the recruiter's calendar instead of leaving reminders for nobody.
  for (const gone of plan.changes?.removed ?? []) {
    const details = foldLine(
      `DESCRIPTION:${escapeText(`${gone.id} (${gone.role}${gone.initiative ? `, for ${gone.initiative}` : ""}) is no longer needed as of ${asOf}.`)}`,
    );
    for (const { kind, label } of KINDS) {
      out.push(
        event(
          eventUid(gone.id, kind),
          sequence,
          stamp,
          gone.needBy,
          `Cancelled: ${label.toLowerCase()} ${gone.id} ${gone.role}`,
          details,
          true,
        ),
      );
    }
  }
  out.push("END:VCALENDAR\r\n");
  return out.join("");
}

/**
 * The recruiter calendar: for each hire, an all-day event on the day its candidate pipeline must
 * start and one on the day its requisition must open. The same plan always gives the same file:
 * UIDs come from the hire and the plan start, DTSTAMP from As of.
 */
import ical from "ical-generator";
import { addDays, formatDate, formatMonth, type CalDate } from "../plan/calendar";
import type { Hire, Plan } from "../plan/types";

const MS_PER_DAY = 86_400_000;
/** Initiative names get long; a calendar shows the first few words. */
const MAX_INITIATIVE_IN_SUMMARY = 32;

// ical-generator formats a Date with no calendar time zone from its UTC fields, so UTC midnight
// of the calendar day is that day wherever the file is made.
const utcDay = (d: CalDate): Date => new Date(d * MS_PER_DAY);

type Kind = "pipeline" | "req";
const KINDS: readonly { readonly kind: Kind; readonly label: string; readonly day: (h: Hire) => CalDate }[] = [
  { kind: "pipeline", label: "Start pipeline", day: (h) => h.pipelineStart },
  { kind: "req", label: "Open req", day: (h) => h.reqOpen },
];

// RFC 5545 text may hold no control character but tab; line breaks the library escapes itself.
const plainText = (text: string): string => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "");

function shortInitiative(hire: Hire): string {
  if (hire.reason === "backfill") return "backfill";
  const name = plainText(hire.initiative).trim();
  return name.length > MAX_INITIATIVE_IN_SUMMARY ? `${name.slice(0, MAX_INITIATIVE_IN_SUMMARY - 1).trimEnd()}…` : name;
}

function description(hire: Hire, plan: Plan): string {
  return [
    `${hire.id}: ${hire.role}, ${hire.reason === "backfill" ? "backfill" : `for ${plainText(hire.initiative)}`}`,
    ...(hire.owner ? [`Hiring manager: ${plainText(hire.owner)}`] : []),
    ...(hire.priority ? [`Priority: ${hire.priority}`] : []),
    `Pipeline start: ${formatDate(hire.pipelineStart)}`,
    `Req open: ${formatDate(hire.reqOpen)}`,
    `Offer accepted by: ${formatDate(hire.offerAccepted)}`,
    `Start: ${formatDate(hire.start)}`,
    `Productive by: ${formatDate(hire.needBy)}`,
    `Status on ${formatDate(plan.settings.asOf)}: ${hire.status}${hire.daysLate > 0 ? ` (${hire.daysLate} days late)` : ""}`,
  ].join("\n");
}

export function planCalendar(plan: Plan): string {
  const planStart = formatMonth(plan.settings.planStart);
  const calendar = ical({
    name: `Headstart hiring plan from ${planStart}`,
    prodId: { company: "Headstart", product: "Hiring plan", language: "EN" },
  });
  const stamp = utcDay(plan.settings.asOf);
  for (const hire of plan.hires) {
    for (const { kind, label, day } of KINDS) {
      calendar.createEvent({
        id: `${hire.id}-${kind}-${planStart}@headstart`,
        stamp,
        start: utcDay(day(hire)),
        end: utcDay(addDays(day(hire), 1)),
        allDay: true,
        summary: `${label}: ${hire.id} ${hire.role} (${shortInitiative(hire)})`,
        description: description(hire, plan),
      });
    }
  }
  // RFC 5545 ends every line, the last one too, with CRLF; ical-generator leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

import fc from "fast-check";
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { addDays, addMonths, formatDate } from "../../src/plan/calendar";
import type { Hire } from "../../src/plan/types";
import { escapeText, foldLine, planCalendar } from "../../src/export/ics";
import { INJECTION_CORPUS } from "../fixtures/injection";
import { planWithUserText, samplePlan } from "../fixtures/plan";

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

/** `20270115` → `2027-01-15` */
const isoDay = (t: ICAL.Time): string => t.toString();

describe("planCalendar", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("has an all-day pipeline-start and req-open event per hire, each with UID, DTSTAMP and a DATE DTSTART", () => {
    const plan = samplePlan();
    const list = events(planCalendar(plan));
    expect(list).toHaveLength(2 * plan.hires.length);
    for (const event of list) {
      expect(event.getFirstProperty("dtstamp")?.type).toBe("date-time");
      const start = event.getFirstProperty("dtstart");
      expect(start?.type).toBe("date");
      expect((start?.getFirstValue() as ICAL.Time).isDate).toBe(true);
    }
    const uids = list.map((e) => e.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(uids.length);
    for (const hire of plan.hires) {
      const byUid = (kind: string): ICAL.Component | undefined =>
        list.find((e) => e.getFirstPropertyValue("uid") === `${hire.id}-${kind}@headstart`);
      const pipeline = byUid("pipeline");
      const req = byUid("req");
      // The sample's hires are untracked: each event sits on its planned day, or on As of when that has passed.
      const asOf = plan.settings.asOf;
      expect(isoDay(pipeline?.getFirstPropertyValue("dtstart") as ICAL.Time)).toBe(
        formatDate(hire.pipelineStart < asOf ? asOf : hire.pipelineStart),
      );
      expect(isoDay(req?.getFirstPropertyValue("dtstart") as ICAL.Time)).toBe(formatDate(hire.reqOpen < asOf ? asOf : hire.reqOpen));
      const overdue = (day: number): string => (day < asOf ? ` \\(overdue since ${formatDate(day as typeof asOf)}\\)` : "");
      expect(pipeline?.getFirstPropertyValue("summary")).toMatch(new RegExp(`^Start pipeline${overdue(hire.pipelineStart)}: ${hire.id} `));
      expect(req?.getFirstPropertyValue("summary")).toMatch(new RegExp(`^Open req${overdue(hire.reqOpen)}: ${hire.id} `));
      expect(String(pipeline?.getFirstPropertyValue("description"))).toContain(`Req open (planned): ${formatDate(hire.reqOpen)}`);
      expect(String(req?.getFirstPropertyValue("description"))).toContain(`Pipeline start (planned): ${formatDate(hire.pipelineStart)}`);
    }
  });

  it("puts no reminder of work still to do before As of, and says which are overdue", () => {
    const plan = samplePlan();
    const list = events(planCalendar(plan));
    const days = list.map((e) => isoDay(e.getFirstPropertyValue("dtstart") as ICAL.Time));
    expect(days.filter((d) => d < formatDate(plan.settings.asOf))).toEqual([]);
    const overdue = list.filter((e) => String(e.getFirstPropertyValue("summary")).includes("(overdue since "));
    const late = plan.hires.flatMap((h) => [h.pipelineStart, h.reqOpen]).filter((d) => d < plan.settings.asOf);
    expect(late.length).toBeGreaterThan(0);
    expect(overdue).toHaveLength(late.length);
  });

  it("keeps an event a tracked hire has passed on the day it happened, without calling it overdue", () => {
    const plan = samplePlan();
    const hire = plan.hires.find((h) => h.pipelineStart < plan.settings.asOf) as Hire;
    const tracked: Hire = { ...hire, stage: "sourcing", forecastPipelineStart: addDays(hire.pipelineStart, 3) };
    const list = events(planCalendar({ ...plan, hires: [tracked] }));
    const [pipeline, req] = list;
    expect(isoDay(pipeline?.getFirstPropertyValue("dtstart") as ICAL.Time)).toBe(formatDate(addDays(hire.pipelineStart, 3)));
    expect(pipeline?.getFirstPropertyValue("summary")).toMatch(/^Start pipeline: /);
    // Its req is still to open: on its forecast, never before As of.
    const reqDay = hire.forecastReqOpen < plan.settings.asOf ? plan.settings.asOf : hire.forecastReqOpen;
    expect(isoDay(req?.getFirstPropertyValue("dtstart") as ICAL.Time)).toBe(formatDate(reqDay));
  });

  it("derives each UID from the hire id and the event kind alone, so a re-plan from another month keeps it", () => {
    const plan = samplePlan();
    const uids = (ics: string): unknown[] => events(ics).map((e) => e.getFirstPropertyValue("uid"));
    const later = { ...plan, settings: { ...plan.settings, planStart: addMonths(plan.settings.planStart, 3) } };
    expect(planCalendar(later)).toContain("NAME:Headstart hiring plan from ");
    expect(planCalendar(later)).not.toBe(planCalendar(plan));
    expect(uids(planCalendar(later))).toEqual(uids(planCalendar(plan)));
    expect(uids(planCalendar(plan))).toEqual(plan.hires.flatMap((h) => [`${h.id}-pipeline@headstart`, `${h.id}-req@headstart`]));
  });

  it("revises every event on a re-plan from a later As of (a higher SEQUENCE), and cancels the events of hires no longer needed", () => {
    const plan = samplePlan();
    const later = { ...plan, settings: { ...plan.settings, asOf: addDays(plan.settings.asOf, 14) } };
    const seq = (p: typeof plan): number[] => events(planCalendar(p)).map((e) => Number(e.getFirstPropertyValue("sequence")));
    const before = seq(plan);
    expect(new Set(before).size).toBe(1);
    expect(seq(later).every((n) => n === (before[0] as number) + 14)).toBe(true);

    const [gone] = plan.hires;
    if (!gone) throw new Error("the sample has hires");
    const replanned = {
      ...later,
      hires: later.hires.slice(1),
      changes: {
        previousAsOf: plan.settings.asOf,
        added: [],
        removed: [{ id: gone.id, role: gone.role, initiative: gone.initiative, needBy: gone.needBy }],
        moved: [],
        statusChanged: [],
        costByQuarter: [],
      },
    };
    const list = events(planCalendar(replanned));
    const cancelled = list.filter((e) => e.getFirstPropertyValue("status") === "CANCELLED");
    expect(cancelled.map((e) => e.getFirstPropertyValue("uid"))).toEqual([`${gone.id}-pipeline@headstart`, `${gone.id}-req@headstart`]);
    expect(cancelled.every((e) => Number(e.getFirstPropertyValue("sequence")) > (before[0] as number))).toBe(true);
    expect(list).toHaveLength(2 * replanned.hires.length + 2);
  });

  it("is byte-identical for the same plan, whenever and wherever it is made", () => {
    const plan = samplePlan();
    const first = planCalendar(plan);
    process.env.TZ = "Pacific/Kiritimati";
    expect(planCalendar(plan)).toBe(first);
    process.env.TZ = "America/Los_Angeles";
    expect(planCalendar(samplePlan())).toBe(first);
  });

  it("keeps RFC 5545 lines: CRLF, folded at 75 octets, even with user text in any script", () => {
    const ics = planCalendar(planWithUserText(INJECTION_CORPUS));
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.split("\r\n").slice(0, -1);
    for (const line of lines) {
      expect(line).not.toMatch(/[\x00-\x08\x0A-\x1F\x7F]/);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    // The text survives escaping and folding (line breaks as LF, control characters dropped).
    const descriptions = events(ics).map((e) => String(e.getFirstPropertyValue("description")));
    for (const text of INJECTION_CORPUS) {
      const expected = text.replace(/\r\n?/g, "\n").replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "");
      expect(descriptions.some((d) => d.includes(`for ${expected}\nHiring manager: ${expected}\n`))).toBe(true);
    }
  });

  it("folds and escapes any text so that an independent reader gets it back exactly", () => {
    const codePoint = fc
      .integer({ min: 0, max: 0x10ffff })
      .filter((c) => c < 0xd800 || c > 0xdfff)
      .map((c) => String.fromCodePoint(c));
    // Full Unicode (astral characters included) and the characters RFC 5545 escapes, at every length
    // around the 75-octet fold.
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom("\\", ";", ",", ":", '"', "\n", "\t", " ", "a", "é", "€", "😀"), codePoint),
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, fc.nat(40), (value, prefix) => {
        const line = foldLine(`SUMMARY:${"x".repeat(prefix)}${escapeText(value)}`);
        for (const physical of line.split("\r\n").slice(0, -1)) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
        const ics = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${line}END:VEVENT\r\nEND:VCALENDAR\r\n`;
        const parsed = events(ics)[0]?.getFirstPropertyValue("summary");
        expect(parsed).toBe("x".repeat(prefix) + value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "").replace(/\r\n?/g, "\n"));
      }),
      { numRuns: 500 },
    );
  });

  it("fills a line to exactly 75 octets and never splits a character", () => {
    expect(foldLine("a".repeat(75))).toBe(`${"a".repeat(75)}\r\n`);
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a\r\n`);
    // 74 octets, then a 2-octet é that would end at octet 76: it moves to the next line whole.
    expect(foldLine(`${"a".repeat(74)}é`)).toBe(`${"a".repeat(74)}\r\n é\r\n`);
    expect(foldLine(`${"a".repeat(72)}😀`)).toBe(`${"a".repeat(72)}\r\n 😀\r\n`);
  });
});

import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { formatDate } from "../../src/plan/calendar";
import { planCalendar } from "../../src/export/ics";
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
      expect(event.getFirstPropertyValue("uid")).toMatch(/^[A-Z0-9]{1,8}-[A-Z0-9-]{1,16}-\d+-(pipeline|req)-\d{4}-\d{2}@headstart$/);
      expect(event.getFirstProperty("dtstamp")?.type).toBe("date-time");
      const start = event.getFirstProperty("dtstart");
      expect(start?.type).toBe("date");
      expect((start?.getFirstValue() as ICAL.Time).isDate).toBe(true);
    }
    const uids = list.map((e) => e.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(uids.length);
    for (const hire of plan.hires) {
      const byUid = (kind: string): ICAL.Component | undefined => list.find((e) => String(e.getFirstPropertyValue("uid")).startsWith(`${hire.id}-${kind}-`));
      const pipeline = byUid("pipeline");
      const req = byUid("req");
      expect(isoDay(pipeline?.getFirstPropertyValue("dtstart") as ICAL.Time)).toBe(formatDate(hire.pipelineStart));
      expect(isoDay(req?.getFirstPropertyValue("dtstart") as ICAL.Time)).toBe(formatDate(hire.reqOpen));
      expect(pipeline?.getFirstPropertyValue("summary")).toMatch(new RegExp(`^Start pipeline: ${hire.id} `));
      expect(req?.getFirstPropertyValue("summary")).toMatch(new RegExp(`^Open req: ${hire.id} `));
      expect(String(pipeline?.getFirstPropertyValue("description"))).toContain(`Req open: ${formatDate(hire.reqOpen)}`);
    }
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
});

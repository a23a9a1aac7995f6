import { describe, expect, it } from "vitest";
import type { Cell, Diagnostic } from "../../../src/plan/types";
import { date, formatDate } from "../../../src/plan/calendar";
import { readTracking } from "../../../src/plan/input/tracking";
import { grid } from "../support/fixtures";

const HEADER = ["Hire ID", "Stage", "Pipeline started", "Req opened", "Offer accepted", "Start date", "ATS req", "Candidate", "Notes"];
const AS_OF = date(2026, 10, 1);

function read(rows: Cell[][], header: Cell[] = HEADER) {
  const out: Diagnostic[] = [];
  const result = readTracking(grid("Tracking", [header, ...rows]), AS_OF, out);
  if (!result.ok) throw new Error(result.error.message);
  return { tracked: result.value, cells: out.map((d) => `${d.severity} ${d.cell}`), out };
}

describe("readTracking (docs/spec.md §6.2)", () => {
  it("reads each stage's dates, matches ids ignoring case and keeps the recruiters' text", () => {
    const { tracked, cells } = read([
      ["mle-copilot-1", "Req Open", "2026-08-01", "2026-9-1", "not read", "", "REQ-1", "A. Person", "note"],
      ["AIE-X-1", "offer accepted", "", "", "2026-09-30", "2026-11-02", "", "", ""],
      ["AIE-X-2", "", "junk", "junk", "", "", "", "", ""],
    ]);
    expect(cells).toEqual([]);
    const row = tracked.get("MLE-COPILOT-1");
    expect(row?.stage).toBe("req open");
    expect(row && formatDate(row.dates.reqOpened as never)).toBe("2026-09-01");
    // Offer accepted is not read at stage req open, even though it is unreadable.
    expect(row?.dates.offerAccepted).toBeNull();
    expect(row?.note).toEqual({ atsReq: "REQ-1", candidate: "A. Person", notes: "note", sheetRow: 2 });
    // An agreed start date after As of is fine once the offer is accepted.
    expect(tracked.get("AIE-X-1")?.dates.startDate).toBe(date(2026, 11, 2));
    expect(tracked.has("AIE-X-2")).toBe(false);
  });
  it("reports each kind of mistake at its cell, and leaves the row out", () => {
    const { tracked, cells } = read([
      ["", "sourcing", "2026-09-01"], // A2: no id
      ["A-B-1", "hired", ""], // B3: unknown stage
      ["A-B-1", "on hold"], // A4: duplicate of a row with a Stage, whatever its problems
      ["A-B-2", "started", "", "", "", ""], // F5: missing required date
      ["A-B-3", "sourcing", "Sept 1"], // C6: unreadable
      ["A-B-4", "started", "2026-10-02", "x", "", "2026-09-01"], // C7 after As of, D7 unreadable: no order check
      ["A-B-5", "started", "2026-09-01", "2026-08-01", "2026-07-01", "2026-09-05"], // D8 only: the first out of order
      ["A-B-6", "offer accepted", "", "", "2026-10-05", "2026-12-01"], // E9: after As of
    ]);
    expect(cells).toEqual(["error A2", "error B3", "error A4", "error F5", "error C6", "error C7", "error D7", "error D8", "error E9"]);
    expect(tracked.size).toBe(0);
  });
  it("reports a required date whose column is absent at the Stage cell", () => {
    const { cells } = read([["A-B-1", "req open", "2026-09-01"]], ["ID", "Stage", "Pipeline started"]);
    expect(cells).toEqual(["error B2"]);
  });
  it("needs its Hire ID and Stage columns when the table is there", () => {
    const out: Diagnostic[] = [];
    const r = readTracking(
      grid("Tracking", [
        ["Hire", "Stage"],
        ["A-B-1", "sourcing"],
      ]),
      AS_OF,
      out,
    );
    expect(!r.ok && r.error.cell).toBe("A1");
  });
});

import { describe, expect, it } from "vitest";
import { isFormula } from "../../src/report/spec";
import { downloadsAllowed, exportSheet, EXPORT_SHEETS } from "../../src/taskpane/export-files";

const INJECTIONS = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "=cmd|' /C calc'!A0", "\t=1"];

describe("exportSheet", () => {
  it("puts the CSV's fields in cells, every one a literal string", () => {
    const csv = `\uFEFFRole,Initiative\r\nML Engineer,"Fraud, v2"\r\n${INJECTIONS.map((t) => `"${t.replace(/"/g, '""')}",x`).join("\r\n")}\r\n`;
    const sheet = exportSheet("csv", csv);
    expect(sheet.name).toBe(EXPORT_SHEETS.csv);
    expect(sheet.cells[0]).toEqual(["Role", "Initiative"]);
    expect(sheet.cells[1]).toEqual(["ML Engineer", "Fraud, v2"]);
    expect(sheet.cells.slice(2).map((r) => r[0])).toEqual(INJECTIONS);
    expect(sheet.cells.flat().some((c) => isFormula(c))).toBe(false);
  });

  it("puts the calendar one line per row", () => {
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    expect(exportSheet("ics", ics).cells).toEqual([["BEGIN:VCALENDAR"], ["VERSION:2.0"], ["END:VCALENDAR"]]);
  });
});

describe("downloadsAllowed", () => {
  it("trusts the browser, Excel on the web and Windows; not the Mac or mobile web views", () => {
    expect(downloadsAllowed(null)).toBe(true);
    expect(downloadsAllowed("OfficeOnline")).toBe(true);
    expect(downloadsAllowed("PC")).toBe(true);
    expect(downloadsAllowed("Mac")).toBe(false);
    expect(downloadsAllowed("iOS")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "../../src/io/csv";

describe("parseCsv", () => {
  it("reads a plain CSV with the header as row 1 at A1", () => {
    const g = parseCsv("Initiative,Size\nA,M\n", "Roadmap");
    expect(g).toMatchObject({ sheet: "Roadmap", originRow: 1, originCol: 1 });
    expect(g.rows.slice(0, 2)).toEqual([
      ["Initiative", "Size"],
      ["A", "M"],
    ]);
  });
  it("drops a byte-order mark and detects semicolons with CRLF", () => {
    const g = parseCsv("\uFEFFInitiative;Size\r\nA;M\r\n", "Roadmap");
    expect(g.rows[0]).toEqual(["Initiative", "Size"]);
    expect(g.rows[1]).toEqual(["A", "M"]);
  });
  it("detects tabs", () => {
    expect(parseCsv("a\tb\nc\td", "Team").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
  it("keeps quoted line breaks and delimiters inside a cell", () => {
    const g = parseCsv('Initiative,Notes\r\n"A, B","line 1\r\nline 2"\r\n', "Roadmap");
    expect(g.rows[1]).toEqual(["A, B", "line 1\r\nline 2"]);
  });
  it("keeps every cell as text, untrimmed (the engine trims)", () => {
    expect(parseCsv("a, 1 ,2027-01", "Roadmap").rows[0]).toEqual(["a", " 1 ", "2027-01"]);
  });
  it("never throws on junk", () => {
    const junk = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const g = parseCsv(junk, "Roadmap");
    expect(Array.isArray(g.rows)).toBe(true);
    expect(parseCsv("", "Roadmap").rows.length).toBeLessThanOrEqual(1);
    expect(parseCsv('"unterminated', "Roadmap").rows.length).toBe(1);
  });
});

describe("detectDelimiter", () => {
  it("takes the header's most used delimiter outside quotes", () => {
    expect(detectDelimiter("Setting;Value\r\nPlan start;2027-01\r\n")).toBe(";");
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(detectDelimiter("\n\na\tb\n")).toBe("\t");
    expect(detectDelimiter("single")).toBe(",");
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { initiativeCode, keyCode, nameHashCode, numberHires, roleCode } from "../../src/plan/ids";
import { makePlan } from "../../src/plan/index";
import type { Cell } from "../../src/plan/types";
import { BASE_SETTINGS, grid, settings, TODAY } from "./support/fixtures";

/** The spec's hash, computed independently with Node's crypto and a plain base32 encoder. */
function referenceHash(name: string): string {
  const bytes = createHash("sha256")
    .update(name.toLowerCase().replace(/[ \t\r\n]+/g, " "), "utf8")
    .digest();
  let bits = "";
  for (const b of bytes.subarray(0, 4)) bits += b.toString(2).padStart(8, "0");
  return Array.from({ length: 6 }, (_, i) => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join("");
}

describe("role codes (docs/spec.md §6.1)", () => {
  it("clean the Code column: upper case, letters and digits, at most 8", () => {
    expect(roleCode("mle", "ML Engineer")).toBe("MLE");
    expect(roleCode("ml-ops/2", "x")).toBe("MLOPS2");
    expect(roleCode("straße", "x")).toBe("STRASSE");
    expect(roleCode("AIINFRASTRUCTURE", "x")).toBe("AIINFRAS");
  });
  it("fall back to the initials of the name's words, then to R", () => {
    expect(roleCode("", "Research Scientist")).toBe("RS");
    expect(roleCode("---", "Ingénieur ML")).toBe("INM");
    expect(roleCode("", "MLOps / ML Platform Engineer")).toBe("MMPE");
    expect(roleCode("", "a b c d e f g h i j")).toBe("ABCDEFGH");
    expect(roleCode("", "—")).toBe("R");
  });
});

describe("initiative codes (docs/spec.md §6.1)", () => {
  it("turn a Key into upper-case letters, digits and single dashes, at most 16", () => {
    expect(keyCode("ai-123")).toBe("AI-123");
    expect(keyCode("  Jira: AI / 123  ")).toBe("JIRA-AI-123");
    expect(keyCode("abcdefghijklmno-pq")).toBe("ABCDEFGHIJKLMNO");
    expect(keyCode("!!!")).toBe("");
  });
  it("hash the name when the Key is empty, leaves nothing, or is BF", () => {
    for (const key of ["", "***", "bf", " B-F "]) {
      const code = initiativeCode(key, "Support copilot");
      if (key === " B-F ") expect(code).toBe("B-F");
      else expect(code).toBe(referenceHash("Support copilot"));
    }
    expect(nameHashCode("a")).toBe("ZKLYCE");
  });
  it("keep a name's code when only its case or spacing changes", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(" ", "  ", "\t", " \r\n "), (name, gap) => {
        const spaced = name.replace(/ /g, gap);
        expect(nameHashCode(spaced.toUpperCase())).toBe(nameHashCode(name.toUpperCase()));
        expect(nameHashCode(name)).toBe(referenceHash(name));
      }),
      { numRuns: 300 },
    );
  });
  it("number hires per role and initiative code, in the order given", () => {
    const codes = [
      { role: "A", initiative: "X" },
      { role: "A", initiative: "Y" },
      { role: "A", initiative: "X" },
      { role: "B", initiative: "X" },
    ];
    expect(numberHires(codes)).toEqual(["A-X-1", "A-Y-1", "A-X-2", "B-X-1"]);
  });
});

// ---- ids survive what should not move them --------------------------------------------------

const WORKSTREAMS = [
  "Applied AI product feature",
  "Predictive ML model",
  "LLM fine-tuning",
  "GPU cluster & AI infrastructure",
  "ML platform (features / pipelines / CI)",
];
const HEADER = ["Key", "Initiative", "Workstream", "Start", "End", "Size", "Owner", "Notes"];

interface Row {
  readonly key: string;
  readonly name: string;
  readonly workstream: string;
  readonly start: number;
  readonly end: number;
  readonly size: string;
}

const rowArb: fc.Arbitrary<Row> = fc
  .record({
    key: fc.oneof(fc.constant(""), fc.stringMatching(/^[A-Z]{2,5}-[0-9]{1,3}$/)),
    name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,14}$/),
    workstream: fc.constantFrom(...WORKSTREAMS),
    start: fc.integer({ min: 1, max: 12 }),
    len: fc.integer({ min: 0, max: 11 }),
    size: fc.constantFrom("S", "M", "L", "XL", "1.5"),
  })
  .map(({ len, ...r }) => ({ ...r, end: Math.min(12, r.start + len) }));

/** Rows with distinct names and keys (as the spec requires of a valid roadmap). */
const roadmapArb = fc
  .uniqueArray(rowArb, {
    minLength: 1,
    maxLength: 12,
    selector: (r) => r.name.trim().toLowerCase().replace(/\s+/g, " "),
  })
  .map((rows) => {
    const seen = new Set<string>();
    return rows.map((r) => (r.key !== "" && seen.has(r.key) ? { ...r, key: "" } : (seen.add(r.key), r)));
  });

const m = (k: number): string => `2027-${String(k).padStart(2, "0")}`;
const cells = (r: Row, owner = "", notes = ""): Cell[] => [r.key, r.name, r.workstream, m(r.start), m(r.end), r.size, owner, notes];

/** Each growth hire's id -> (role, initiative, need-by), for the rows given. */
function growthHires(rows: readonly Cell[][]): Map<string, string> {
  const outcome = makePlan({ roadmap: grid("Roadmap", [HEADER, ...rows]), settings: settings(BASE_SETTINGS) }, { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  const ids = outcome.value.hires.map((h) => h.id);
  expect(new Set(ids).size).toBe(ids.length);
  return new Map(
    outcome.value.hires
      .filter((h) => h.reason === "growth")
      .map((h) => [h.id, `${h.role}|${h.initiative.toLowerCase().replace(/\s+/g, " ")}|${h.needBy}`]),
  );
}

/** Whether any two initiatives need the same role first in the same month: attribution then depends on row order. */
function hasAttributionTies(rows: readonly Row[]): boolean {
  const starts = rows.map((r) => `${r.start}`);
  return new Set(starts).size !== starts.length;
}

describe("hire ids survive edits that should not move them (docs/spec.md §6.1)", () => {
  it("reordering rows (without attribution ties) keeps every hire's id", () => {
    fc.assert(
      fc.property(
        roadmapArb.filter((rows) => !hasAttributionTies(rows)),
        fc.integer(),
        (rows, seed) => {
          const shuffled = [...rows].sort((a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7));
          expect(growthHires(shuffled.map((r) => cells(r)))).toEqual(growthHires(rows.map((r) => cells(r))));
        },
      ),
      { numRuns: 60 },
    );
  });
  it("editing Owner or Notes, or a name's case and spacing, keeps every hire's id", () => {
    fc.assert(
      fc.property(roadmapArb, (rows) => {
        const edited = rows.map((r) => cells({ ...r, name: r.name.toUpperCase().replace(/ /g, "   ") }, "new owner", "new notes"));
        expect(growthHires(edited)).toEqual(growthHires(rows.map((r) => cells(r))));
      }),
      { numRuns: 60 },
    );
  });
  it("adding an initiative that needs other roles keeps every earlier hire's id", () => {
    fc.assert(
      fc.property(roadmapArb, fc.integer({ min: 1, max: 12 }), (rows, start) => {
        const before = growthHires(rows.map((r) => cells(r)));
        // Only Data Scientists, whom none of the generated workstreams needs.
        const added: Row = { key: "", name: "Brand new analysis", workstream: "Analytics & experimentation", start, end: 12, size: "M" };
        const after = growthHires([cells(added), ...rows.map((r) => cells(r))]);
        for (const [id, what] of before) expect(after.get(id)).toBe(what);
      }),
      { numRuns: 60 },
    );
  });
});

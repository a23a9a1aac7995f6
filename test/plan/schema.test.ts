import { describe, expect, it } from "vitest";
import { normalizeHeader } from "../../src/plan/headers";
import { proposeMapping, ROADMAP_FIELDS } from "../../src/plan/roadmap-mapping";
import { GRID_KEYS, headerLabels, TABLE_NAMES, TABLES } from "../../src/plan/schema";
import { templateWorkbook } from "../../src/report/template";

describe("the schema of the input tables", () => {
  it("gives every table a header the template writes, so a column added to the schema reaches the template", () => {
    const template = templateWorkbook(null);
    for (const name of TABLE_NAMES) {
      const sheet = template.sheets.find((s) => s.name === name);
      const header = (sheet?.cells[0] ?? []).map((c) => normalizeHeader(typeof c === "string" ? c : null));
      for (const label of headerLabels(name)) expect(header, `${name}: ${label}`).toContain(normalizeHeader(label));
    }
  });

  it("is the column-mapping step's list of Roadmap fields: each is proposed from its own label", () => {
    const labels = headerLabels("Roadmap");
    expect([...ROADMAP_FIELDS]).toEqual(labels);
    const mapping = proposeMapping([...labels].reverse());
    for (const c of mapping.columns) expect(c.header, c.field).toBe(c.field);
  });

  it("keeps one grid key per table, aliases as the reader compares them, synonyms as tools write them", () => {
    expect(new Set(Object.values(GRID_KEYS)).size).toBe(TABLE_NAMES.length);
    for (const name of TABLE_NAMES) {
      for (const c of Object.values(TABLES[name].columns)) {
        for (const word of "aliases" in c ? c.aliases : []) expect(word).toBe(normalizeHeader(word));
        // Written as a user would see them in a message ("Due date"), never empty once normalised.
        for (const word of "synonyms" in c ? c.synonyms : []) expect(normalizeHeader(word)).not.toBe("");
      }
    }
  });
});

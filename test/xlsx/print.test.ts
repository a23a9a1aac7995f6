/**
 * The .xlsx writer's print setup, read from the file's XML, and the sample plan printed by
 * LibreOffice: few pages, every sheet one page wide.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sampleInput } from "../../src/plan/defaults";
import { columnLetters, parseAddress } from "../../src/report/a1";
import { scenarioPlans } from "../../src/plan/scenarios";
import type { SheetSpec, WorkbookSpec } from "../../src/report/spec";
import { planFileWorkbook } from "../../src/report/workbook";
import { writeXlsx } from "../../src/xlsx/write";
import { SAMPLE_TODAY, samplePlan } from "../fixtures/plan";
import { LIBREOFFICE_TEST_TIMEOUT, toPdf } from "../helpers/libreoffice";
import { attribute, descendants, parseXml, type XmlElement } from "../helpers/xml";
import { zipTexts } from "../helpers/zip";

const dir = mkdtempSync(join(tmpdir(), "headstart-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample plan as `npm run plan` writes it: the plan's sheets, then the input sheets. */
function samplePlanFile(): WorkbookSpec {
  return planFileWorkbook(samplePlan(), sampleInput, { scenarios: scenarioPlans(sampleInput, { today: SAMPLE_TODAY }) });
}

const child = (e: XmlElement, local: string): XmlElement | undefined => descendants(e).find((d) => d.local === local);
const absolute = (area: string): string => {
  const r = parseAddress(area);
  return `$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`;
};

describe("writeXlsx print setup", () => {
  it("writes each sheet's page setup, header, footer, print area and title rows as the spec says", async () => {
    const spec = samplePlanFile();
    const parts = await zipTexts(await writeXlsx(spec));
    const workbook = parseXml(parts.get("xl/workbook.xml") ?? "");
    const rels = parseXml(parts.get("xl/_rels/workbook.xml.rels") ?? "");
    const sheetEls = descendants(workbook).filter((e) => e.local === "sheet");
    const names = descendants(workbook).filter((e) => e.local === "definedName");
    for (const sheet of spec.sheets.filter((s) => !s.hidden)) {
      const print = sheet.print as NonNullable<SheetSpec["print"]>;
      const index = sheetEls.findIndex((e) => attribute(e, "name") === sheet.name);
      const rid = attribute(sheetEls[index] as XmlElement, "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
      const target = descendants(rels).find((r) => r.local === "Relationship" && attribute(r, "Id") === rid);
      const xml = parseXml(parts.get(`xl/${attribute(target as XmlElement, "Target")}`) ?? "");

      expect(attribute(child(xml, "pageSetUpPr") as XmlElement, "fitToPage"), sheet.name).toBe("1");
      const setup = child(xml, "pageSetup") as XmlElement;
      expect([attribute(setup, "orientation"), attribute(setup, "fitToWidth"), attribute(setup, "fitToHeight")], sheet.name).toEqual([
        print.orientation,
        "1",
        "0",
      ]);
      expect(child(xml, "oddHeader")?.text, sheet.name).toBe(`&L${print.header.left}&C${print.header.center}&R${print.header.right}`);
      expect(child(xml, "oddFooter")?.text, sheet.name).toBe("&CPage &P of &N");

      const defined = (name: string): string[] =>
        names.filter((n) => attribute(n, "name") === name && attribute(n, "localSheetId") === String(index)).map((n) => n.text);
      expect(defined("_xlnm.Print_Area"), sheet.name).toEqual([`'${sheet.name}'!${absolute(print.area)}`]);
      expect(defined("_xlnm.Print_Titles"), sheet.name).toEqual(
        print.titleRows ? [`'${sheet.name}'!$${print.titleRows.first}:$${print.titleRows.last}`] : [],
      );
    }
  });

  it(
    "prints the sample plan in LibreOffice on at most 25 pages, every sheet one page wide with its header",
    async () => {
      const spec = samplePlanFile();
      const file = join(dir, "plan.xlsx");
      writeFileSync(file, await writeXlsx(spec));
      const pdf = await toPdf(file, join(dir, "pdf"), { recalc: false });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
      const printed = spec.sheets.filter((s) => !s.hidden);
      expect(pages).toBeGreaterThanOrEqual(printed.length);
      expect(pages).toBeLessThanOrEqual(25);

      // Each page's header names its sheet (`&A`); a sheet cut into columns would have a page
      // without its first column's text or without its last column's.
      const texts = Array.from({ length: pages }, (_, i) =>
        execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], { encoding: "utf8" }),
      );
      for (const sheet of printed) {
        const own = texts.filter((t) => new RegExp(`^\\s*Headstart hiring plan\\s+${sheet.name}\\s{2,}`).test(t));
        expect(own.length, sheet.name).toBeGreaterThan(0);
        const column = (c: number): string[] =>
          sheet.cells.map((r) => r[c]).filter((v): v is string => typeof v === "string" && v.trim().length > 2 && v.length < 20);
        const width = sheet.cells[0]?.length ?? 0;
        const first = column(0);
        const last = Array.from({ length: width }, (_, c) => column(width - 1 - c)).find((texts) => texts.length > 0) ?? [];
        for (const page of own) {
          // A sheet whose columns hold only long sentences (the first build's Changes) has no short text to look for.
          if (first.length > 0)
            expect(
              first.some((t) => page.includes(t)),
              `${sheet.name}: first column on every page`,
            ).toBe(true);
          if (last.length > 0)
            expect(
              last.some((t) => page.includes(t)),
              `${sheet.name}: last column on every page`,
            ).toBe(true);
        }
      }
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );
});

/**
 * The writer against Office.js's own request serializer (test/office-js), not the fake's estimate:
 * the bytes Excel on the web would receive, checked against its 5 MB limit.
 */
import { describe, expect, it } from "vitest";
import { EXCEL_REQUEST_LIMIT_BYTES } from "../../src/excel/payload";
import { writeWorkbook } from "../../src/excel/write";
import { installFakeExcel, WorkbookModel } from "../fake-excel/index";
import { largePlanSpec, samplePlanSpec } from "../fake-excel/specs";
import { realRequests } from "../office-js/serializer";

async function estimated(spec: Parameters<typeof writeWorkbook>[0]): Promise<number[]> {
  const fake = installFakeExcel(new WorkbookModel());
  try {
    await writeWorkbook(spec);
    return fake.host.syncLog.map((s) => s.bytes);
  } finally {
    fake.restore();
  }
}

describe("the writer's requests as office.js serialises them", () => {
  it("are as many as the fake counts, and a 5,000-hire plan's stay under Excel on the web's 5 MB", async () => {
    const { sample, large } = await realRequests();
    expect(sample.bytes).toHaveLength((await estimated(samplePlanSpec())).length);
    const fake = await estimated(largePlanSpec(5000).spec);
    expect(large.bytes).toHaveLength(fake.length);
    expect(Math.max(...large.bytes)).toBeLessThan(EXCEL_REQUEST_LIMIT_BYTES);
    // The fake's estimate runs low (office.js adds object paths and ids to every action), so the
    // fake's own 5 MB check is not enough: this one is the real size.
    expect(Math.max(...large.bytes)).toBeGreaterThan(Math.max(...fake));
  }, 120_000);
});

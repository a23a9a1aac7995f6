/**
 * Runs in a page with Microsoft's own Excel API script (`@microsoft/office-js`,
 * excel-web-16.00.debug.js) in place of a host: the writer's requests go through Office.js's real
 * serializer, and `OSF.DDA.RichApi.executeRichApiRequestAsync`, where a request leaves for Excel,
 * is answered here. The answers are an empty workbook's (no sheets, tables or names, nothing
 * protected), so the writer takes its first-build path; every request body's UTF-8 size is kept.
 * Bundled by serializer.ts; never shipped.
 */
import { writeWorkbook } from "../../src/excel/write";
import { largePlanSpec, samplePlanSpec } from "../fake-excel/specs";
import type { Measured } from "./serializer";

interface RichApi {
  executeRichApiRequestAsync(message: unknown[], callback: (result: unknown) => void): void;
}

const page = window as unknown as {
  OSF: { DDA: { RichApi?: RichApi } };
  Office: object;
  measureRequests?: (which: "sample" | "large") => Promise<Measured>;
};
const encoder = new TextEncoder();
let sizes: number[] = [];

page.OSF.DDA.RichApi = {
  executeRichApiRequestAsync(message, callback) {
    // buildRequestMessageSafeArray: the fifth item is the request body's JSON text.
    const body = String(message[4]);
    sizes.push(encoder.encode(body).length);
    const request = JSON.parse(body) as { Actions: { Id: number; QueryInfo?: unknown }[] };
    // Every query gets an empty collection and an unprotected workbook: an empty workbook's answers.
    const results = request.Actions.filter((a) => a.QueryInfo !== undefined).map((a) => ({
      ActionId: a.Id,
      Value: { _Items: [], Protected: false },
    }));
    setTimeout(() => callback({ status: "succeeded", value: { data: [200, [], JSON.stringify({ Results: results })] } }), 0);
  },
};

// The writer asks Office for requirement sets; outside a host office.js has none to give.
const requirements = {
  isSetSupported: (name: string, version?: string) => name === "ExcelApi" && Number(String(version ?? "1.1").split(".")[1] ?? 0) <= 17,
};
page.Office = new Proxy(page.Office, {
  get: (target, key) => (key === "context" ? { requirements } : (target as Record<PropertyKey, unknown>)[key]),
});

page.measureRequests = async (which) => {
  sizes = [];
  const spec = which === "large" ? largePlanSpec(5000).spec : samplePlanSpec();
  const t0 = performance.now();
  await writeWorkbook(spec);
  return { bytes: sizes, ms: performance.now() - t0 };
};

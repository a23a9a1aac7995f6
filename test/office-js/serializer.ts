/**
 * The writer's requests as Office.js itself serialises them: Microsoft's Excel API script from
 * `@microsoft/office-js` in headless Chromium, with serializer-page.ts answering in Excel's place.
 * For the test of request sizes and for the bench (`maxRequestBytes5000`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchChromium, serve } from "../browser/harness";

const EXCEL_API_SCRIPT = path.join(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");

export interface Measured {
  /** UTF-8 size of each request body, in order. */
  readonly bytes: number[];
  /** The write's wall time in the page, office.js's serialisation included. */
  readonly ms: number;
}

async function pageScript(): Promise<string> {
  const esbuild = await import("esbuild");
  const out = await esbuild.build({
    entryPoints: [path.join(__dirname, "serializer-page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error("esbuild produced no page script");
  return file.text;
}

/** A first build of the sample plan and of a 5,000-hire plan, through office.js's serializer. */
export async function realRequests(): Promise<{ sample: Measured; large: Measured }> {
  // office.js reads sessionStorage, which a page has only on an http origin.
  const dir = mkdtempSync(path.join(tmpdir(), "headstart-officejs-"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><html><body></body></html>");
  const server = await serve(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.addScriptTag({ path: EXCEL_API_SCRIPT });
    await page.addScriptTag({ content: await pageScript() });
    const measure = (which: "sample" | "large"): Promise<Measured> =>
      page.evaluate((w) => (window as unknown as { measureRequests(w: string): Promise<Measured> }).measureRequests(w), which);
    return { sample: await measure("sample"), large: await measure("large") };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the browser suites and the pane's benchmark share: a production build of the add-in, a
 * localhost server for it, Debian's Chromium through playwright-core, and the Office CDN routed
 * to a local office.js, to a test host, or to nothing (blocked).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist/office.js");

/**
 * A production build in a fresh directory (never dist/, which others may be building), removed by
 * `done()`. HEADSTART_TEST_DIST names an existing build to reuse instead (kept), to iterate on
 * tests without rebuilding.
 */
export function buildAddin(): { dir: string; done: () => void } {
  const reuse = process.env.HEADSTART_TEST_DIST;
  if (reuse) return { dir: path.resolve(reuse), done: () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), "headstart-dist-"));
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    stdio: "pipe",
  });
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(rel).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headless Chromium; fails loudly, never skips, when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * How the page gets office.js: the package's real office.js (which, outside Office, reports no host),
 * a test script that plays the host (office.js itself is then an empty script), or blocked.
 */
export type OfficeMode = { kind: "real" } | { kind: "host"; script: string; config?: Record<string, unknown> } | { kind: "blocked" };

export async function routeOffice(page: Page, mode: OfficeMode): Promise<void> {
  if (mode.kind === "host") {
    await page.addInitScript({ content: `window.__fakeHostConfig = ${JSON.stringify(mode.config ?? {})};` });
    await page.addInitScript({ content: mode.script });
  }
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    if (mode.kind === "blocked") return route.abort("blockedbyclient");
    const url = route.request().url();
    if (mode.kind === "host") return route.fulfill({ contentType: "text/javascript", body: "/* the test's host is already in place */" });
    // office.js asks for its host scripts next to itself; outside Office it only needs itself.
    const local = url === OFFICE_CDN ? LOCAL_OFFICE_JS : path.join(path.dirname(LOCAL_OFFICE_JS), path.basename(new URL(url).pathname));
    if (!existsSync(local)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ contentType: "text/javascript", body: readFileSync(local, "utf8") });
  });
  // Everything else off-host stays offline, as on this machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.request().url().startsWith("https://appsforoffice.microsoft.com/") ? route.fallback() : route.abort("blockedbyclient"),
  );
}

/** The fake host bundled into one page script (esbuild, which tsx already brings). */
export async function fakeHostScript(): Promise<string> {
  const esbuild = await import("esbuild");
  const out = await esbuild.build({
    entryPoints: [path.join(ROOT, "test/browser/fake-host.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    // The fake sizes requests with Buffer.byteLength; the page has TextEncoder instead.
    banner: {
      js: "var Buffer = { byteLength: (s) => new TextEncoder().encode(String(s)).length };",
    },
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error("esbuild produced no fake host script");
  return file.text;
}

/** The `src` of every script tag in a page, in order. */
export function scriptSources(html: string): string[] {
  // The minified page leaves attribute values unquoted where it can.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** Gzip bytes (level 9) of the page's own scripts, what a user downloads before the pane works. */
export function firstLoadGzipBytes(dist: string, page = "taskpane.html"): number {
  const html = readFileSync(path.join(dist, page), "utf8");
  return scriptSources(html)
    .filter((src) => !/^https?:/.test(src))
    .reduce((n, src) => n + gzipSync(readFileSync(path.join(dist, src)), { level: 9 }).length, 0);
}

/** Milliseconds from navigation start until the pane marked itself ready (controls enabled). */
export async function readyTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
  return page.evaluate(() => {
    const mark = performance.getEntriesByName("headstart-ready")[0];
    if (!mark) throw new Error("the pane set data-ready without its performance mark");
    return mark.startTime;
  });
}

/**
 * The task pane's weight and start-up: gzip bytes of its own scripts (office.js excluded, it
 * comes from Microsoft's CDN) and the time until its controls are enabled, in headless Chromium
 * with the fake Excel as host (median of a few loads).
 */
import { median, type BenchSection } from "./run";
import { buildAddin, fakeHostScript, firstLoadGzipBytes, launchChromium, readyTime, routeOffice, serve } from "../test/browser/harness";

const LOADS = 7;

export async function benchTaskpane(): Promise<Record<string, number>> {
  const build = buildAddin();
  const server = await serve(build.dir);
  const browser = await launchChromium();
  try {
    const script = await fakeHostScript();
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh context each time: a cold cache, as when Excel first opens the pane.
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await routeOffice(page, { kind: "host", script });
      times.push(await readyTime(page, `${server.url}taskpane.html`));
      await context.close();
    }
    return { taskpaneGzipBytes: firstLoadGzipBytes(build.dir), taskpaneReadyMs: Math.round(median(times)) };
  } finally {
    await browser.close();
    await server.close();
    build.done();
  }
}

export const section: BenchSection = {
  name: "taskpane",
  async run() {
    const keys = await benchTaskpane();
    return {
      rows: [
        {
          name: `ready: controls enabled (median of ${LOADS})`,
          ms: keys.taskpaneReadyMs ?? NaN,
          note: `first-load JS ${((keys.taskpaneGzipBytes ?? 0) / 1024).toFixed(1)} KB gzip`,
        },
      ],
      keys,
    };
  },
};

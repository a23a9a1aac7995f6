// Kept apart from index.ts: that module is also bundled into the browser tests' page, where
// vitest's hooks do not exist.
import { afterEach, beforeEach } from "vitest";
import { installFakeExcel, type WorkbookModel } from "./index";

/** A new, empty fake Excel installed before each test of the calling file and removed after it. */
export function fakeExcelPerTest(onInstall: (host: WorkbookModel) => void): void {
  let restore: (() => void) | undefined;
  beforeEach(() => {
    const fake = installFakeExcel();
    restore = fake.restore;
    onInstall(fake.host);
  });
  afterEach(() => restore?.());
}

import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { PreviousReading } from "../plan/changes";
import { readPreviousPlan } from "../plan/changes";
import { failure, success, type Result } from "../plan/result";

export type PreviousLoaded = Result<Exclude<PreviousReading, { kind: "foreign" }>, string>;

/**
 * `--previous FILE` (docs/spec.md §6.4): an earlier `--json` result, or a plan workbook Headstart wrote (its
 * stored JSON). Anything else is the caller's usage error, with the reason.
 */
export async function loadPrevious(path: string, readStored: (data: Uint8Array) => Promise<PreviousReading>): Promise<PreviousLoaded> {
  const data = await readFile(path).catch(() => null);
  if (data === null) return failure(`--previous ${path}: cannot read that file`);
  let reading: PreviousReading;
  if (extname(path).toLowerCase() === ".xlsx") {
    reading = await readStored(new Uint8Array(data)).catch((e: unknown): PreviousReading => ({
      kind: "foreign",
      why: e instanceof Error ? e.message : String(e),
    }));
  } else {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8").decode(data).replace(/^\uFEFF/, ""));
    } catch {
      return failure(`--previous ${basename(path)} is neither a Headstart JSON result (it is not JSON) nor a plan workbook (.xlsx)`);
    }
    reading = readPreviousPlan(json);
  }
  return reading.kind === "foreign" ? failure(`--previous ${basename(path)}: ${reading.why}`) : success(reading);
}

/**
 * The live-workbook writer against the fake Excel: syncs and request sizes for the sample plan and
 * for a real plan of 5,000 hires, beside a naive row-by-row writer on the same plan.
 */
import { performance } from "node:perf_hooks";
import { writeWorkbook } from "../src/excel/write";
import type { WorkbookSpec } from "../src/report/spec";
import { installFakeExcel, WorkbookModel } from "../test/fake-excel/index";
import { naiveWriteWorkbook } from "../test/fake-excel/naive-writer";
import { largePlanSpec, samplePlanSpec } from "../test/fake-excel/specs";
import { round2, type BenchSection } from "./run";

interface Measured {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly ms: number;
}

async function measure(write: (spec: WorkbookSpec) => Promise<unknown>, spec: WorkbookSpec): Promise<Measured> {
  const { host, restore } = installFakeExcel(new WorkbookModel());
  try {
    const t0 = performance.now();
    await write(spec);
    const ms = performance.now() - t0;
    return { syncs: host.syncs, maxRequestBytes: Math.max(...host.syncLog.map((s) => s.bytes)), ms };
  } finally {
    restore();
  }
}

let last: { sample: Measured; large: Measured; naive: Measured; hires: number } | undefined;

export async function benchWriter(): Promise<Record<string, number>> {
  const sample = await measure((s) => writeWorkbook(s), samplePlanSpec());
  const { spec, hires } = largePlanSpec(5000);
  const large = await measure((s) => writeWorkbook(s), spec);
  const naive = await measure(naiveWriteWorkbook, spec);
  last = { sample, large, naive, hires };
  return {
    writerSyncsSample: sample.syncs,
    writerSyncs5000: large.syncs,
    naiveSyncs5000: naive.syncs,
    // The fake's estimate; bench/office-js.ts measures the real size as maxRequestBytes5000.
    maxRequestBytes5000Estimate: large.maxRequestBytes,
  };
}

export const section: BenchSection = {
  name: "writer",
  async run() {
    const keys = await benchWriter();
    if (!last) throw new Error("benchWriter did not run");
    const { sample, large, naive, hires } = last;
    return {
      rows: [
        {
          name: "sample plan into the fake Excel",
          ms: round2(sample.ms),
          note: `${sample.syncs} syncs, largest request ${sample.maxRequestBytes} B (target <= 3 syncs)`,
        },
        {
          name: `${hires}-hire plan into the fake Excel`,
          ms: round2(large.ms),
          note: `${large.syncs} syncs, largest request ${large.maxRequestBytes} B (limit 5242880)`,
        },
        {
          name: `same plan row by row (naive)`,
          ms: round2(naive.ms),
          note: `${naive.syncs} syncs, ${round2(naive.syncs / large.syncs)}x (target >= 50x)`,
        },
      ],
      keys,
    };
  },
};

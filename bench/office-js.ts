/**
 * The writer's requests as Office.js itself serialises them (issue 12; test/office-js/serializer.ts):
 * this replaces the fake's estimate in `maxRequestBytes5000`, which bench/writer.ts keeps as
 * `maxRequestBytes5000Estimate` to show how far the estimate is off.
 */
import { realRequests } from "../test/office-js/serializer";
import { round2, type BenchSection } from "./run";

export const section: BenchSection = {
  name: "officejs",
  async run() {
    const { sample, large } = await realRequests();
    const keys = { requestBytesSample: Math.max(...sample.bytes), maxRequestBytes5000: Math.max(...large.bytes) };
    return {
      rows: [
        {
          name: "sample plan, serialised by office.js",
          ms: round2(sample.ms),
          note: `${sample.bytes.length} requests: ${sample.bytes.join(", ")} B`,
        },
        {
          name: "5,000-hire plan, serialised by office.js",
          ms: round2(large.ms),
          note: `${large.bytes.length} requests, largest ${keys.maxRequestBytes5000} B (limit 5242880)`,
        },
      ],
      keys,
    };
  },
};

import { describe, expect, it } from "vitest";
import { saveRefreshOutcome, takeRefreshOutcome } from "../../src/app/last-refresh";

function memoryStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

describe("last ribbon refresh", () => {
  it("is handed to the pane once", () => {
    const s = memoryStorage();
    const o = { ok: false, message: "No Roadmap table.", at: "2026-11-26T01:00:00.000Z" };
    saveRefreshOutcome(o, s);
    expect(takeRefreshOutcome(s)).toEqual(o);
    expect(takeRefreshOutcome(s)).toBeNull();
  });
  it("ignores what it did not write, and storage that throws", () => {
    const s = memoryStorage();
    s.setItem("headstart.lastRefresh", "{not json");
    expect(takeRefreshOutcome(s)).toBeNull();
    const broken = {
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(() => saveRefreshOutcome({ ok: true, message: "", at: "" }, broken)).not.toThrow();
  });
});

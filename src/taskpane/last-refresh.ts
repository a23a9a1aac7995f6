/**
 * The ribbon's "Refresh plan" runs without a pane to speak in; it leaves its outcome here (same
 * origin, same storage) and the pane shows it when next opened.
 */
const KEY = "headstart.lastRefresh";

export interface RefreshOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** ISO time of the run. */
  readonly at: string;
}

export function saveRefreshOutcome(o: RefreshOutcome, storage: Pick<Storage, "setItem">): void {
  try {
    storage.setItem(KEY, JSON.stringify(o));
  } catch {
    // Storage can be disabled by policy; the Summary sheet's status cell still tells the truth.
  }
}

/** The outcome of the last ribbon run, once: reading it removes it, so it is shown one time. */
export function takeRefreshOutcome(storage: Pick<Storage, "getItem" | "removeItem">): RefreshOutcome | null {
  try {
    const text = storage.getItem(KEY);
    if (text === null) return null;
    storage.removeItem(KEY);
    const o = JSON.parse(text) as Partial<RefreshOutcome>;
    return typeof o.ok === "boolean" && typeof o.message === "string" && typeof o.at === "string" ? { ok: o.ok, message: o.message, at: o.at } : null;
  } catch {
    return null;
  }
}

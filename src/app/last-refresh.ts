/**
 * The ribbon's "Refresh plan" runs without a pane to speak in; it leaves its outcome here (same
 * origin, same storage: Microsoft's way to share data between a task pane and a function command)
 * and the pane shows it when next opened. A refresh also notes when it started, so one that Excel
 * cut off (a function command's runtime ends five minutes after the click) is reported too.
 */
const KEY = "headstart.lastRefresh";
const STARTED_KEY = "headstart.refreshStarted";
/** After this, a refresh that left no outcome cannot still be running: Excel has ended its runtime. */
export const RIBBON_RUNTIME_MS = 5 * 60_000;

export interface RefreshOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** ISO time the run started (the same as its start mark). */
  readonly at: string;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function markRefreshStarted(at: string, storage: Pick<Storage, "setItem">): void {
  try {
    storage.setItem(STARTED_KEY, at);
  } catch {
    // Storage can be disabled by policy; the Summary sheet's status cell still tells the truth.
  }
}

export function saveRefreshOutcome(o: RefreshOutcome, storage: Pick<Storage, "setItem">): void {
  try {
    storage.setItem(KEY, JSON.stringify(o));
  } catch {
    // Storage can be disabled by policy; the Summary sheet's status cell still tells the truth.
  }
}

function unfinished(storage: Store, now: number): RefreshOutcome | null {
  const at = storage.getItem(STARTED_KEY);
  const started = at === null ? NaN : Date.parse(at);
  if (Number.isNaN(started) || now - started < RIBBON_RUNTIME_MS) return null;
  storage.removeItem(STARTED_KEY);
  return {
    ok: false,
    message: `The ribbon's Refresh plan started at ${new Date(started).toLocaleString()} never finished: Excel stops a ribbon command five minutes after the click. The Summary sheet's status says whether the sheets are complete; build here to finish.`,
    at: at ?? "",
  };
}

/**
 * The outcome of the last ribbon run, once: reading it removes it, so it is shown one time. A run
 * that left only its start, longer ago than Excel lets one live, is reported as never finished.
 */
export function takeRefreshOutcome(storage: Store, now = Date.now()): RefreshOutcome | null {
  try {
    const text = storage.getItem(KEY);
    if (text === null) return unfinished(storage, now);
    storage.removeItem(KEY);
    const o = JSON.parse(text) as Partial<RefreshOutcome>;
    if (typeof o.ok !== "boolean" || typeof o.message !== "string" || typeof o.at !== "string") return null;
    // The mark of the run that left this outcome, or of an earlier one, is settled by it.
    const started = storage.getItem(STARTED_KEY);
    if (started !== null && started <= o.at) storage.removeItem(STARTED_KEY);
    return { ok: o.ok, message: o.message, at: o.at };
  } catch {
    return null;
  }
}

/**
 * What changed since the previous plan (docs/spec.md §6.4): the two plans compared by hire id. The previous
 * plan arrives as the JSON result Headstart wrote (a `--json` file, or the copy every plan workbook
 * keeps), so this reads untrusted JSON defensively.
 */
import type { Hire, HireStatus, PlanChanges, QuarterCost } from "./types";
import { HIRE_STATUSES } from "./types";
import type { CalDate } from "./calendar";
import { readDate } from "./values";

export interface PreviousHire {
  readonly id: string;
  readonly needBy: CalDate;
  readonly status: HireStatus;
  /** As the previous plan named them, so a hire no longer needed can still be described. */
  readonly role: string;
  readonly initiative: string;
}

export interface PreviousPlan {
  readonly asOf: CalDate;
  readonly hires: readonly PreviousHire[];
  readonly costByQuarter: readonly QuarterCost[];
}

/** A previous plan as read: comparable, from before hire ids were stable, or not a Headstart plan. */
export type PreviousReading =
  { readonly kind: "plan"; readonly plan: PreviousPlan } | { readonly kind: "old" } | { readonly kind: "foreign"; readonly why: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isoDate = (v: unknown): CalDate | null => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? readDate(v) : null);

/** A parsed `--json` result of any schema version -> what can be compared with it. */
export function readPreviousPlan(json: unknown): PreviousReading {
  const foreign = (why: string): PreviousReading => ({ kind: "foreign", why });
  if (!isObject(json) || !("schemaVersion" in json) || !Array.isArray(json.hires) || !isObject(json.settings)) {
    return foreign("it is not a Headstart plan result (no schemaVersion, settings and hires)");
  }
  if (json.schemaVersion !== 2) return { kind: "old" };
  const asOf = isoDate(json.settings.asOf);
  if (asOf === null) return foreign("its settings.asOf is not a YYYY-MM-DD date");
  const hires: PreviousHire[] = [];
  for (const [i, h] of json.hires.entries()) {
    const needBy = isObject(h) ? isoDate(h.needBy) : null;
    const status = isObject(h) ? HIRE_STATUSES.find((s) => s === h.status) : undefined;
    if (!isObject(h) || typeof h.id !== "string" || needBy === null || status === undefined) {
      return foreign(`its hire ${i + 1} has no id, needBy date or status`);
    }
    hires.push({
      id: h.id,
      needBy,
      status,
      role: typeof h.role === "string" ? h.role : "",
      initiative: typeof h.initiative === "string" ? h.initiative : "",
    });
  }
  const quarters = isObject(json.totals) && isObject(json.totals.costByQuarter) ? json.totals.costByQuarter : {};
  const costByQuarter = Object.entries(quarters)
    .filter((e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]))
    .map(([quarter, cost]) => ({ quarter, cost }));
  return { kind: "plan", plan: { asOf, hires, costByQuarter } };
}

/** This plan against the previous one, by hire id; lists in this plan's hire order (`removed`: the previous plan's). */
export function planChanges(previous: PreviousPlan, hires: readonly Hire[], costByQuarter: readonly QuarterCost[]): PlanChanges {
  const before = new Map(previous.hires.map((h) => [h.id, h]));
  const now = new Set(hires.map((h) => h.id));
  const added: string[] = [];
  const moved: { id: string; from: CalDate; to: CalDate }[] = [];
  const statusChanged: { id: string; from: HireStatus; to: HireStatus }[] = [];
  for (const h of hires) {
    const p = before.get(h.id);
    if (!p) {
      added.push(h.id);
      continue;
    }
    if (p.needBy !== h.needBy) moved.push({ id: h.id, from: p.needBy, to: h.needBy });
    if (p.status !== h.status) statusChanged.push({ id: h.id, from: p.status, to: h.status });
  }
  const beforeCost = new Map(previous.costByQuarter.map((q) => [q.quarter, q.cost]));
  const afterCost = new Map(costByQuarter.map((q) => [q.quarter, q.cost]));
  const quarters = [...new Set([...beforeCost.keys(), ...afterCost.keys()])].sort();
  return {
    previousAsOf: previous.asOf,
    added,
    removed: previous.hires
      .filter((h) => !now.has(h.id))
      .map((h) => ({ id: h.id, role: h.role, initiative: h.initiative, needBy: h.needBy })),
    moved,
    statusChanged,
    costByQuarter: quarters.map((quarter) => ({ quarter, before: beforeCost.get(quarter) ?? 0, after: afterCost.get(quarter) ?? 0 })),
  };
}

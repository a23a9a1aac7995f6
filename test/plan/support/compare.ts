/**
 * The comparison of ../shared/tools/compare-plan.py, in TypeScript: demand and interview hours
 * within 1e-3, money within 0.05 (totals 0.5), hires and counts exact, diagnostics as the set of
 * (severity, sheet, cell). Returns the differences; none means the plans agree.
 */
type Json = Record<string, unknown>;

const close = (a: unknown, b: unknown, tol: number): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= tol : a === b;

/** JSON with object keys sorted, so key order never counts (as in Python's dict equality). */
function canon(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canon).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canon((v as Json)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

export function comparePlans(e: Json, a: Json): string[] {
  const bad: string[] = [];
  const same = (path: string, x: unknown, y: unknown): void => {
    if (canon(x) !== canon(y)) bad.push(`${path}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`);
  };
  const near = (path: string, x: unknown, y: unknown, tol: number): void => {
    const ok = Array.isArray(x) ? Array.isArray(y) && x.length === y.length && x.every((v, i) => close(v, y[i], tol)) : close(x, y, tol);
    if (!ok) bad.push(`${path}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`);
  };
  const obj = (v: unknown): Json => (typeof v === "object" && v !== null ? (v as Json) : {});
  const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

  same("months", e.months, a.months);
  for (const k of ["planStart", "horizonMonths", "asOf", "confidenceMode", "reqsPerRecruiter"]) {
    same(`settings.${k}`, obj(e.settings)[k], obj(a.settings)[k]);
  }
  const roles = new Map(arr(a.roles).map((r) => [r.role, r]));
  same(
    "roles order",
    arr(e.roles).map((r) => r.role),
    arr(a.roles).map((r) => r.role),
  );
  for (const r of arr(e.roles)) {
    const x = roles.get(r.role) ?? {};
    near(`${String(r.role)}.demandFte`, r.demandFte, x.demandFte, 1e-3);
    for (const k of ["targetHeadcount", "baselineHeadcount", "plannedHeadcount", "newHires", "surplus"])
      same(`${String(r.role)}.${k}`, r[k], x[k]);
    near(`${String(r.role)}.cost`, r.cost, x.cost, 0.05);
  }
  const eh = arr(e.hires);
  const ah = arr(a.hires);
  same("hires count", eh.length, ah.length);
  const keys = [
    "id",
    "role",
    "reason",
    "initiative",
    "needBy",
    "start",
    "offerAccepted",
    "reqOpen",
    "pipelineStart",
    "status",
    "slackDays",
    "daysLate",
    "forecastStart",
    "expectedProductive",
    "delayDays",
    "stage",
    "forecastPipelineStart",
    "forecastReqOpen",
    "forecastOfferAccepted",
  ];
  eh.forEach((h, i) => {
    // capacityDelayDays only where the expected plan has capacity (spec §7).
    for (const k of "capacityDelayDays" in h ? [...keys, "capacityDelayDays"] : keys) {
      if (ah[i] && h[k] !== ah[i][k]) bad.push(`hires[${i}].${k}: expected ${String(h[k])}, got ${String(ah[i][k])}`);
    }
  });
  if ("capacity" in e) {
    const ec = obj(e.capacity);
    const ac = obj(a.capacity);
    for (const k of ["recruiters", "pipelineCapacity", "blocked", "recruitersToKeepOnTime"]) same(`capacity.${k}`, ec[k], ac[k]);
    for (const k of ["interviewHoursLimit", "interviewHoursToKeepOnTime", "interviewHoursByRole"]) {
      for (const [r, v] of Object.entries(obj(ec[k]))) near(`capacity.${k}.${r}`, v, obj(ac[k])[r], 1e-3);
    }
  } else if ("capacity" in a) {
    bad.push("capacity: expected none (no Recruiters setting, no interviewer limit)");
  }
  const er = obj(e.recruiting);
  const ar = obj(a.recruiting);
  same("recruiting.months", er.months, ar.months);
  for (const k of ["openReqs", "activePipelines", "recruitersNeeded"]) same(`recruiting.${k}`, er[k], ar[k]);
  near("recruiting.interviewHours", er.interviewHours, ar.interviewHours, 1e-3);
  const et = obj(e.totals);
  const at = obj(a.totals);
  for (const k of ["hires", "hiresByRole", "lateHires", "hiresByStage"]) same(`totals.${k}`, et[k], at[k]);
  near("totals.cost", et.cost, at.cost, 0.5);
  near("totals.costBeforePlan", et.costBeforePlan, at.costBeforePlan, 0.5);
  for (const [q, v] of Object.entries(obj(et.costByQuarter))) near(`totals.costByQuarter.${q}`, v, obj(at.costByQuarter)[q], 0.5);
  const key = (d: Json): string => `${String(d.severity)} ${String(d.sheet)}!${String(d.cell)}`;
  const es = new Set(arr(e.diagnostics).map(key));
  const as = new Set(arr(a.diagnostics).map(key));
  for (const d of es) if (!as.has(d)) bad.push(`diagnostic missing: ${d}`);
  for (const d of as) if (!es.has(d)) bad.push(`diagnostic unexpected: ${d}`);
  return bad;
}

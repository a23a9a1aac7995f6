/** Rounds half away from zero at `digits` decimals, and never gives -0. */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-7)) / f;
  return r === 0 ? 0 : r;
}

/** Money is kept in cents (docs/spec.md §4): role-months are rounded, and sums of them are sums of cents. */
export const cents = (x: number): number => roundTo(x, 2);

import type uPlot from 'uplot';

/*
 * The ticks of a symlog y axis (uPlot's distr 4, y ↦ asinh(y / c)): 0 and ±{1, 2, 5}·10^k only,
 * thinned to a minimum spacing with 0 and the decades kept first. uPlot's own asinh splits start
 * at the scale's minimum and step by its decade, so they fall at values such as 3.7 or 0.85.
 */

/** Mantissas of a symlog axis's ticks, most important first: 0, then ±10^k, ±5·10^k, ±2·10^k. */
const SYMLOG_MANTISSAS = [1, 5, 2];
/** Ticks on a symlog axis are at least this far apart (px); a less important one gives way. */
const SYMLOG_TICK_GAP = 16;

/**
 * Candidate ticks of a symlog axis on [min, max] with linear threshold c: 0 and ±{1, 2, 5}·10^k,
 * from a decade below c up to the decade above the largest |value| (never 3.7 or 0.85).
 */
export function symlogSplits(min: number, max: number, c: number): number[] {
  const out: number[] = [];
  if (min <= 0 && max >= 0) out.push(0);
  const a = Math.max(Math.abs(min), Math.abs(max));
  if (!(a > 0) || !Number.isFinite(a)) return out;
  const kMax = Math.ceil(Math.log10(a));
  const kMin = Math.min(kMax, Math.floor(Math.log10(c > 0 ? c : a)) - 1);
  for (let k = kMin; k <= kMax; k++) {
    for (const m of SYMLOG_MANTISSAS) {
      const v = Number((m * 10 ** k).toPrecision(1));
      if (v >= min && v <= max) out.push(v);
      if (-v >= min && -v <= max) out.push(-v);
    }
  }
  return out.sort((x, y) => x - y);
}

/** Rank of a symlog tick: 0 first, then decades, then 5s, then 2s. */
function symlogRank(v: number): number {
  if (v === 0) return 0;
  const m = Math.round(Math.abs(v) / 10 ** Math.floor(Math.log10(Math.abs(v)) + 1e-9));
  return 1 + SYMLOG_MANTISSAS.indexOf(m);
}

/** Keeps the ticks at least SYMLOG_TICK_GAP px apart, the more important ones first. */
export function symlogFilter(u: uPlot, splits: number[]): (number | null)[] {
  const px = splits.map((v) => u.valToPos(v, 'y'));
  const kept: number[] = [];
  const order = splits.map((_, i) => i).sort((i, j) => symlogRank(splits[i]) - symlogRank(splits[j]));
  for (const i of order) {
    if (kept.every((j) => Math.abs(px[i] - px[j]) >= SYMLOG_TICK_GAP)) kept.push(i);
  }
  return splits.map((v, i) => (kept.includes(i) ? v : null));
}

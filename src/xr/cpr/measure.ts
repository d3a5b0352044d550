import type { CprMetrics } from '../../engine/types.ts'
import type { CprTargets } from '../../scenario/schema/index.ts'

/** One detected compression. `recoil` is null until the top after it is seen (or never, if the hands left). */
export interface Stroke {
  atMs: number
  depthMm: number
  recoil: boolean | null
}

/** A hands-off interval: no compression for longer than the meter's pause gap. */
export interface Pause {
  startMs: number
  endMs: number
}

export type Rating = 'good' | 'fair' | 'poor'

/** The targets a cycle summary reports on (cycle length is the summary's period, not a target to meet). */
export type TargetKey = 'ratePerMin' | 'depthMm' | 'recoilFraction' | 'longestPauseS' | 'compressionFraction'

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits
const overlapMs = (p: Pause, fromMs: number, toMs: number) =>
  Math.max(0, Math.min(p.endMs, toMs) - Math.max(p.startMs, fromMs))

/** Intervals between consecutive strokes that are not pauses. */
export function strokeIntervals(strokes: readonly Stroke[], pauseGapMs: number): number[] {
  const out: number[] = []
  for (let i = 1; i < strokes.length; i++) {
    const gap = (strokes[i]?.atMs ?? 0) - (strokes[i - 1]?.atMs ?? 0)
    if (gap > 0 && gap <= pauseGapMs) out.push(gap)
  }
  return out
}

/**
 * The mean interval without outliers (a missed or doubled stroke): the median alone would snap to whole
 * frames (72 Hz frames make 110/min read 110.8).
 */
export function typicalInterval(intervals: readonly number[]): number {
  const med = median(intervals)
  const usual = intervals.filter((x) => x >= med / 2 && x <= med * 1.5)
  return usual.reduce((a, b) => a + b, 0) / usual.length
}

/**
 * The metrics of [fromMs, toMs]: rate from the typical interval between strokes, median
 * depth, the share of judged strokes that recoiled fully (1 while none is judged yet), the longest pause that
 * reached into the span, and the share of the span with compressions. Rounded, since they go into the event log.
 */
export function measure(
  strokes: readonly Stroke[],
  pauses: readonly Pause[],
  fromMs: number,
  toMs: number,
  pauseGapMs: number,
): CprMetrics {
  const inside = strokes.filter((s) => s.atMs >= fromMs && s.atMs <= toMs)
  const intervals = strokeIntervals(inside, pauseGapMs)
  const judged = inside.filter((s) => s.recoil !== null)
  const touching = pauses.filter((p) => overlapMs(p, fromMs, toMs) > 0)
  const spanMs = Math.max(0, toMs - fromMs)
  const handsOffMs = touching.reduce((sum, p) => sum + overlapMs(p, fromMs, toMs), 0)
  return {
    ratePerMin: intervals.length > 0 ? round(60_000 / typicalInterval(intervals), 1) : 0,
    depthMm: round(median(inside.map((s) => s.depthMm)), 1),
    recoilFraction:
      inside.length === 0
        ? 0
        : judged.length === 0
          ? 1
          : round(judged.filter((s) => s.recoil).length / judged.length, 3),
    longestPauseS: round(Math.max(0, ...touching.map((p) => (p.endMs - p.startMs) / 1000)), 1),
    compressionFraction: spanMs > 0 ? round(1 - handsOffMs / spanMs, 3) : 0,
    compressions: inside.length,
    windowS: round(spanMs / 1000, 2),
  }
}

/** 1 inside [lo, hi], then a smooth (Gaussian) fall-off whose width is `scale`. */
function band(x: number, lo: number, hi: number, scale: number): number {
  const d = x < lo ? lo - x : x > hi ? x - hi : 0
  return d === 0 ? 1 : Math.exp(-0.5 * (d / scale) ** 2)
}

/**
 * Quality 0–1 against the scene's targets: the product of rate, depth, recoil and pause scores, each 1 on target
 * and falling off with a width of `falloff` × the target's size (e.g. 0.15 × 110/min ≈ 16/min). A product, because
 * each fault costs flow on its own: fast and shallow is worse than either.
 */
export function qualityOf(m: CprMetrics, t: CprTargets, falloff: number): number {
  if (m.compressions === 0) return 0
  const mid = (w: { min: number; max: number }) => (w.min + w.max) / 2
  const rate = band(m.ratePerMin, t.ratePerMin.min, t.ratePerMin.max, falloff * mid(t.ratePerMin))
  const depth = band(m.depthMm, t.depthMm.min, t.depthMm.max, falloff * mid(t.depthMm))
  const recoil = band(m.recoilFraction, t.recoilFraction.min, 1, falloff)
  const pause = band(m.longestPauseS, 0, t.longestPauseS.max, falloff * t.longestPauseS.max)
  return round(rate * depth * recoil * pause, 3)
}

/** Whether each measured value meets its target. */
export function targetsMet(m: CprMetrics, t: CprTargets): Record<TargetKey, boolean> {
  return {
    ratePerMin: m.ratePerMin >= t.ratePerMin.min && m.ratePerMin <= t.ratePerMin.max,
    depthMm: m.depthMm >= t.depthMm.min && m.depthMm <= t.depthMm.max,
    recoilFraction: m.recoilFraction >= t.recoilFraction.min,
    longestPauseS: m.longestPauseS <= t.longestPauseS.max,
    compressionFraction: m.compressionFraction >= t.compressionFraction.min,
  }
}

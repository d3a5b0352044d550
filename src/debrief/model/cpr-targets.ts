import type { CprTargets } from '../../scenario/schema/index.ts'
import type { CprSummary, MetricSpan, Span } from './cpr-summary.ts'

/** What a headset measured over a run, time-weighted over the CPR it measured; null where it had too little. */
export interface MeasuredCpr {
  ratePerMin: number | null
  depthMm: number | null
  recoilFraction: number | null
  /** The longest pause, measured or from CPR being stopped while pulseless. */
  longestPauseS: number
  /** Share of pulseless time with compressions, headset pauses included; null when always with a pulse. */
  compressionFraction: number | null
}

export type CprTargetKey = 'ratePerMin' | 'depthMm' | 'recoilFraction' | 'longestPauseS' | 'compressionFraction'

/** One row of the debrief's CPR table: the measured figure, the scene's target and whether it was met. */
export interface CprTargetRow {
  key: CprTargetKey
  /** In the target's unit (per min, mm, fraction 0–1, s). */
  measured: number
  min?: number
  max?: number
  met: boolean
  /** Ids of the scene's `references` the target cites. */
  ref: string[]
}

type Walked = Omit<CprSummary, 'measured' | 'assumedQuality' | 'targets'>

const overlapMs = (a: Span, b: Span) => Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs))
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

/** Time-weighted mean of one metric over the spans where the headset had enough strokes to measure it. */
function weighted(spans: readonly MetricSpan[], pick: (s: MetricSpan) => number | null): number | null {
  let total = 0
  let sum = 0
  for (const s of spans) {
    const value = pick(s)
    if (value === null) continue
    total += s.endMs - s.startMs
    sum += value * (s.endMs - s.startMs)
  }
  return total > 0 ? sum / total : null
}

/**
 * The run's headset figures. Each measurement describes the window before it, so it stands for the CPR time back
 * to the previous one (the last one also for the time after it): an estimate from rolling windows, not a
 * stroke-by-stroke record. Hands-off time inside running CPR adds to the time CPR was stopped.
 */
export function measuredCpr(spans: readonly MetricSpan[], pulseless: readonly Span[], w: Walked): MeasuredCpr | null {
  if (spans.length === 0) return null
  const rate = weighted(spans, (s) =>
    s.metrics.compressions >= 2 && s.metrics.ratePerMin > 0 ? s.metrics.ratePerMin : null,
  )
  const depth = weighted(spans, (s) => (s.metrics.compressions >= 1 ? s.metrics.depthMm : null))
  const recoil = weighted(spans, (s) => (s.metrics.compressions >= 1 ? s.metrics.recoilFraction : null))
  let handsOffInCprMs = 0
  for (const s of spans)
    for (const p of pulseless) handsOffInCprMs += (1 - s.metrics.compressionFraction) * overlapMs(s, p)
  const longestMeasuredS = Math.max(...spans.map((s) => s.metrics.longestPauseS))
  return {
    ratePerMin: rate === null ? null : round(rate, 1),
    depthMm: depth === null ? null : round(depth, 1),
    recoilFraction: recoil === null ? null : round(recoil, 3),
    longestPauseS: round(Math.max(longestMeasuredS, w.longestPauseMs / 1000), 1),
    compressionFraction: w.pulselessMs > 0 ? round(1 - (w.handsOffMs + handsOffInCprMs) / w.pulselessMs, 3) : null,
  }
}

const refs = (ref: string | readonly string[]) => (typeof ref === 'string' ? [ref] : [...ref])

/**
 * The CPR figures against the scene's targets. Rate, depth and recoil need a headset; the longest pause and the
 * compression fraction come from the log either way (desktop: from CPR being stopped and started).
 */
export function cprTargetRows(t: CprTargets, w: Walked, measured: MeasuredCpr | null): CprTargetRow[] {
  const rows: CprTargetRow[] = []
  const range = (key: 'ratePerMin' | 'depthMm', value: number | null) => {
    if (value === null) return
    const { min, max, ref } = t[key]
    rows.push({ key, measured: value, min, max, met: value >= min && value <= max, ref: refs(ref) })
  }
  range('ratePerMin', measured?.ratePerMin ?? null)
  range('depthMm', measured?.depthMm ?? null)
  const recoil = measured?.recoilFraction ?? null
  if (recoil !== null) {
    const { min, ref } = t.recoilFraction
    rows.push({ key: 'recoilFraction', measured: recoil, min, met: recoil >= min, ref: refs(ref) })
  }
  const longestS = measured?.longestPauseS ?? round(w.longestPauseMs / 1000, 1)
  rows.push({
    key: 'longestPauseS',
    measured: longestS,
    max: t.longestPauseS.max,
    met: longestS <= t.longestPauseS.max,
    ref: refs(t.longestPauseS.ref),
  })
  const fraction = measured
    ? measured.compressionFraction
    : w.handsOffFraction === null
      ? null
      : round(1 - w.handsOffFraction, 3)
  if (fraction !== null) {
    const { min, ref } = t.compressionFraction
    rows.push({ key: 'compressionFraction', measured: fraction, min, met: fraction >= min, ref: refs(ref) })
  }
  return rows
}

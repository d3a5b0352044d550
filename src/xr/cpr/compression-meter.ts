import type { CprMetrics } from '../../engine/types.ts'
import type { CprTargets } from '../../scenario/schema/index.ts'
import {
  measure,
  qualityOf,
  strokeIntervals,
  targetsMet,
  typicalInterval,
  type Pause,
  type Rating,
  type Stroke,
  type TargetKey,
} from './measure.ts'
import { createStrokeDetector } from './stroke-detector.ts'

/**
 * Measurement and display constants of the meter. None is a clinical number (those come from the scene's
 * `cpr.targets`): they describe the sensor and how the feedback is paced.
 */
export interface MeterOptions {
  /** Hand/controller tracking jitters by a few mm: vertical motion smaller than this is not a stroke. */
  hysteresisMm: number
  /** A top within this of the chest's resting height counts as full recoil (tracking tolerance). */
  recoilToleranceMm: number
  /** Rolling window of the rate, depth, recoil and pause metrics. */
  windowMs: number
  /** No compression for longer than this is a hands-off pause, not a slow stroke. */
  pauseGapMs: number
  /** A quality event this often while compressions go on. */
  qualityEveryMs: number
  /** …and at once when the quality moves by at least this much (e.g. a pause starts). */
  qualityStep: number
  /** Width of the quality fall-off outside a target, as a share of the target's size. */
  falloff: number
  /** Quality from which the rating is good, and fair (below: poor). */
  goodFrom: number
  fairFrom: number
}

export const METER_DEFAULTS: Readonly<MeterOptions> = {
  hysteresisMm: 8,
  recoilToleranceMm: 10,
  windowMs: 10_000,
  pauseGapMs: 2_000,
  qualityEveryMs: 2_000,
  qualityStep: 0.15,
  falloff: 0.15,
  goodFrom: 0.8,
  fairFrom: 0.5,
}

/** One CPR cycle (targets.cycleS of CPR) as the headset shows it afterwards. */
export interface CycleSummary extends CprMetrics {
  /** 1 for the first cycle since the meter started or was reset. */
  index: number
  startedMs: number
  endedMs: number
  quality: number
  met: Record<TargetKey, boolean>
}

export type MeterEvent =
  | { type: 'compression'; atMs: number; depthMm: number }
  /** Dispatch as `{ type: 'cpr.quality', quality, metrics }`. */
  | { type: 'quality'; quality: number; metrics: CprMetrics }
  /** A pause passed targets.longestPauseS (`ended: false`, once), and when compressions resumed after it. */
  | { type: 'pause'; startedMs: number; durationS: number; ended: boolean }
  | { type: 'cycle'; summary: CycleSummary }

export type MeterSnapshot = CprMetrics & { quality: number; rating: Rating }

export interface CompressionMeter {
  /**
   * One XR frame: `tMs` the frame time, `handsOnChest` whether both hands are on the sternum, `heightM` the
   * vertical position of their midpoint (NaN: not tracked this frame). Returns what happened.
   */
  sample(tMs: number, handsOnChest: boolean, heightM: number): MeterEvent[]
  /** The window's metrics and quality now. */
  snapshot(): MeterSnapshot
  /** Start over (CPR stopped or a new compressor). */
  reset(): void
}

/**
 * Turns the vertical motion of the hands on the chest into compressions, rolling metrics, a quality for the
 * engine and per-cycle feedback, against the scene's guideline targets. Pure: time comes in with each sample.
 *
 * A headset cannot feel the chest: the second-highest top since the hands were placed stands for the chest at
 * rest (one tracking spike cannot set it), and the depth is the hands' travel, a proxy for the chest's.
 */
export function createCompressionMeter(targets: CprTargets, options: Partial<MeterOptions> = {}): CompressionMeter {
  const o: MeterOptions = { ...METER_DEFAULTS, ...options }
  const detector = createStrokeDetector(o.hysteresisMm / 1000)
  const maxPauseMs = targets.longestPauseS.max * 1000
  const cycleMs = targets.cycleS.value * 1000
  const keepMs = Math.max(o.windowMs, cycleMs)

  let strokes: Stroke[] = []
  let pauses: Pause[] = []
  let handsOn = false
  let tops: [number, number] = [-Infinity, -Infinity]
  let nowMs = -Infinity
  let firstMs: number | null = null
  let lastMs: number | null = null
  let intervalMs = 0
  let pauseWarned = false
  let nextQualityMs = 0
  let lastQuality: number | null = null
  let cycleStartMs = 0
  let cycleIndex = 0

  const restHeight = () => (tops[1] > -Infinity ? tops[1] : tops[0])

  const onTop = (heightM: number) => {
    if (heightM > tops[0]) tops = [heightM, tops[0]]
    else if (heightM > tops[1]) tops = [tops[0], heightM]
    const last = strokes[strokes.length - 1]
    if (last && last.recoil === null) last.recoil = heightM >= restHeight() - o.recoilToleranceMm / 1000
  }

  /**
   * Judge the last stroke's recoil from where the hands are now: resting on the chest (a pause began), or as they
   * leave it, where a recoil not yet complete stays unknown (lifting off is no leaning).
   */
  const settle = (leaving: boolean) => {
    const pending = detector.pendingTop()
    if (!pending || strokes[strokes.length - 1]?.recoil !== null) return
    if (leaving && pending.heightM < restHeight() - o.recoilToleranceMm / 1000) return
    onTop(pending.heightM)
  }

  const ongoingPause = (): Pause | null =>
    lastMs !== null && nowMs - lastMs > o.pauseGapMs ? { startMs: lastMs + intervalMs, endMs: nowMs } : null

  const windowMetrics = (): CprMetrics => {
    if (firstMs === null) return measure([], [], 0, 0, o.pauseGapMs)
    const fromMs = Math.max(firstMs, nowMs - o.windowMs)
    const ongoing = ongoingPause()
    return measure(strokes, ongoing ? [...pauses, ongoing] : pauses, fromMs, nowMs, o.pauseGapMs)
  }

  // No compressions, no flow: during a pause the quality is 0 whatever the window held before it.
  const qualityNow = (m: CprMetrics) => (ongoingPause() ? 0 : qualityOf(m, targets, o.falloff))

  const onCompression = (atMs: number, depthMm: number, events: MeterEvent[]) => {
    if (lastMs !== null && atMs - lastMs > o.pauseGapMs) {
      const pause = { startMs: lastMs + intervalMs, endMs: atMs }
      pauses.push(pause)
      if (pause.endMs - pause.startMs > maxPauseMs)
        events.push({
          type: 'pause',
          startedMs: pause.startMs,
          durationS: (pause.endMs - pause.startMs) / 1000,
          ended: true,
        })
    }
    if (firstMs === null) {
      firstMs = atMs
      cycleStartMs = atMs
      nextQualityMs = atMs + o.qualityEveryMs
    }
    strokes.push({ atMs, depthMm, recoil: null })
    lastMs = atMs
    pauseWarned = false
    const recent = strokeIntervals(
      strokes.filter((s) => s.atMs >= atMs - o.windowMs),
      o.pauseGapMs,
    )
    if (recent.length > 0) intervalMs = typicalInterval(recent)
    events.push({ type: 'compression', atMs, depthMm: Math.round(depthMm * 10) / 10 })
  }

  const checkPause = (events: MeterEvent[]) => {
    const ongoing = ongoingPause()
    if (!ongoing) return
    settle(false)
    if (!pauseWarned && ongoing.endMs - ongoing.startMs > maxPauseMs) {
      pauseWarned = true
      events.push({
        type: 'pause',
        startedMs: ongoing.startMs,
        durationS: (ongoing.endMs - ongoing.startMs) / 1000,
        ended: false,
      })
    }
  }

  const checkQuality = (events: MeterEvent[]) => {
    if (firstMs === null) return
    const metrics = windowMetrics()
    const quality = qualityNow(metrics)
    const due = !ongoingPause() && nowMs >= nextQualityMs
    const jumped = lastQuality !== null && Math.abs(quality - lastQuality) >= o.qualityStep
    if (!due && !jumped) return
    events.push({ type: 'quality', quality, metrics })
    lastQuality = quality
    nextQualityMs = nowMs + o.qualityEveryMs
  }

  const checkCycle = (events: MeterEvent[]) => {
    while (firstMs !== null && nowMs >= cycleStartMs + cycleMs) {
      const endedMs = cycleStartMs + cycleMs
      const ongoing = ongoingPause()
      const clipped = ongoing ? [...pauses, { ...ongoing, endMs: Math.min(ongoing.endMs, endedMs) }] : pauses
      const m = measure(strokes, clipped, cycleStartMs, endedMs, o.pauseGapMs)
      cycleIndex += 1
      // A cycle without a compression (CPR stopped, meter not reset) has nothing to feed back.
      if (m.compressions > 0) {
        const summary = {
          ...m,
          index: cycleIndex,
          startedMs: cycleStartMs,
          endedMs,
          quality: qualityOf(m, targets, o.falloff),
          met: targetsMet(m, targets),
        }
        events.push({ type: 'cycle', summary })
      }
      cycleStartMs = endedMs
    }
  }

  const forgetOld = () => {
    const fromMs = Math.min(cycleStartMs, nowMs - keepMs)
    // The last stroke stays: it dates the current pause.
    if (strokes.length > 1 && (strokes[0]?.atMs ?? 0) < fromMs)
      strokes = strokes.filter((s, i) => s.atMs >= fromMs || i === strokes.length - 1)
    if ((pauses[0]?.endMs ?? Infinity) < fromMs) pauses = pauses.filter((p) => p.endMs >= fromMs)
  }

  return {
    sample(tMs, handsOnChest, heightM) {
      if (!(tMs >= nowMs)) return [] // time never runs backwards (NaN included)
      nowMs = tMs
      const events: MeterEvent[] = []
      if (!handsOnChest) {
        if (handsOn) {
          settle(true)
          detector.reset()
          tops = [-Infinity, -Infinity]
          handsOn = false
        }
      } else if (Number.isFinite(heightM)) {
        handsOn = true
        const edge = detector.push(tMs, heightM)
        if (edge?.type === 'trough') onCompression(edge.atMs, edge.depthMm, events)
        else if (edge?.type === 'top') onTop(edge.heightM)
      }
      checkPause(events)
      checkQuality(events)
      checkCycle(events)
      forgetOld()
      return events
    },
    snapshot() {
      const metrics = windowMetrics()
      const quality = firstMs === null ? 0 : qualityNow(metrics)
      const rating: Rating = quality >= o.goodFrom ? 'good' : quality >= o.fairFrom ? 'fair' : 'poor'
      return { ...metrics, quality, rating }
    },
    reset() {
      detector.reset()
      strokes = []
      pauses = []
      handsOn = false
      tops = [-Infinity, -Infinity]
      firstMs = null
      lastMs = null
      intervalMs = 0
      pauseWarned = false
      lastQuality = null
      cycleIndex = 0
    },
  }
}

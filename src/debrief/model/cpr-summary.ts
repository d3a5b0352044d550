import type { CprMetrics, SimEvent } from '../../engine/index.ts'
import type { Cpr } from '../../scenario/schema/index.ts'
import { cprTargetRows, measuredCpr, type CprTargetRow, type MeasuredCpr } from './cpr-targets.ts'

/** A stretch of sim time. */
export interface Span {
  startMs: number
  endMs: number
}

/** A stretch of CPR described by one headset measurement (see cpr-targets.ts). */
export interface MetricSpan extends Span {
  metrics: CprMetrics
}

/** How compressions went over the run, and, with the scene's targets, how they measured up. */
export interface CprSummary {
  /** Sim time of the first compressions. */
  firstStartedMs: number
  /** Total time with compressions running (with or without a pulse). */
  totalMs: number
  /** Time without a pulse over the whole run. */
  pulselessMs: number
  /** Pulseless time before the first compressions (no-flow), included in `handsOffMs`. */
  noFlowBeforeCprMs: number
  /** Pulseless time without compressions running, over the whole run (headset pauses within CPR not included). */
  handsOffMs: number
  /** handsOffMs / pulselessMs; null when the patient always had a pulse. */
  handsOffFraction: number | null
  /** Interruptions of compressions while pulseless, once CPR had begun (run-end cut-offs included). */
  pauses: Span[]
  /** Duration of the longest pause; 0 without pauses. */
  longestPauseMs: number
  /** Time-weighted mean CPR quality (0–1) over the time it was known; null when no quality was reported. */
  meanQuality: number | null
  /** What a headset measured, over the CPR it measured; null when no CPR was measured (desktop). */
  measured: MeasuredCpr | null
  /** The scene's assumedQuality when no CPR was measured (desktop toggles), else null. */
  assumedQuality: number | null
  /** Each figure against the scene's target with its references; empty without a cpr block. */
  targets: CprTargetRow[]
}

/** Pulse, compressions and quality change only at events: the summary walks the log, no re-simulation. */
export function cprSummary(events: readonly SimEvent[], endMs: number, scene?: Cpr): CprSummary | null {
  let pulse = true
  let cpr = false
  let quality: number | null = null
  let firstStartedMs: number | null = null
  let lastMs = 0
  let totalMs = 0
  let pulselessMs = 0
  let noFlowBeforeCprMs = 0
  let handsOffMs = 0
  let qualityMs = 0
  let qualityWeighted = 0
  const pauses: Span[] = []
  const pulseless: Span[] = []
  // Headset measurements: each describes the window before it, so it covers CPR time back to the previous one.
  const metricSpans: MetricSpan[] = []
  let spanStartMs = 0
  let lastMetrics: CprMetrics | null = null
  const closeMetricSpan = (atMs: number) => {
    if (lastMetrics && atMs > spanStartMs) metricSpans.push({ startMs: spanStartMs, endMs: atMs, metrics: lastMetrics })
    spanStartMs = atMs
  }

  // Accounts the stretch [lastMs, toMs) in the current pulse/CPR/quality situation.
  const advanceTo = (toMs: number) => {
    const len = toMs - lastMs
    if (len > 0) {
      if (cpr) {
        totalMs += len
        if (quality !== null) {
          qualityMs += len
          qualityWeighted += quality * len
        }
      }
      if (!pulse) {
        pulselessMs += len
        const last = pulseless[pulseless.length - 1]
        if (last && last.endMs === lastMs) last.endMs = toMs
        else pulseless.push({ startMs: lastMs, endMs: toMs })
        if (!cpr) {
          handsOffMs += len
          if (firstStartedMs === null) noFlowBeforeCprMs += len
          else {
            const last = pauses[pauses.length - 1]
            if (last && last.endMs === lastMs) last.endMs = toMs
            else pauses.push({ startMs: lastMs, endMs: toMs })
          }
        }
      }
    }
    lastMs = Math.max(lastMs, toMs)
  }

  for (const e of events) {
    advanceTo(e.atMs)
    switch (e.type) {
      case 'sim.started':
      case 'state.changed':
        pulse = e.vitals.pulse
        break
      case 'activity.started':
        if (e.activity !== 'cpr') break
        if (!cpr) {
          if (firstStartedMs === null) firstStartedMs = e.atMs
          spanStartMs = e.atMs
          lastMetrics = null
        }
        cpr = true
        if (e.quality !== undefined) quality = e.quality
        break
      case 'activity.stopped':
        if (e.activity !== 'cpr') break
        // The last measurement stands for the CPR after it, up to the stop.
        if (cpr && lastMetrics) closeMetricSpan(e.atMs)
        cpr = false
        lastMetrics = null
        break
      case 'cpr.quality-changed':
        quality = e.quality
        if (e.metrics) {
          lastMetrics = e.metrics
          closeMetricSpan(e.atMs)
        }
        break
      default:
        break
    }
  }
  advanceTo(endMs)
  if (cpr && lastMetrics) closeMetricSpan(endMs)
  if (firstStartedMs === null) return null
  const summary = {
    firstStartedMs,
    totalMs,
    pulselessMs,
    noFlowBeforeCprMs,
    handsOffMs,
    handsOffFraction: pulselessMs > 0 ? round4(handsOffMs / pulselessMs) : null,
    pauses,
    longestPauseMs: pauses.reduce((m, p) => Math.max(m, p.endMs - p.startMs), 0),
    meanQuality: qualityMs > 0 ? round4(qualityWeighted / qualityMs) : null,
  }
  const measured = measuredCpr(metricSpans, pulseless, summary)
  return {
    ...summary,
    measured,
    assumedQuality: measured === null ? (scene?.assumedQuality ?? null) : null,
    targets: scene ? cprTargetRows(scene.targets, summary, measured) : [],
  }
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

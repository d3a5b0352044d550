import type { SimEvent } from '../../engine/index.ts'

/**
 * How compressions went over the run. No targets: the scene format has none for pauses or CPR fraction, and no
 * clinical number may live in code. When the scene file gains them, add them here from the scene.
 */
export interface CprSummary {
  /** Sim time of the first compressions. */
  firstStartedMs: number
  /** Total time with compressions running (with or without a pulse). */
  totalMs: number
  /** Time without a pulse over the whole run. */
  pulselessMs: number
  /** Pulseless time before the first compressions (no-flow), included in `handsOffMs`. */
  noFlowBeforeCprMs: number
  /** Pulseless time without compressions, over the whole run. */
  handsOffMs: number
  /** handsOffMs / pulselessMs; null when the patient always had a pulse. */
  handsOffFraction: number | null
  /** Interruptions of compressions while pulseless, once CPR had begun (run-end cut-offs included). */
  pauses: { startMs: number; endMs: number }[]
  /** Duration of the longest pause; 0 without pauses. */
  longestPauseMs: number
  /** Time-weighted mean CPR quality (0–1) over the time it was known; null when no quality was reported. */
  meanQuality: number | null
}

/** Pulse, compressions and quality change only at events: the summary walks the log, no re-simulation. */
export function cprSummary(events: readonly SimEvent[], endMs: number): CprSummary | null {
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
  const pauses: { startMs: number; endMs: number }[] = []

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
        if (!cpr && firstStartedMs === null) firstStartedMs = e.atMs
        cpr = true
        if (e.quality !== undefined) quality = e.quality
        break
      case 'activity.stopped':
        if (e.activity === 'cpr') cpr = false
        break
      case 'cpr.quality-changed':
        quality = e.quality
        break
      default:
        break
    }
  }
  advanceTo(endMs)
  if (firstStartedMs === null) return null
  return {
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
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

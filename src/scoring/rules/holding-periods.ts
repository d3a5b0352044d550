import { evaluateCondition } from '../../engine/conditions.ts'
import type { Condition } from '../../scenario/schema/index.ts'
import type { RunLog } from '../run-log.ts'

/** Resolution at which a condition is sampled between events: the engine's default step. */
export const SAMPLE_MS = 100

export interface Period {
  startMs: number
  /** First sampled time at which the condition no longer held, or the end of the run. */
  endMs: number
}

/**
 * The spans of the run during which `cond` held, sampled at every event and every SAMPLE_MS.
 * Vitals between events are the last logged ones, so vitals thresholds are approximate; state,
 * pulse, activities, actions and time conditions are exact to the sample.
 */
export function holdingPeriods(cond: Condition | undefined, path: string, log: RunLog): Period[] {
  const { startedAtMs, endedAtMs } = log
  if (!cond) return [{ startMs: startedAtMs, endMs: endedAtMs }]
  const periods: Period[] = []
  let open: number | null = null
  for (const t of sampleTimes(log)) {
    const holds = evaluateCondition(cond, log.contextAt(t), path)
    if (holds && open === null) open = t
    if (!holds && open !== null) {
      periods.push({ startMs: open, endMs: t })
      open = null
    }
  }
  if (open !== null) periods.push({ startMs: open, endMs: endedAtMs })
  return periods
}

function sampleTimes(log: RunLog): number[] {
  const times = new Set<number>()
  for (let t = log.startedAtMs; t <= log.endedAtMs; t += SAMPLE_MS) times.add(t)
  for (const e of log.events) if (e.atMs >= log.startedAtMs && e.atMs <= log.endedAtMs) times.add(e.atMs)
  times.add(log.endedAtMs)
  return [...times].sort((a, b) => a - b)
}

import type { Activity, SimEvent } from '../../engine/types.ts'
import { memoOn, selectActionLog } from '../../store/index.ts'
import type { SimStoreState } from '../../store/index.ts'
import { listMeasurements } from './measurements.ts'
import type { Measurement } from './measurements.ts'

const measurementsOf = memoOn((events: readonly SimEvent[]) => listMeasurements(events))
/** Readings the learner took (glucose, pulse, cuff ...), newest first. */
export const selectMeasurements = (s: SimStoreState): readonly Measurement[] => measurementsOf(s.events)

const newestFirst = memoOn((log: readonly SimEvent[]) => log.slice().reverse())
/** The learner's actions, performed and refused, newest first. */
export const selectLogNewestFirst = (s: SimStoreState): readonly SimEvent[] => newestFirst(selectActionLog(s))

export interface RunningActivity extends Activity {
  id: string
}
const runningOf = memoOn((active: Readonly<Record<string, Activity>>) =>
  Object.entries(active).map(([id, a]) => ({ ...a, id })),
)
const NONE: readonly RunningActivity[] = []
/** Ongoing care (CPR, oxygen, ventilation) with since when it runs. */
export const selectRunning = (s: SimStoreState): readonly RunningActivity[] => (s.sim ? runningOf(s.sim.active) : NONE)

export const selectScenario = (s: SimStoreState) => s.scenario

const lastMeasuredMs = memoOn((events: readonly SimEvent[]) => {
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]?.type === 'cpr.quality-changed') return events[i]?.atMs ?? 0
  return -Infinity
})
/**
 * While CPR runs without a measured quality (desktop toggles), the quality the scene assumes for it, so the HUD can
 * say so; null when CPR is not running or a headset has measured it since it started.
 */
export const selectAssumedCprQuality = (s: SimStoreState): number | null => {
  const cpr = s.sim?.active['cpr']
  const assumed = s.scenario?.cpr?.assumedQuality
  if (!cpr || assumed === undefined) return null
  if (cpr.quality !== undefined && cpr.quality !== assumed) return null // started with a measured quality
  return lastMeasuredMs(s.events) >= cpr.sinceMs ? null : assumed
}

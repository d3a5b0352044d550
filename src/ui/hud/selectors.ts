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

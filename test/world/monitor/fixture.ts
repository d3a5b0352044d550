import type { SimState, Vitals } from '../../../src/engine/types.ts'
import type { NumericVital, Scenario } from '../../../src/scenario/schema/index.ts'
import type { SimStatus, SimStoreState } from '../../../src/store/index.ts'

export interface FakeMonitor {
  vitals?: Partial<Vitals>
  monitored?: NumericVital[]
  alarms?: SimState['alarms']
  active?: SimState['active']
  status?: SimStatus
  nowMs?: number
}

const BASE: Vitals = {
  hr: 75,
  sbp: 124,
  dbp: 78,
  spo2: 97,
  rr: 14,
  etco2: 36,
  temp: 36.8,
  glucose: 6,
  gcs: 15,
  rhythm: 'sinus',
  pulse: true,
  avpu: 'A',
}

const scenario = {
  id: 'fake',
  patient: { ageYears: 58 },
  monitor: { shows: ['hr'], alarms: { hr: { low: 40, high: 140 }, spo2: { low: 90 }, sbp: { low: 90, high: 180 } } },
} as unknown as Scenario

/** A store state with just what the monitor reads (the monitor never calls the store's actions). */
export type FakeState = SimStoreState & { sim: Readonly<SimState> }

export function fakeState(f: FakeMonitor = {}): FakeState {
  const sim = {
    scenarioId: 'fake',
    seed: 42,
    nowMs: f.nowMs ?? 61_000,
    vitals: { ...BASE, ...f.vitals },
    monitored: f.monitored ?? ['hr', 'sbp', 'dbp', 'spo2', 'rr', 'etco2', 'temp'],
    alarms: f.alarms ?? [],
    active: f.active ?? {},
  } as unknown as SimState
  return {
    scenario,
    status: f.status ?? 'running',
    sim,
    seed: 42,
    events: [],
    report: null,
  } as unknown as FakeState
}

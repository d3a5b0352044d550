import { NUMERIC_VITAL_NAMES, type Scenario } from '../scenario/schema/index.ts'
import { createResolver, drawRanges } from './draw-ranges.ts'
import { avpuFromGcs, defaultPulse, snapshotVitals, vitalsFrom } from './physiology.ts'
import { seedRng } from './random.ts'
import type { SimEvent, SimState, Vitals } from './types.ts'

/** The state at t = 0 for a seed, with the `sim.started` event that records the drawn presentation. */
export function createInitialState(scenario: Scenario, seed: number, stepMs: number): [SimState, SimEvent] {
  const rng = seedRng(seed)
  const drawn = drawRanges(scenario, rng)
  const resolve = createResolver(drawn)
  const init = scenario.initial.vitals
  const baseline = NUMERIC_VITAL_NAMES.map((n) => resolve(init[n], `initial.vitals.${n}`))
  const pulse = init.pulse ?? defaultPulse(init.rhythm)
  const vitals: Vitals = vitalsFrom(baseline, { rhythm: init.rhythm, pulse, avpu: 'A' })
  vitals.avpu = init.avpu ?? avpuFromGcs(vitals.gcs)
  const state: SimState = {
    scenarioId: scenario.id,
    seed,
    stepMs,
    nowMs: 0,
    nextSeq: 1,
    paused: false,
    ended: null,
    rng,
    drawn,
    stateId: scenario.initial.state,
    stateEnteredMs: 0,
    baseline,
    vitals,
    noise: NUMERIC_VITAL_NAMES.map(() => 0),
    effects: [],
    active: {},
    access: { iv: false, io: false },
    defib: { padsOn: false, chargedJ: null },
    monitored: [...scenario.monitor.shows],
    revealed: {},
    performed: [],
    pending: [],
    alarms: [],
    alarmPending: {},
  }
  const started: SimEvent = {
    type: 'sim.started',
    seq: 0,
    atMs: 0,
    scenarioId: scenario.id,
    seed,
    stateId: state.stateId,
    vitals: snapshotVitals(vitals),
    drawn,
  }
  return [state, started]
}

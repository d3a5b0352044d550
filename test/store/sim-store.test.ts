import { describe, expect, it } from 'vitest'
import { replay } from '../../src/engine/index.ts'
import {
  createSimStore,
  selectActionLog,
  selectAlarms,
  selectAvailableActions,
  selectElapsedS,
  selectOutcome,
  selectRevealedFindings,
  selectScore,
  selectVitals,
} from '../../src/store/index.ts'
import * as selectors from '../../src/store/selectors.ts'
import { engineFixture } from '../engine/fixture.ts'

const scenario = engineFixture()
const newStore = () => {
  const store = createSimStore({ nextSeed: () => 5 })
  store.getState().load(scenario)
  return store
}

describe('sim store', () => {
  it('loads ready, runs only after start, and exposes vitals and elapsed time', () => {
    const store = newStore()
    const s = store.getState()
    expect(s.status).toBe('ready')
    s.advance(1000)
    expect(selectElapsedS(store.getState())).toBe(0)
    s.start()
    s.advance(1000)
    s.advance(1500)
    expect(selectElapsedS(store.getState())).toBe(2)
    expect(selectVitals(store.getState())?.rhythm).toBe('sinus-tachycardia')
  })

  it('pause stops the clock and refuses actions until resume', () => {
    const store = newStore()
    store.getState().start()
    store.getState().advance(500)
    store.getState().pause()
    store.getState().advance(5000)
    expect(store.getState().perform({ type: 'action.perform', actionId: 'look' })).toEqual([])
    expect(selectElapsedS(store.getState())).toBe(0)
    expect(store.getState().status).toBe('paused')
    store.getState().resume()
    store.getState().advance(1000)
    expect(store.getState().sim?.nowMs).toBe(1500)
  })

  it('performing actions reveals findings, fills the action log and lists one-off actions only once', () => {
    const store = newStore()
    store.getState().start()
    store.getState().perform({ type: 'action.perform', actionId: 'look' })
    store.getState().perform({ type: 'action.perform', actionId: 'help' })
    store
      .getState()
      .perform({ type: 'action.perform', actionId: 'drug', amount: { value: 1, unit: 'mg' }, route: 'iv' })
    const st = store.getState()
    expect(Object.keys(selectRevealedFindings(st))).toEqual(['airway', 'skin'])
    expect(selectActionLog(st).map((e) => e.type)).toEqual(['action.performed', 'action.performed', 'action.refused'])
    expect(selectAvailableActions(st).map((a) => a.id)).not.toContain('help')
    expect(selectAvailableActions(st).map((a) => a.id)).toContain('look')
  })

  it('raises alarms, and on the end sets the outcome and the score report', () => {
    const store = newStore()
    store.getState().start()
    for (let i = 0; i < 200; i++) store.getState().advance(1000)
    expect(selectAlarms(store.getState())).toContain('spo2')
    // The fixture patient arrests at 240 s: the VF alarm takes over; no SpO2 value to alarm on without a pulse.
    for (let i = 0; i < 100; i++) store.getState().advance(1000)
    expect(selectAlarms(store.getState())).toEqual(['rhythm'])
    for (let i = 0; i < 400; i++) store.getState().advance(1000)
    const st = store.getState()
    expect(st.status).toBe('ended')
    expect(selectOutcome(st)?.id).toBe('time-limit')
    expect(selectScore(st)?.pass).toBe(false)
    expect(selectScore(st)?.items.find((i) => i.id === 'drug')?.met).toBe(false)
  })

  it('every selector returns the same reference for the same state (React would loop forever otherwise)', () => {
    const store = newStore()
    store.getState().start()
    store.getState().perform({ type: 'action.perform', actionId: 'help' })
    store.getState().perform({ type: 'action.perform', actionId: 'look' })
    store.getState().advance(5000)
    const st = store.getState()
    for (const select of Object.values(selectors)) {
      if (typeof select !== 'function') continue
      expect(select(st), select.name).toBe(select(st))
    }
    // ...and a new reference once what it derives from changed.
    const log = selectActionLog(st)
    store.getState().perform({ type: 'action.perform', actionId: 'look' })
    expect(selectActionLog(store.getState())).not.toBe(log)
    expect(selectActionLog(store.getState())).toHaveLength(3)
  })

  it('a recording of a store session replays to the same events', () => {
    const store = newStore()
    store.getState().start()
    store.getState().advance(16)
    store
      .getState()
      .perform({ type: 'action.perform', actionId: 'drug', amount: { value: 500, unit: 'mcg' }, route: 'im' })
    for (let i = 0; i < 5000; i++) store.getState().advance(17)
    const recording = store.getState().getRecording()
    expect(recording).toMatchObject({ scenarioId: 'engine-fixture', seed: 5 })
    const replayed = replay(scenario, recording?.seed ?? 0, recording?.commands ?? [], {
      untilMs: store.getState().sim?.nowMs ?? 0,
    })
    expect(replayed.events).toEqual(store.getState().events)
  })

  it('restart begins a new attempt with a new seed', () => {
    let seed = 1
    const store = createSimStore({ nextSeed: () => seed++ })
    store.getState().load(scenario)
    store.getState().start()
    store.getState().advance(5000)
    store.getState().restart()
    expect(store.getState()).toMatchObject({ seed: 2, status: 'ready', report: null })
    expect(store.getState().sim?.nowMs).toBe(0)
  })
})

describe('recording', () => {
  it('names the scene file by hash and keeps a head pose only when it moved', () => {
    const store = createSimStore({ nextSeed: () => 5 })
    store.getState().load(scenario, { contentHash: 'sha256:abc' })
    store.getState().start()
    const still = [0, 1.6, 2, 0, 0, 0, 1]
    store.getState().recordPose('head', still)
    store.getState().advance(500)
    store.getState().recordPose('head', still)
    store.getState().recordPose('head', [0.2, 1.6, 2, 0, 0, 0, 1])
    const recording = store.getState().getRecording()
    expect(recording).toMatchObject({ scenarioId: scenario.id, contentHash: 'sha256:abc', seed: 5 })
    expect(recording?.poses.head).toEqual([
      [0, 0, 1.6, 2, 0, 0, 0, 1],
      [500, 0.2, 1.6, 2, 0, 0, 0, 1],
    ])
  })
})

describe('try from here', () => {
  it('a run resumed at a recorded moment records where it started and replays to the same state', () => {
    const original = createSimStore({ nextSeed: () => 9 })
    original.getState().load(scenario)
    original.getState().start()
    original.getState().advance(2000)
    const first = selectAvailableActions(original.getState())[0]
    if (!first) throw new Error('no action')
    original.getState().perform({ type: 'action.perform', actionId: first.id })
    original.getState().advance(3000)
    const recording = original.getState().getRecording()
    if (!recording) throw new Error('no recording')

    const branch = { from: 'attempt A', atMs: 4000 }
    const tried = createSimStore()
    tried.getState().load(scenario, { seed: recording.seed, resume: { commands: recording.commands, branch } })
    const state = tried.getState()
    expect(state.branch).toEqual(branch)
    expect(state.sim?.nowMs).toBe(4000)
    expect(state.sim).toEqual(replay(scenario, recording.seed, recording.commands, { untilMs: 4000 }).state)
    expect(state.getRecording()).toMatchObject({ branch, seed: 9, commands: recording.commands })
  })
})

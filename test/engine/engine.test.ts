import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine/index.ts'
import type { Command, Engine, SimEvent } from '../../src/engine/index.ts'
import { VITAL_INDEX } from '../../src/engine/physiology.ts'
import { engineFixture } from './fixture.ts'

const scenario = engineFixture()
const perform = (actionId: string, extra: Partial<Extract<Command, { type: 'action.perform' }>> = {}): Command => ({
  type: 'action.perform',
  actionId,
  ...extra,
})
const run = (engine: Engine, seconds: number) => engine.advance(seconds * 1000)
const newEngine = (seed = 7) => createEngine(scenario, { seed, maxAdvanceMs: Infinity })
const types = (events: readonly SimEvent[]) => events.map((e) => e.type)

describe('seeded presentation', () => {
  it('draws each range once per seed, within its bounds, and differently across seeds', () => {
    const hrs = new Set<number>()
    for (let seed = 1; seed <= 20; seed++) {
      const { vitals, drawn } = newEngine(seed).getState()
      expect(vitals.hr).toBeGreaterThanOrEqual(110)
      expect(vitals.hr).toBeLessThanOrEqual(130)
      expect(vitals.spo2).toBeGreaterThanOrEqual(88)
      expect(vitals.spo2).toBeLessThanOrEqual(92)
      expect(drawn['transitions.0.delayS']).toBeGreaterThanOrEqual(30)
      expect(drawn['transitions.0.delayS']).toBeLessThanOrEqual(60)
      hrs.add(vitals.hr)
    }
    expect(hrs.size).toBeGreaterThan(5)
    expect(newEngine(3).getState()).toEqual(newEngine(3).getState())
  })
})

describe('vitals', () => {
  it('trend toward the state targets with the state time constant', () => {
    const engine = newEngine()
    const start = engine.getState().baseline[VITAL_INDEX.spo2] ?? NaN
    run(engine, 60)
    const gap = ((engine.getState().baseline[VITAL_INDEX.spo2] ?? NaN) - 85) / (start - 85)
    expect(gap).toBeCloseTo(Math.exp(-1), 2)
  })

  it('an effect can depend on another running activity (bag-mask ventilation helps only with oxygen on)', () => {
    const alone = newEngine()
    alone.dispatch(perform('bvm'))
    run(alone, 240)
    expect(alone.getState().baseline[VITAL_INDEX.spo2]).toBeLessThan(89)
    // Oxygen alone pulls toward 95; only the bag's own target (99, with oxygen on) gets above 97.
    const withOxygen = newEngine()
    withOxygen.dispatch(perform('oxygen', { amount: { value: 15, unit: 'L/min' } }))
    withOxygen.dispatch(perform('bvm'))
    run(withOxygen, 240)
    expect(withOxygen.getState().baseline[VITAL_INDEX.spo2]).toBeGreaterThan(97)
  })

  it('an ongoing activity pulls vitals toward its target while it runs', () => {
    const engine = newEngine()
    engine.dispatch(perform('oxygen', { amount: { value: 15, unit: 'L/min' } }))
    run(engine, 180)
    expect(engine.getState().baseline[VITAL_INDEX.spo2]).toBeGreaterThan(93)
    engine.dispatch(perform('oxygen-stop'))
    run(engine, 180)
    expect(engine.getState().baseline[VITAL_INDEX.spo2]).toBeLessThan(88)
  })

  it('a drug effect ramps in from onset to peak, holds, then wanes', () => {
    const engine = newEngine()
    engine.dispatch(perform('drug', { amount: { value: 0.5, unit: 'mg' }, route: 'im' }))
    const hrAt = (s: number) => {
      const target = s * 1000 - engine.getState().nowMs
      engine.advance(target)
      const st = engine.getState()
      return st.vitals.hr - (st.baseline[VITAL_INDEX.hr] ?? NaN) - (st.noise[VITAL_INDEX.hr] ?? 0)
    }
    expect(hrAt(5)).toBeCloseTo(0, 5)
    expect(hrAt(15)).toBeCloseTo(10, 0)
  })
})

describe('actions', () => {
  it('refuses what cannot be done, with the reason, and changes nothing', () => {
    const engine = newEngine()
    const refused = (cmd: Command) => {
      const [e] = engine.dispatch(cmd)
      return e?.type === 'action.refused' ? e.reason : `not refused: ${e?.type}`
    }
    expect(refused(perform('drug', { amount: { value: 1, unit: 'mg' }, route: 'iv' }))).toBe(
      'no IV access: IV access first',
    )
    expect(refused(perform('drug', { amount: { value: 1, unit: 'mg' } }))).toBe('choose a route for Drug')
    expect(refused(perform('drug', { route: 'im' }))).toBe('enter the dose for Drug')
    expect(refused(perform('drug', { amount: { value: 20, unit: 'mg' }, route: 'im' }))).toMatch(/^20 mg is above/)
    expect(refused(perform('drug', { amount: { value: 1, unit: 'mL' as 'mg' }, route: 'im' }))).toBe(
      'Drug is given in mg or mcg',
    )
    expect(refused(perform('shock'))).toBe('the defibrillator is not charged')
    expect(refused(perform('charge', { amount: { value: 150, unit: 'J' } }))).toBe(
      'attach the defibrillator pads first',
    )
    expect(refused(perform('nonsense'))).toBe('this scenario has no such action')
    expect(engine.getState().performed).toEqual([])
    engine.dispatch(perform('help'))
    expect(refused(perform('help'))).toBe('Call for help has already been done')
  })

  it('reveals findings of the current state, falling back to the initial findings, and measures vitals', () => {
    const engine = newEngine()
    const events = engine.dispatch(perform('look'))
    expect(events.filter((e) => e.type === 'finding.revealed').map((e) => 'text' in e && e.text)).toEqual([
      'Patent, talking',
      'Pale and clammy',
    ])
    expect(events.find((e) => e.type === 'vital.measured')).toMatchObject({ vital: 'spo2' })
    expect(Object.keys(engine.getState().revealed)).toEqual(['airway', 'skin'])
  })

  it('a correct drug schedules the seeded response, which fires after its delay', () => {
    const engine = newEngine(11)
    const delayS = engine.getState().drawn['transitions.0.delayS'] ?? NaN
    const events = engine.dispatch(perform('drug', { amount: { value: 500, unit: 'mcg' }, route: 'im' }))
    expect(types(events)).toEqual(['action.performed', 'effect.started', 'transition.scheduled'])
    run(engine, delayS - 1)
    expect(engine.getState().stateId).toBe('sick')
    run(engine, 1)
    expect(engine.getState().stateId).toBe('better')
  })
})

describe('arrest, CPR and the defibrillator', () => {
  const arrested = () => {
    const engine = newEngine()
    run(engine, 240)
    return engine
  }

  it('without a pulse, a cuff and an oximeter give no reading', () => {
    const engine = arrested()
    const measured = engine.dispatch(perform('look')).find((e) => e.type === 'vital.measured')
    expect(measured).toMatchObject({ vital: 'spo2', value: null })
  })

  it('the untreated patient arrests; without CPR there is no blood pressure, with CPR it scales with quality', () => {
    const engine = arrested()
    expect(engine.getState().stateId).toBe('arrest')
    expect(engine.getState().vitals).toMatchObject({ rhythm: 'vf', pulse: false })
    run(engine, 20)
    expect(engine.getState().vitals.sbp).toBeLessThan(2)
    engine.dispatch(perform('cpr-start'))
    run(engine, 20)
    expect(engine.getState().baseline[VITAL_INDEX.sbp]).toBeCloseTo(40, 0)
    expect(engine.getState().baseline[VITAL_INDEX.etco2]).toBeCloseTo(15, 0)
    engine.dispatch({ type: 'cpr.quality', quality: 1 })
    run(engine, 20)
    expect(engine.getState().baseline[VITAL_INDEX.etco2]).toBeCloseTo(30, 0)
    expect(engine.getState().alarms).toContain('rhythm')
  })

  it('pads, charge and shock: each shock records energy and rhythm; two shocks convert', () => {
    const engine = arrested()
    engine.dispatch(perform('pads'))
    engine.dispatch(perform('charge', { amount: { value: 200, unit: 'J' } }))
    const shock = engine.dispatch(perform('shock')).find((e) => e.type === 'defib.shocked')
    expect(shock).toMatchObject({ energyJ: 200, rhythm: 'vf', shockable: true })
    // The shock itself records the energy delivered, so a rubric can score it rather than the charge.
    expect(engine.getState().performed.at(-1)).toMatchObject({ actionId: 'shock', amount: { value: 200, unit: 'J' } })
    engine.dispatch(perform('charge', { amount: { value: 200, unit: 'J' } }))
    const events = engine.dispatch(perform('shock'))
    expect(types(events)).toContain('state.changed')
    // A new rhythm brings its rate at once: the monitor does not show sinus at the VF rate of 0.
    expect(engine.getState().vitals).toMatchObject({ rhythm: 'sinus', pulse: true, hr: 90 })
  })
})

describe('clock', () => {
  it('carries remainders, clamps catch-up, stops while paused and after the end', () => {
    const engine = createEngine(scenario, { seed: 1 })
    engine.advance(250)
    expect(engine.getState().nowMs).toBe(200)
    engine.advance(50)
    expect(engine.getState().nowMs).toBe(300)
    engine.advance(60_000)
    expect(engine.getState().nowMs).toBe(1300)
    engine.dispatch({ type: 'sim.pause' })
    engine.advance(500)
    expect(engine.getState().nowMs).toBe(1300)
    const [refused] = engine.dispatch(perform('look'))
    expect(refused).toMatchObject({ type: 'action.refused', reason: 'the scenario is paused' })
    engine.dispatch({ type: 'sim.resume' })
    engine.advance(500)
    expect(engine.getState().nowMs).toBe(1800)
  })

  it('leaves an event for every command, saying why a no-op was ignored', () => {
    const engine = newEngine()
    expect(engine.dispatch({ type: 'cpr.quality', quality: 0.9 })).toMatchObject([
      { type: 'command.ignored', command: 'cpr.quality', reason: 'CPR is not in progress' },
    ])
    expect(engine.dispatch({ type: 'sim.resume' })).toMatchObject([{ type: 'command.ignored', reason: 'not paused' }])
    engine.dispatch({ type: 'sim.pause' })
    expect(engine.dispatch({ type: 'sim.pause' })).toMatchObject([
      { type: 'command.ignored', reason: 'already paused' },
    ])
    expect(engine.getEvents().length).toBe(engine.getCommands().length + 1)
  })

  it('ends at the time limit with that outcome', () => {
    const engine = newEngine()
    engine.dispatch(perform('pads'))
    run(engine, 700)
    expect(engine.getState().ended).toMatchObject({ id: 'time-limit', success: false, atMs: 600_000 })
    expect(engine.getEvents().at(-1)?.type).toBe('sim.ended')
  })

  it('ends on an end condition', () => {
    const engine = newEngine()
    engine.dispatch(perform('drug', { amount: { value: 0.5, unit: 'mg' }, route: 'im' }))
    run(engine, 200)
    expect(engine.getState().ended).toMatchObject({ id: 'recovered', success: true })
  })
})

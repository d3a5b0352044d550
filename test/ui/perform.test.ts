import { describe, expect, it } from 'vitest'
import { createSimStore } from '../../src/store/index.ts'
import { performAction } from '../../src/ui/action-menu/perform.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const running = () => {
  const store = createSimStore({ nextSeed: () => 7 })
  store.getState().load(scenario)
  store.getState().start()
  return store
}

describe('performing from the menu', () => {
  it('performs through the store and reports success', () => {
    const store = running()
    expect(performAction(store.getState(), { actionId: 'assess-airway' })).toEqual({ ok: true })
    expect(store.getState().sim?.revealed['airway']).toBeDefined()
  })

  it("passes the learner's dose and route, and returns the engine's reason when it refuses", () => {
    const store = running()
    const noRoute = performAction(store.getState(), {
      actionId: 'adrenaline',
      amount: { value: 0.5, unit: 'mg' },
    })
    expect(noRoute).toEqual({ ok: false, reason: 'Choose a route for Adrenaline (epinephrine).' })
    const given = performAction(store.getState(), {
      actionId: 'adrenaline',
      amount: { value: 0.5, unit: 'mg' },
      route: 'im',
    })
    expect(given).toEqual({ ok: true })
    const last = store.getState().events.find((e) => e.type === 'action.performed')
    expect(last).toMatchObject({ actionId: 'adrenaline', amount: { value: 0.5, unit: 'mg' }, route: 'im' })
  })

  it('says the run is paused instead of failing silently', () => {
    const store = running()
    store.getState().pause()
    const outcome = performAction(store.getState(), { actionId: 'assess-airway' })
    expect(outcome).toEqual({ ok: false, reason: 'The scenario is paused: resume it to act.' })
    expect(store.getState().sim?.revealed['airway']).toBeUndefined()
  })
})

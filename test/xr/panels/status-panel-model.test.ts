import { describe, expect, it } from 'vitest'
import { createSimStore, selectActionLog } from '../../../src/store/index.ts'
import { performAction } from '../../../src/ui/action-menu/perform.ts'
import { activityName } from '../../../src/ui/hud/Running.tsx'
import { selectRunning } from '../../../src/ui/hud/selectors.ts'
import { latestFeedback, statusPanelModel } from '../../../src/xr/panels/status-panel-model.ts'
import type { StatusPanelInput } from '../../../src/xr/panels/status-panel-model.ts'
import { loadScene } from '../../scenes/load-scenes.ts'
import { button, buttonIds, expectSaneLayout } from './layout-checks.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const running = () => {
  const store = createSimStore({ nextSeed: () => 7 })
  store.getState().load(scenario)
  store.getState().start()
  return store
}
const inputOf = (store: ReturnType<typeof running>, extra: Partial<StatusPanelInput> = {}): StatusPanelInput => {
  const s = store.getState()
  return {
    elapsedS: Math.floor((s.sim?.nowMs ?? 0) / 1000),
    status: s.status,
    log: selectActionLog(s),
    scenario: s.scenario,
    running: selectRunning(s),
    feedback: latestFeedback(s.events, s.scenario),
    seated: false,
    activityName,
    ...extra,
  }
}

describe('the status panel', () => {
  it('shows the sim time as mm:ss and whether it runs', () => {
    const store = running()
    store.getState().advance(125_000)
    const model = statusPanelModel(inputOf(store, { elapsedS: 125 }))
    expect(model.title).toBe('02:05 · Running')
    expect(model.lines[0]).toBe('Nothing done yet.')
    store.getState().pause()
    const paused = statusPanelModel(inputOf(store))
    expect(paused.title).toMatch(/ · Paused$/)
    expect(button(paused, 'pause')?.label).toBe('Resume')
    expectSaneLayout(paused)
  })

  it('lists the last 4 actions newest first, worded as the desktop action log', () => {
    const store = running()
    const s = () => store.getState()
    for (const actionId of ['assess-airway', 'assess-breathing', 'call-for-help']) performAction(s(), { actionId })
    performAction(s(), { actionId: 'adrenaline', amount: { value: 0.5, unit: 'mg' } })
    performAction(s(), { actionId: 'adrenaline', amount: { value: 0.5, unit: 'mg' }, route: 'im' })
    const model = statusPanelModel(inputOf(store))
    expect(model.lines.slice(0, 4)).toEqual([
      '00:00 Adrenaline (epinephrine) · 0.5 mg IM',
      '00:00 Not done: Choose a route for Adrenaline (epinephrine).',
      '00:00 Call for help (resuscitation team via 2222)',
      '00:00 B: assess breathing',
    ])
  })

  it('says what runs and what the latest action found out', () => {
    const store = running()
    performAction(store.getState(), { actionId: 'oxygen-start', amount: { value: 15, unit: 'L/min' } })
    performAction(store.getState(), { actionId: 'assess-airway' })
    const model = statusPanelModel(inputOf(store))
    expect(model.lines).toContain('Running: Oxygen 15 L/min since 00:00')
    const airway = store.getState().sim?.revealed['airway']?.text ?? ''
    expect(model.lines.join(' ')).toContain(airway.slice(0, 20))
  })

  it('has the controls, with words that say what they do', () => {
    const store = running()
    const standing = statusPanelModel(inputOf(store))
    expect(buttonIds(standing)).toEqual(['actions', 'pause', 'recentre', 'seated', 'exit'])
    expect(button(standing, 'pause')?.label).toBe('Pause')
    expect(button(standing, 'seated')?.label).toBe('Switch to seated')
    expect(button(statusPanelModel(inputOf(store, { seated: true })), 'seated')?.label).toBe('Switch to standing')
    expect(button(standing, 'exit')).toMatchObject({ label: 'Exit VR', tone: 'danger' })
    // Before the run starts there is nothing to pause.
    expect(button(statusPanelModel(inputOf(store, { status: 'ready' })), 'pause')?.disabled).toBe(true)
  })

  it('keeps its size as the log fills, so the buttons stay where the hand expects them', () => {
    const store = running()
    const empty = statusPanelModel(inputOf(store))
    performAction(store.getState(), { actionId: 'assess-exposure' })
    const full = statusPanelModel(inputOf(store))
    expect(full.heightPx).toBe(empty.heightPx)
    expect(full.buttons).toEqual(empty.buttons)
  })
})

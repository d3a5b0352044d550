import { describe, expect, it } from 'vitest'
import type { Command } from '../../src/engine/types.ts'
import { createSimStore } from '../../src/store/index.ts'
import { performAction } from '../../src/ui/action-menu/perform.ts'
import { pressActionPanel, pressDosePanel } from '../../src/xr/panels/menu-press.ts'
import { createVrMenuStore } from '../../src/xr/panels/vr-menu-store.ts'
import { runs } from '../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const STEP_MS = 100

/** Plays timed commands into a fresh store, each one chosen through `choose` (an input mode). */
type SimStore = ReturnType<typeof createSimStore>

function play(commands: readonly { atMs: number; command: Command }[], choose: (c: Command, sim: SimStore) => void) {
  const sim = createSimStore({ nextSeed: () => 42 })
  sim.getState().load(scenario)
  sim.getState().start()
  for (const { atMs, command } of commands) {
    while ((sim.getState().sim?.nowMs ?? 0) < atMs) sim.getState().advance(STEP_MS)
    choose(command, sim)
  }
  while (sim.getState().status === 'running') sim.getState().advance(1000)
  return sim
}

describe('one action vocabulary for desktop and headset', () => {
  it('the same timed commands give the same log and the same score, chosen with the mouse or in VR', () => {
    const expert = runs[0]
    if (!expert) throw new Error('no scripted run')
    const commands = expert.commands.filter((c) => c.command.type === 'action.perform')

    const desktopStore = play(commands, (command, sim) => {
      if (command.type !== 'action.perform') return
      const { actionId, amount, route } = command
      performAction(sim.getState(), { actionId, ...(amount && { amount }), ...(route && { route }) })
    })

    // The headset: the action panel, then the dose pad's keys, unit and route buttons, then Give.
    const menu = createVrMenuStore()
    const vrStore = play(commands, (command, sim) => {
      if (command.type !== 'action.perform') return
      const stores = { sim, menu }
      menu.getState().openAll()
      pressActionPanel(`action:${command.actionId}`, stores)
      if (!command.amount && !command.route) return
      for (const key of String(command.amount?.value ?? '')) pressDosePanel(`key:${key}`, stores)
      if (command.amount) pressDosePanel(`unit:${command.amount.unit}`, stores)
      if (command.route) pressDosePanel(`route:${command.route}`, stores)
      pressDosePanel('give', stores)
    })

    const desktop = desktopStore.getState()
    const vr = vrStore.getState()
    expect(desktop.getRecording()?.commands).toHaveLength(commands.length)
    expect(vr.getRecording()?.commands).toEqual(desktop.getRecording()?.commands)
    expect(desktop.report?.pass).toBe(true)
    expect(desktop.report?.scaled).toBeGreaterThan(0.9)
    expect(vr.report).toEqual(desktop.report)
  })
})

import { describe, expect, it } from 'vitest'
import { replay, resumeEngine } from '../../src/engine/index.ts'
import { runs } from '../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const expert = runs[0]
if (!expert) throw new Error('no expert run')

describe('try from here: a live run from a recorded moment', () => {
  const atMs = 45_000
  const before = expert.commands.filter((c) => c.atMs <= atMs)
  const after = expert.commands.filter((c) => c.atMs > atMs)

  it('starts in exactly the recorded state, with the recorded commands as its own history', () => {
    const engine = resumeEngine(scenario, 42, expert.commands, atMs)
    expect(engine.getState()).toEqual(replay(scenario, 42, expert.commands, { untilMs: atMs }).state)
    expect(engine.getCommands()).toEqual(before)
  })

  it('played on with the same commands, it is the same run as the recording', () => {
    const engine = resumeEngine(scenario, 42, expert.commands, atMs)
    let hostMs = atMs
    for (const { atMs: t, command } of after) {
      engine.advance(t - hostMs)
      hostMs = t
      engine.dispatch(command)
    }
    const whole = replay(scenario, 42, expert.commands)
    engine.advance(scenario.end.timeLimitS * 1000 - hostMs)
    expect(engine.getEvents()).toEqual(whole.events)
  })

  it('played on differently, it goes its own way from that moment', () => {
    const engine = resumeEngine(scenario, 42, expert.commands, atMs)
    engine.advance(scenario.end.timeLimitS * 1000 - atMs) // nothing more done
    const whole = replay(scenario, 42, expert.commands)
    expect(engine.getEvents().length).not.toBe(whole.events.length)
    expect(engine.getEvents().slice(0, 5)).toEqual(whole.events.slice(0, 5))
  })
})

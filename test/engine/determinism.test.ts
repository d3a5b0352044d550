import { describe, expect, it } from 'vitest'
import { createEngine, replay, type TimedCommand } from '../../src/engine/index.ts'
import type { Scenario } from '../../src/scenario/index.ts'
import { constant, drive, randomFrames } from './drive.ts'
import { engineFixture } from './fixture.ts'

const TEN_MINUTES_MS = 600_000

const commandsFor = (scenario: Scenario): TimedCommand[] => {
  // A plausible stream of actions at step-aligned times, including refused ones.
  const ids = Object.keys(scenario.actions)
  return ids
    .slice(0, 12)
    .map((actionId, i) => ({ atMs: 5_000 + i * 20_000, command: { type: 'action.perform', actionId } }))
}

describe('determinism', () => {
  const scenario = engineFixture({ end: { timeLimitS: 3600, conditions: {} } })
  const commands: TimedCommand[] = [
    { atMs: 10_000, command: { type: 'action.perform', actionId: 'look' } },
    { atMs: 30_000, command: { type: 'action.perform', actionId: 'oxygen', amount: { value: 15, unit: 'L/min' } } },
    { atMs: 250_000, command: { type: 'action.perform', actionId: 'cpr-start' } },
    { atMs: 260_000, command: { type: 'action.perform', actionId: 'pads' } },
    { atMs: 270_000, command: { type: 'action.perform', actionId: 'charge', amount: { value: 150, unit: 'J' } } },
    { atMs: 271_000, command: { type: 'action.perform', actionId: 'shock' } },
  ]

  it('one advance, 6000 × 100 ms and random 8–40 ms frames give deep-equal event logs and final states', () => {
    const oneShot = createEngine(scenario, { seed: 99, maxAdvanceMs: Infinity })
    // One advance cannot stop for commands: compare the no-command run in all three chunkings...
    oneShot.advance(TEN_MINUTES_MS)
    const steps = drive(createEngine(scenario, { seed: 99 }), [], constant(100), TEN_MINUTES_MS)
    const random = drive(createEngine(scenario, { seed: 99 }), [], randomFrames(5), TEN_MINUTES_MS)
    expect(steps.events).toEqual(oneShot.getEvents())
    expect(random.events).toEqual(oneShot.getEvents())
    expect(random.state).toEqual(oneShot.getState())
    expect(oneShot.getEvents().some((e) => e.type === 'state.changed')).toBe(true)
  })

  it('with commands: frame chunking does not change the log, and replay reproduces it exactly', () => {
    const steps = drive(createEngine(scenario, { seed: 4 }), commands, constant(100), TEN_MINUTES_MS)
    const random = drive(createEngine(scenario, { seed: 4 }), commands, randomFrames(8), TEN_MINUTES_MS)
    const replayed = replay(scenario, 4, commands, { untilMs: TEN_MINUTES_MS })
    expect(random.events).toEqual(steps.events)
    expect(random.state).toEqual(steps.state)
    expect(replayed.events).toEqual(steps.events)
    expect(replayed.state).toEqual(steps.state)
    expect(steps.events.filter((e) => e.type === 'action.performed')).toHaveLength(commands.length)
  })

  it('a live recording (commands stamped by the engine) replays to the same log', () => {
    const live = createEngine(scenario, { seed: 21 })
    const frames = randomFrames(3)
    let host = 0
    for (const { atMs, command } of commands) {
      while (host < atMs + 37) {
        const ms = frames.next().value as number
        host += ms
        live.advance(ms)
      }
      live.dispatch(command)
    }
    live.advance(1000)
    const replayed = replay(scenario, 21, live.getCommands(), { untilMs: live.getState().nowMs })
    expect(replayed.events).toEqual(live.getEvents())
    expect(replayed.state).toEqual(live.getState())
  })

  it('different seeds give different runs; the same seed the same run', () => {
    const a = replay(scenario, 1, commands, { untilMs: 120_000 })
    const b = replay(scenario, 2, commands, { untilMs: 120_000 })
    const a2 = replay(scenario, 1, commands, { untilMs: 120_000 })
    expect(a.events).toEqual(a2.events)
    expect(a.state.vitals).not.toEqual(b.state.vitals)
  })

  it('events are plain JSON with increasing sequence numbers and non-decreasing sim times', () => {
    const { events, state } = replay(scenario, 5, commandsFor(scenario), { untilMs: TEN_MINUTES_MS })
    expect(JSON.parse(JSON.stringify(events))).toEqual(events)
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
    events.forEach((e, i) => {
      expect(e.seq).toBe(i)
      if (i > 0) expect(e.atMs).toBeGreaterThanOrEqual(events[i - 1]?.atMs ?? 0)
    })
  })
})

import type { Scenario } from '../scenario/schema/index.ts'
import { applyCommand } from './apply-command.ts'
import { createInitialState } from './initial-state.ts'
import { step } from './step.ts'
import type { Command, Engine, EngineOptions, SimEvent, SimState, TimedCommand } from './types.ts'

export const DEFAULT_STEP_MS = 100
/** A frame longer than this (a backgrounded tab, a breakpoint) is simulated as this long. */
export const DEFAULT_MAX_ADVANCE_MS = 1000

/**
 * The scenario engine: a fixed step behind an accumulator. Host time enters only through
 * `advance(elapsedMs)`; the remainder below one step carries over, so the same total time gives
 * the same steps however it is chunked into frames.
 */
export function createEngine(scenario: Scenario, options: EngineOptions): Engine {
  const stepMs = options.stepMs ?? DEFAULT_STEP_MS
  const maxAdvanceMs = options.maxAdvanceMs ?? DEFAULT_MAX_ADVANCE_MS
  const [initial, started] = createInitialState(scenario, options.seed, stepMs)
  let state = initial
  const log: SimEvent[] = [started]
  const commands: TimedCommand[] = []
  const listeners = new Set<(events: readonly SimEvent[], state: Readonly<SimState>) => void>()
  let accumulatorMs = 0

  const publish = (events: SimEvent[]) => {
    if (events.length === 0) return
    for (const e of events) log.push(e)
    for (const l of listeners) l(events, state)
  }

  return {
    getState: () => state,
    getEvents: () => log,
    getCommands: () => commands,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispatch(command: Command) {
      commands.push({ atMs: state.nowMs, command })
      const [next, events] = applyCommand(scenario, state, command)
      state = next
      publish(events)
      return events
    },
    advance(elapsedMs: number) {
      if (!(elapsedMs > 0) || state.paused || state.ended) return []
      accumulatorMs += Math.min(elapsedMs, maxAdvanceMs)
      const produced: SimEvent[] = []
      while (accumulatorMs >= stepMs && !state.ended) {
        accumulatorMs -= stepMs
        const [next, events] = step(scenario, state)
        state = next
        for (const e of events) produced.push(e)
      }
      if (state.ended) accumulatorMs = 0
      publish(produced)
      return produced
    },
  }
}

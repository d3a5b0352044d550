import type { Scenario } from '../scenario/schema/index.ts'
import { applyCommand } from './apply-command.ts'
import { DEFAULT_STEP_MS } from './create-engine.ts'
import { createInitialState } from './initial-state.ts'
import { step } from './step.ts'
import type { SimEvent, SimState, TimedCommand } from './types.ts'

export interface TimelineOptions {
  stepMs?: number
  /** Sim time between kept states: seeking re-simulates at most this much (default 2 s). */
  checkpointMs?: number
  /** Stop here if the run has not ended (default: the scene's time limit). */
  untilMs?: number
}

export interface Timeline {
  /** Sim time at which the run ended (or stopped). */
  readonly endMs: number
  readonly events: readonly SimEvent[]
  /** The simulation as it was at `atMs` (clamped to the run), re-simulated from the nearest checkpoint. */
  stateAt(atMs: number): Readonly<SimState>
}

/**
 * A recorded run laid out in sim time for the debrief: one pass re-simulates it (the same event log as
 * `replay`), keeping a state every `checkpointMs`; any moment is then a checkpoint plus a few steps, so
 * scrubbing a 30-minute session never replays it from the start.
 */
export function createTimeline(
  scenario: Scenario,
  seed: number,
  commands: readonly TimedCommand[],
  options: TimelineOptions = {},
): Timeline {
  const stepMs = options.stepMs ?? DEFAULT_STEP_MS
  const checkpointMs = Math.max(stepMs, options.checkpointMs ?? 2000)
  const untilMs = options.untilMs ?? scenario.end.timeLimitS * 1000
  const [initial, started] = createInitialState(scenario, seed, stepMs)
  const events: SimEvent[] = [started]

  // Applies the commands stamped at the state's current time, in recorded order (as the live engine did).
  const applyDue = (state: SimState, from: number): [SimState, number] => {
    let s = state
    let i = from
    for (; i < commands.length; i++) {
      const c = commands[i] as TimedCommand
      if (c.atMs > s.nowMs || s.ended) break
      const [next, produced] = applyCommand(scenario, s, c.command)
      s = next
      for (const e of produced) events.push(e)
    }
    return [s, i]
  }

  const checkpoints: { state: SimState; next: number }[] = []
  let [state, next] = applyDue(initial, 0)
  checkpoints.push({ state, next })
  while (!state.ended && state.nowMs < untilMs) {
    const [stepped, produced] = step(scenario, state)
    for (const e of produced) events.push(e)
    ;[state, next] = applyDue(stepped, next)
    if (state.nowMs % checkpointMs === 0) checkpoints.push({ state, next })
  }
  const endMs = state.nowMs
  const last = state

  return {
    endMs,
    events,
    stateAt(atMs) {
      const target = Math.min(Math.max(0, atMs), endMs)
      if (target >= endMs) return last
      const index = Math.min(Math.floor(target / checkpointMs), checkpoints.length - 1)
      const from = checkpoints[index] as { state: SimState; next: number }
      let s = from.state
      let n = from.next
      // The events of a re-simulated stretch are already in `events`: this pass only moves the state.
      while (s.nowMs + stepMs <= target && !s.ended) {
        s = step(scenario, s)[0]
        for (; n < commands.length; n++) {
          const c = commands[n] as TimedCommand
          if (c.atMs > s.nowMs || s.ended) break
          s = applyCommand(scenario, s, c.command)[0]
        }
      }
      return s
    },
  }
}

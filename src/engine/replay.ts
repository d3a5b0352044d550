import type { Scenario } from '../scenario/schema/index.ts'
import { createEngine } from './create-engine.ts'
import type { SimEvent, SimState, TimedCommand } from './types.ts'

export interface ReplayResult {
  events: readonly SimEvent[]
  state: Readonly<SimState>
}

export interface ReplayOptions {
  stepMs?: number
  /** Stop here if the run has not ended (default: run until it ends, at the latest at the time limit). */
  untilMs?: number
}

/** Re-simulates a recording (scenario, seed, timed commands): the same event log and final state every time. */
export function replay(
  scenario: Scenario,
  seed: number,
  commands: readonly TimedCommand[],
  options: ReplayOptions = {},
): ReplayResult {
  const engine = createEngine(scenario, {
    seed,
    ...(options.stepMs && { stepMs: options.stepMs }),
    maxAdvanceMs: Infinity,
  })
  const untilMs = options.untilMs ?? scenario.end.timeLimitS * 1000
  let hostMs = 0
  for (const { atMs, command } of commands) {
    if (engine.getState().ended || atMs > untilMs) break
    engine.advance(atMs - hostMs)
    hostMs = Math.max(hostMs, atMs)
    engine.dispatch(command)
  }
  if (!engine.getState().ended && untilMs > hostMs) engine.advance(untilMs - hostMs)
  return { events: engine.getEvents(), state: engine.getState() }
}

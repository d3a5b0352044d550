import type { Scenario } from '../scenario/schema/index.ts'
import { createEngine } from './create-engine.ts'
import type { Engine, SimEvent, SimState, TimedCommand } from './types.ts'

export interface ReplayResult {
  events: readonly SimEvent[]
  state: Readonly<SimState>
}

export interface ReplayOptions {
  stepMs?: number
  /** Stop here if the run has not ended (default: run until it ends, at the latest at the time limit). */
  untilMs?: number
}

/** Feeds timed commands to a fresh engine at their times, then runs on to `untilMs` (or the end). */
function fastForward(engine: Engine, commands: readonly TimedCommand[], untilMs: number): void {
  let hostMs = 0
  for (const { atMs, command } of commands) {
    if (engine.getState().ended || atMs > untilMs) break
    engine.advance(atMs - hostMs)
    hostMs = Math.max(hostMs, atMs)
    engine.dispatch(command)
  }
  if (!engine.getState().ended && untilMs > hostMs) engine.advance(untilMs - hostMs)
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
  fastForward(engine, commands, options.untilMs ?? scenario.end.timeLimitS * 1000)
  return { events: engine.getEvents(), state: engine.getState() }
}

/**
 * A live engine at `atMs` of a recorded run ("try from here"): the recording's commands up to that moment
 * re-simulated with its seed, so the state is exactly the recorded one; its command log starts with those
 * commands, so the new attempt's own recording replays the whole path. The host clamps frame times itself.
 */
export function resumeEngine(
  scenario: Scenario,
  seed: number,
  commands: readonly TimedCommand[],
  atMs: number,
): Engine {
  const engine = createEngine(scenario, { seed, maxAdvanceMs: Infinity })
  fastForward(engine, commands, atMs)
  return engine
}

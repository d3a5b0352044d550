import type { Engine, TimedCommand } from '../../src/engine/index.ts'
import { nextUniform, seedRng } from '../../src/engine/random.ts'

/**
 * Drives an engine like a host frame loop: `totalMs` of host time in the given frame sizes, each
 * command dispatched once its sim time is reached, nothing after the run has ended.
 */
export function drive(engine: Engine, commands: readonly TimedCommand[], frames: Iterable<number>, totalMs: number) {
  let hostMs = 0
  let next = 0
  const dispatchDue = () => {
    while (
      !engine.getState().ended &&
      next < commands.length &&
      (commands[next]?.atMs ?? Infinity) <= engine.getState().nowMs
    ) {
      const c = commands[next++]
      if (c) engine.dispatch(c.command)
    }
  }
  dispatchDue()
  for (const frame of frames) {
    if (hostMs >= totalMs) break
    const ms = Math.min(frame, totalMs - hostMs)
    hostMs += ms
    engine.advance(ms)
    dispatchDue()
  }
  return { events: engine.getEvents(), state: engine.getState() }
}

export function* constant(ms: number) {
  for (;;) yield ms
}
export function* randomFrames(seed: number) {
  const rng = seedRng(seed)
  for (;;) yield 8 + Math.floor(nextUniform(rng) * 33)
}

import type { Timeline, Vitals } from '../../engine/index.ts'
import { createInitialState } from '../../engine/initial-state.ts'
import { snapshotVitals } from '../../engine/physiology.ts'
import { step } from '../../engine/step.ts'
import type { Scenario } from '../../scenario/schema/index.ts'

/**
 * The vitals at `atMs` once everything stamped at that moment has happened (the monitor at the playhead),
 * rounded like the engine's event snapshots (0.1).
 */
export function vitalsAt(timeline: Timeline, atMs: number): Vitals {
  return snapshotVitals(timeline.stateAt(atMs).vitals)
}

/**
 * The vitals the learner saw when acting at `atMs`: the step that reaches `atMs`, before any command stamped then.
 * This is what an `action.performed` event (and its xAPI statement) records. It differs from `vitalsAt` only when
 * a command at that moment changed the clinical state at once (a shock that converts VF, standing a shocked
 * patient up): the event's snapshot is taken before its consequences, `stateAt(atMs)` after them.
 */
export function vitalsWhenActing(scenario: Scenario, timeline: Timeline, atMs: number): Vitals {
  const at = timeline.stateAt(atMs)
  const { seed, stepMs } = at
  if (atMs <= 0) return snapshotVitals(createInitialState(scenario, seed, stepMs)[0].vitals)
  const before = timeline.stateAt(atMs - stepMs)
  // Off the step grid, after the end, or paused: no command could have been applied in between.
  if (before.nowMs + stepMs !== atMs || before.ended || before.paused) return snapshotVitals(at.vitals)
  return snapshotVitals(step(scenario, before)[0].vitals)
}

import { createTimeline } from '../../engine/index.ts'
import type { SimState } from '../../engine/types.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import type { Recording } from '../../store/index.ts'

export interface Replay {
  endMs: number
  stateAt(atMs: number): Readonly<SimState>
  /** The learner's head pose at that moment (the last sample at or before it), or null when none was kept. */
  headAt(atMs: number): readonly number[] | null
}

/** A recording made seekable for the 3D replay: states from checkpoints, poses by binary search. */
export function createReplay(scenario: Scenario, recording: Recording): Replay {
  const timeline = createTimeline(scenario, recording.seed, recording.commands)
  const head = recording.poses.head
  return {
    endMs: timeline.endMs,
    stateAt: (atMs) => timeline.stateAt(atMs),
    headAt(atMs) {
      let lo = 0
      let hi = head.length - 1
      let found = -1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        if ((head[mid]?.[0] ?? Infinity) <= atMs) {
          found = mid
          lo = mid + 1
        } else hi = mid - 1
      }
      return found < 0 ? null : (head[found]?.slice(1) ?? null)
    },
  }
}

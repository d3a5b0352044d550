import { createTimeline } from '../../engine/index.ts'
import type { SimState } from '../../engine/types.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import type { Recording } from '../../store/index.ts'

export interface Replay {
  endMs: number
  stateAt(atMs: number): Readonly<SimState>
  /** The learner's head pose at that moment (the last sample at or before it), or null when none was kept. */
  headAt(atMs: number): readonly number[] | null
  /** The same for a hand or controller (headset recordings; desktop ones have none). */
  handAt(side: 'left' | 'right', atMs: number): readonly number[] | null
}

/** The last row of a pose track at or before `atMs` (rows start with their sim time), without the time. */
function poseAt(track: readonly (readonly number[])[] | undefined, atMs: number): readonly number[] | null {
  if (!track) return null
  let lo = 0
  let hi = track.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((track[mid]?.[0] ?? Infinity) <= atMs) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found < 0 ? null : (track[found]?.slice(1) ?? null)
}

/** A recording made seekable for the 3D replay: states from checkpoints, poses by binary search. */
export function createReplay(scenario: Scenario, recording: Recording): Replay {
  const timeline = createTimeline(scenario, recording.seed, recording.commands)
  const { poses } = recording
  return {
    endMs: timeline.endMs,
    stateAt: (atMs) => timeline.stateAt(atMs),
    headAt: (atMs) => poseAt(poses.head, atMs),
    handAt: (side, atMs) => poseAt(poses[side], atMs),
  }
}

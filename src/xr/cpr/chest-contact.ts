import type { Vec3 } from '../../world/geometry/kit.ts'

/** How far (m) from the sternum a hand may be, across the chest, and still be "on the lower sternum". */
const ACROSS_M = 0.12
/** A hand within this band above the sternum (m) rests on the chest; below it, it has pushed through. */
const ABOVE_M = 0.25
const BELOW_M = 0.12

/** Whether a hand at `hand` (room coordinates) is on the chest at the sternum `sternum`. */
export function onSternum(hand: Vec3, sternum: Vec3): boolean {
  const across = Math.hypot(hand[0] - sternum[0], hand[2] - sternum[2])
  const dy = hand[1] - sternum[1]
  return across <= ACROSS_M && dy <= ABOVE_M && dy >= -BELOW_M
}

import { useFrame } from '@react-three/fiber'
import { simStore } from '../store/index.ts'
import { parseTimeScale, simMsForFrame } from './time-scale.ts'

const TIME_SCALE = typeof location === 'undefined' ? 1 : parseTimeScale(location.search)
/** The engine simulates at most this much per advance() call; a scaled frame is fed in such slices. */
const SLICE_MS = 1000

/** Drives the simulation from the render loop: each frame's host time goes to the store (which ignores it unless running). */
export function SimClock() {
  // Before every other frame callback, so the patient and the monitor draw this frame's state.
  useFrame((_, deltaS) => {
    const { advance } = simStore.getState()
    for (let left = simMsForFrame(deltaS * 1000, TIME_SCALE); left > 0; left -= SLICE_MS)
      advance(Math.min(left, SLICE_MS))
  }, -1)
  return null
}

import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { Matrix4 } from 'three'
import { simStore } from '../store/index.ts'
import { readTrackedHands, SIDES, trackedHands } from './tracked-hands.ts'

const IDENTITY = new Matrix4()
/** Same rate as the head (PoseSampler): enough for the debrief's ghost hands. */
const SAMPLE_MS = 100

/**
 * Reads both hands' grip poses from each XR frame into `trackedHands` (in room coordinates: the rig's
 * origin applied) and records them at 10 Hz for the debrief's ghost.
 */
export function XrHands() {
  const sinceMs = useRef(0)
  useFrame((state, deltaS, frame: XRFrame | undefined) => {
    const ref = state.gl.xr.getReferenceSpace()
    if (!frame || !ref) return
    const origin = state.gl.xr.getCamera().parent
    origin?.updateMatrixWorld()
    readTrackedHands(frame, ref, origin?.matrixWorld ?? IDENTITY)

    sinceMs.current += deltaS * 1000
    if (sinceMs.current < SAMPLE_MS) return
    sinceMs.current = 0
    const store = simStore.getState()
    for (const side of SIDES) {
      const hand = trackedHands[side]
      if (!hand.present) continue
      const { position: p, quaternion: q } = hand
      store.recordPose(side, [p.x, p.y, p.z, q.x, q.y, q.z, q.w])
    }
  })
  return null
}

import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { Quaternion, Vector3 } from 'three'
import { simStore } from '../store/index.ts'

const _p = new Vector3()
const _q = new Quaternion()

/** 10 Hz: enough to see where the learner looked and reached in the debrief, small enough to store. */
const SAMPLE_MS = 100

/**
 * Records the learner's head (the camera: the desktop view, or the headset's pose in VR) for the
 * debrief's ghost; the store keeps a sample only when it moved.
 */
export function PoseSampler() {
  const sinceMs = useRef(SAMPLE_MS)
  useFrame(({ camera }, deltaS) => {
    sinceMs.current += deltaS * 1000
    if (sinceMs.current < SAMPLE_MS) return
    sinceMs.current = 0
    // World pose: in VR the camera hangs under the rig's origin, so its own position is not the room's.
    const p = camera.getWorldPosition(_p)
    const q = camera.getWorldQuaternion(_q)
    simStore.getState().recordPose('head', [p.x, p.y, p.z, q.x, q.y, q.z, q.w])
  })
  return null
}

import { useFrame } from '@react-three/fiber'
import { Quaternion, Vector3 } from 'three'
import { listenerPose, roomFrameListeners } from './monitor/listener-pose.ts'

const _p = new Vector3()
const _f = new Vector3()
const _u = new Vector3()
const _q = new Quaternion()

/** Copies the camera's world pose (the headset's in VR) to the monitor sound's listener, and ticks the sound, each frame. */
export function ListenerSync() {
  useFrame(({ camera }) => {
    camera.getWorldPosition(_p)
    camera.getWorldDirection(_f)
    _u.set(0, 1, 0).applyQuaternion(camera.getWorldQuaternion(_q))
    listenerPose.position[0] = _p.x
    listenerPose.position[1] = _p.y
    listenerPose.position[2] = _p.z
    listenerPose.forward[0] = _f.x
    listenerPose.forward[1] = _f.y
    listenerPose.forward[2] = _f.z
    listenerPose.up[0] = _u.x
    listenerPose.up[1] = _u.y
    listenerPose.up[2] = _u.z
    for (const listener of roomFrameListeners) listener()
  })
  return null
}

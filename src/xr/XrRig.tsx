import { useFrame, useThree } from '@react-three/fiber'
import { TeleportTarget, useXRControllerLocomotion, XROrigin } from '@react-three/xr'
import { useEffect, useRef } from 'react'
import { Euler, Matrix4, Quaternion, Vector3, type Group, type Vector3 as V3 } from 'three'
import { ROOM } from '../world/layout.ts'
import { canStandAt, recentredRig, teleportedRig } from './rig.ts'
import { rigStore, useRig } from './rig-store.ts'

const SNAP_TURN_DEG = 30
const _head = new Vector3()
const _q = new Quaternion()
const _s = new Vector3()
const _m = new Matrix4()
const _e = new Euler(0, 0, 0, 'YXZ')

/**
 * The player's origin (their real floor) in the room: placed at the bedside on entering VR and on
 * "Recentre", moved by teleport (an arc onto the floor) and turned by snap turns on the right thumbstick;
 * there is no smooth locomotion, which makes people sick.
 */
export function XrRig() {
  const origin = useRef<Group>(null)
  const pose = useRig((s) => s.pose)
  const requests = useRig((s) => s.recentreRequests)
  const handled = useRef(-1)
  const camera = useThree((s) => s.camera)

  useXRControllerLocomotion(origin, false, { type: 'snap', degrees: SNAP_TURN_DEG })

  useEffect(() => {
    const group = origin.current
    if (!group) return
    group.position.set(...pose.position)
    group.rotation.set(0, pose.yaw, 0)
  }, [pose])

  // Recentring needs the headset's pose in the rig, which only an XR frame has.
  useFrame((state, _delta, frame: XRFrame | undefined) => {
    if (!frame || handled.current === requests) return
    handled.current = requests
    const group = origin.current
    if (!group) return
    // three copies the headset's world pose onto the (unparented) camera; express it in the rig's frame.
    group.updateMatrixWorld()
    _m.copy(group.matrixWorld).invert().multiply(state.camera.matrixWorld)
    _m.decompose(_head, _q, _s)
    _e.setFromQuaternion(_q)
    const head = { position: [_head.x, _head.y, _head.z] as const, yaw: _e.y }
    rigStore.getState().setPose(recentredRig(head, rigStore.getState().seated))
  })

  const teleport = (point: V3) => {
    if (!canStandAt([point.x, point.y, point.z], ROOM)) return
    const group = origin.current
    if (!group) return
    _head.setFromMatrixPosition(camera.matrixWorld)
    const rig = rigStore.getState()
    // A snap turn changed the group directly: start from where it is now.
    const current = { position: [group.position.x, group.position.y, group.position.z] as const, yaw: group.rotation.y }
    rig.setPose(teleportedRig(current, [_head.x, _head.y, _head.z], [point.x, point.y, point.z]))
  }

  return (
    <>
      <XROrigin ref={origin} />
      <TeleportTarget onTeleport={teleport}>
        {/* An invisible walkable floor just above the room's, so teleport arcs land on it. */}
        <mesh name="teleport-floor" rotation-x={-Math.PI / 2} position={[0, 0.005, (ROOM.zBack + ROOM.zFront) / 2]}>
          <planeGeometry args={[ROOM.xMax - ROOM.xMin, ROOM.zFront - ROOM.zBack]} />
          <meshBasicMaterial transparent opacity={0} depthWrite={false} />
        </mesh>
      </TeleportTarget>
    </>
  )
}

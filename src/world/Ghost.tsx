import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { Group } from 'three'
import { simStore } from '../store/index.ts'

/**
 * The learner's head in a debrief replay: a translucent head with a visor showing where they stood and
 * looked. Read from the store each frame (no React render per moment); hidden outside a replay.
 */
export function Ghost() {
  const head = useRef<Group>(null)
  useFrame(() => {
    const group = head.current
    if (!group) return
    const pose = simStore.getState().ghost
    group.visible = pose !== null && pose.length >= 7
    if (!pose || !group.visible) return
    group.position.set(pose[0] ?? 0, pose[1] ?? 0, pose[2] ?? 0)
    group.quaternion.set(pose[3] ?? 0, pose[4] ?? 0, pose[5] ?? 0, pose[6] ?? 1)
  })
  return (
    // Drawn over the room (no depth test): a ghost behind a curtain or the monitor must still be seen.
    <group ref={head} visible={false} name="learner-ghost" renderOrder={10}>
      <mesh renderOrder={10}>
        <sphereGeometry args={[0.13, 16, 12]} />
        <meshBasicMaterial color="#22d3ee" transparent opacity={0.6} depthTest={false} />
      </mesh>
      {/* The visor faces -z, the way a camera looks. */}
      <mesh position={[0, 0.02, -0.11]} renderOrder={11}>
        <boxGeometry args={[0.2, 0.07, 0.06]} />
        <meshBasicMaterial color="#0e7490" transparent opacity={0.85} depthTest={false} />
      </mesh>
    </group>
  )
}

import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { Group } from 'three'
import { simStore } from '../store/index.ts'

/** Shows a ghost part at a recorded pose [x, y, z, qx, qy, qz, qw], or hides it when there is none. */
function place(group: Group | null, pose: readonly number[] | null): void {
  if (!group) return
  group.visible = pose !== null && pose.length >= 7
  if (!pose || !group.visible) return
  group.position.set(pose[0] ?? 0, pose[1] ?? 0, pose[2] ?? 0)
  group.quaternion.set(pose[3] ?? 0, pose[4] ?? 0, pose[5] ?? 0, pose[6] ?? 1)
}

/**
 * The learner in a debrief replay: a translucent head with a visor showing where they stood and looked and,
 * from a headset run, both hands. Read from the store each frame (no React render per moment); hidden
 * outside a replay.
 */
export function Ghost() {
  const head = useRef<Group>(null)
  const left = useRef<Group>(null)
  const right = useRef<Group>(null)
  useFrame(() => {
    const { ghost, ghostHands } = simStore.getState()
    place(head.current, ghost)
    place(left.current, ghostHands.left)
    place(right.current, ghostHands.right)
  })
  const headGhost = (
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
  return (
    <>
      {headGhost}
      {(['left', 'right'] as const).map((side) => (
        <group key={side} ref={side === 'left' ? left : right} visible={false} name={`learner-ghost-${side}`}>
          {/* A palm-sized block, fingers toward -z like a controller's grip. */}
          <mesh renderOrder={10}>
            <boxGeometry args={[0.08, 0.03, 0.11]} />
            <meshBasicMaterial color="#22d3ee" transparent opacity={0.6} depthTest={false} />
          </mesh>
        </group>
      ))}
    </>
  )
}

import { Canvas } from '@react-three/fiber'
import { Suspense } from 'react'
import type { Equipment } from '../../scenario/schema/index.ts'
import { DebugHandle } from '../../world/DebugHandle.tsx'
import { BEDSIDE_VIEW, OVERVIEW_VIEW } from '../../world/layout.ts'
import { ResusRoom } from '../../world/ResusRoom.tsx'
import { XrScene } from '../../xr/XrScene.tsx'
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx'

const VIEWS = { bedside: BEDSIDE_VIEW, overview: OVERVIEW_VIEW }
const cameraOf = (view: keyof typeof VIEWS) => ({
  position: [...VIEWS[view].position] as [number, number, number],
  fov: VIEWS[view].fovDeg,
})
const CAMERAS = { bedside: cameraOf('bedside'), overview: cameraOf('overview') }
const GL = { antialias: true, powerPreference: 'high-performance' } as const
const DPR: [number, number] = [1, 2]

/**
 * The 3D room: a clinician's standing view at the bedside, looking at the patient and the monitor; or,
 * for the debrief's replay, a wider view from the foot of the bed that shows the learner's ghost.
 */
export function SceneView({
  onSelectEquipment,
  view = 'bedside',
  headset = false,
}: {
  onSelectEquipment: (target: Equipment | 'patient') => void
  view?: keyof typeof VIEWS
  /** Live play can be entered in VR; the debrief's replay stays on the screen. */
  headset?: boolean
}) {
  const room = (
    <Suspense fallback={null}>
      <ResusRoom onSelectEquipment={onSelectEquipment} />
    </Suspense>
  )
  return (
    <SceneErrorBoundary>
      <Canvas
        className="scene-canvas"
        camera={CAMERAS[view]}
        gl={GL}
        dpr={DPR}
        frameloop="always"
        onCreated={({ camera }) => camera.lookAt(...VIEWS[view].target)}
      >
        {headset ? <XrScene>{room}</XrScene> : room}
        <DebugHandle />
      </Canvas>
    </SceneErrorBoundary>
  )
}

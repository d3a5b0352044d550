import { Canvas } from '@react-three/fiber'
import { Suspense } from 'react'
import type { Equipment } from '../../scenario/schema/index.ts'
import { DebugHandle } from '../../world/DebugHandle.tsx'
import { BEDSIDE_VIEW } from '../../world/layout.ts'
import { ResusRoom } from '../../world/ResusRoom.tsx'
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx'

const CAMERA = { position: [...BEDSIDE_VIEW.position] as [number, number, number], fov: BEDSIDE_VIEW.fovDeg }
const GL = { antialias: true, powerPreference: 'high-performance' } as const
const DPR: [number, number] = [1, 2]

/** The 3D room: a clinician's standing view at the bedside, looking at the patient and the monitor. */
export function SceneView({ onSelectEquipment }: { onSelectEquipment: (target: Equipment | 'patient') => void }) {
  return (
    <SceneErrorBoundary>
      <Canvas
        className="scene-canvas"
        camera={CAMERA}
        gl={GL}
        dpr={DPR}
        frameloop="always"
        onCreated={({ camera }) => camera.lookAt(...BEDSIDE_VIEW.target)}
      >
        <Suspense fallback={null}>
          <ResusRoom onSelectEquipment={onSelectEquipment} />
        </Suspense>
        <DebugHandle />
      </Canvas>
    </SceneErrorBoundary>
  )
}

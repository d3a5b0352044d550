import { sharedGeometry, useVertexColourMaterial } from '../geometry/materials.ts'
import { Interactable } from '../Interactable.tsx'
import { MONITOR_PLACEMENT } from '../layout.ts'
import { WORLD_OBJECT_LABELS } from '../world-objects.ts'
import { MonitorScreen } from '../monitor/MonitorScreen.tsx'
import { MONITOR_SCREEN, buildMonitorHousing } from './small-items.ts'

/** The bedside monitor on its wall arm, with the live screen (MonitorScreen) in its mount. */
export function Monitor() {
  const material = useVertexColourMaterial()
  return (
    <Interactable
      equipment="monitor"
      label={WORLD_OBJECT_LABELS.monitor}
      position={MONITOR_PLACEMENT.at}
      rotationY={MONITOR_PLACEMENT.rotY}
      labelOffset={[0, 0.25, 0]}
    >
      <mesh geometry={sharedGeometry('monitor-housing', buildMonitorHousing)} material={material} />
      <group name="monitor-screen-mount" position={[0, 0, 0.0025]}>
        <MonitorScreen width={MONITOR_SCREEN.width} height={MONITOR_SCREEN.height} />
      </group>
    </Interactable>
  )
}

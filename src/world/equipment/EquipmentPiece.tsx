import type { BufferGeometry } from 'three'
import type { Vec3 } from '../geometry/kit.ts'
import { useVertexColourMaterial } from '../geometry/materials.ts'
import { Interactable } from '../Interactable.tsx'
import { toWorld, type Placement } from '../layout.ts'
import { WORLD_OBJECT_LABELS, type WorldTarget } from '../world-objects.ts'

export interface EquipmentPieceProps {
  equipment: WorldTarget
  geometry: BufferGeometry
  placement: Placement
  /** Local point a click aims at; it becomes the clickable group's origin. */
  pick: Vec3
  labelOffset: Vec3
}

/** One vertex-coloured object (one draw call) wrapped in its Interactable, its origin moved onto its pick point. */
export function EquipmentPiece({ equipment, geometry, placement, pick, labelOffset }: EquipmentPieceProps) {
  const material = useVertexColourMaterial()
  return (
    <Interactable
      equipment={equipment}
      label={WORLD_OBJECT_LABELS[equipment]}
      position={toWorld(placement, pick)}
      rotationY={placement.rotY}
      labelOffset={labelOffset}
    >
      <mesh geometry={geometry} material={material} position={[-pick[0], -pick[1], -pick[2]]} />
    </Interactable>
  )
}

import { sharedGeometry } from '../geometry/materials.ts'
import { BED_PLACEMENT } from '../layout.ts'
import { BED_PICK, buildBed } from './bed.ts'
import { EquipmentPiece } from './EquipmentPiece.tsx'

/** The hospital bed; clicking it (the headboard or rails) selects the bed, the patient on it is separate. */
export function Bed() {
  return (
    <EquipmentPiece
      equipment="bed"
      geometry={sharedGeometry('bed', buildBed)}
      placement={BED_PLACEMENT}
      pick={BED_PICK}
      labelOffset={[0, 0.2, 0]}
    />
  )
}

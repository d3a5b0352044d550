import { useMemo } from 'react'
import { useSim } from '../../store/index.ts'
import { sharedGeometry } from '../geometry/materials.ts'
import { PLACEMENTS, patientToWorld, toLocal } from '../layout.ts'
import { LEFT_WRIST_CANNULA } from '../patient/body-geometry.ts'
import { lookFor } from '../patient/appearance.ts'
import { EquipmentPiece } from './EquipmentPiece.tsx'
import { IV_STAND_PICK, buildIvStand } from './iv-stand.ts'

const placement = PLACEMENTS['iv-stand']
const lineEnd = toLocal(placement, patientToWorld(LEFT_WRIST_CANNULA))

/** The drip stand; a PCA pump hangs on it too while the scene's state shows one (sign `pca-pump`). */
export function IvStand() {
  const scenario = useSim((s) => s.scenario)
  const stateId = useSim((s) => s.sim?.stateId)
  const pca = scenario && stateId ? lookFor(scenario, stateId).signs.pcaPump : false
  const geometry = useMemo(
    () => sharedGeometry(pca ? 'iv-stand-pca' : 'iv-stand', () => buildIvStand({ lineEnd, pca })),
    [pca],
  )
  return (
    <EquipmentPiece
      equipment="iv-stand"
      geometry={geometry}
      placement={placement}
      pick={IV_STAND_PICK}
      labelOffset={[0, 0.25, 0]}
    />
  )
}

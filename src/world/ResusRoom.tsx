import { useMemo } from 'react'
import type { Equipment } from '../scenario/schema/index.ts'
import { useSim } from '../store/index.ts'
import { Bed } from './equipment/Bed.tsx'
import { STATIC_EQUIPMENT, type StaticEquipmentId } from './equipment/catalog.ts'
import { EquipmentPiece } from './equipment/EquipmentPiece.tsx'
import { IvStand } from './equipment/IvStand.tsx'
import { Monitor } from './equipment/Monitor.tsx'
import { sharedGeometry } from './geometry/materials.ts'
import { PLACEMENTS } from './layout.ts'
import { Patient } from './patient/Patient.tsx'
import { RoomShell } from './room/RoomShell.tsx'
import { SelectContext } from './select-context.ts'
import { Ghost } from './Ghost.tsx'
import { PoseSampler } from './PoseSampler.tsx'
import { SimClock } from './SimClock.tsx'
import { ListenerSync } from './ListenerSync.tsx'

const STATIC_IDS = Object.keys(STATIC_EQUIPMENT) as StaticEquipmentId[]

/** Soft, shadowless ward lighting: sky/floor hemisphere plus a ceiling key light and a window fill. */
function Lights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#8a857c', 1.3]} />
      <directionalLight position={[0.8, 2.8, 1.2]} intensity={2.1} />
      <directionalLight position={[-2.6, 1.8, 1.2]} intensity={0.55} color="#e8f0ff" />
    </>
  )
}

/**
 * The resus bay: room, lights, the sim clock, the bed with the patient, the monitor, and the
 * scenario's equipment (only what `setting.equipment` lists). Goes inside the UI's `<Canvas>`.
 */
export function ResusRoom({ onSelectEquipment }: { onSelectEquipment: (equipment: Equipment | 'patient') => void }) {
  const equipment = useSim((s) => s.scenario?.setting.equipment)
  const present = useMemo(() => new Set<Equipment>(equipment ?? []), [equipment])
  return (
    <SelectContext.Provider value={onSelectEquipment}>
      <SimClock />
      <PoseSampler />
      <ListenerSync />
      <Ghost />
      <Lights />
      <RoomShell />
      <Bed />
      <Monitor />
      <Patient />
      {STATIC_IDS.filter((id) => present.has(id)).map((id) => {
        const spec = STATIC_EQUIPMENT[id]
        return (
          <EquipmentPiece
            key={id}
            equipment={id}
            geometry={sharedGeometry(id, spec.build)}
            placement={PLACEMENTS[id]}
            pick={spec.pick}
            labelOffset={spec.labelOffset}
          />
        )
      })}
      {present.has('iv-stand') && <IvStand />}
    </SelectContext.Provider>
  )
}

import type { BufferGeometry } from 'three'
import type { Vec3 } from '../geometry/kit.ts'
import type { PLACEMENTS } from '../layout.ts'
import { BVM_PICK, GLUCOMETER_PICK, buildBvm, buildGlucometer } from './small-items.ts'
import {
  AIRWAY_TROLLEY_PICK,
  DEFIB_PICK,
  DRUG_CART_PICK,
  buildAirwayTrolley,
  buildDefibrillator,
  buildDrugCart,
} from './trolleys.ts'
import { OXYGEN_PICK, PHONE_PICK, SUCTION_PICK, buildOxygen, buildPhone, buildSuction } from './wall-devices.ts'

/** Equipment with a fixed shape: how to build it, where a click aims, where its label floats (local frame). */
export interface StaticEquipment {
  build(): BufferGeometry
  pick: Vec3
  labelOffset: Vec3
}

export type StaticEquipmentId = Exclude<keyof typeof PLACEMENTS, 'iv-stand'>

export const STATIC_EQUIPMENT: Record<StaticEquipmentId, StaticEquipment> = {
  defibrillator: { build: buildDefibrillator, pick: DEFIB_PICK, labelOffset: [0, 0.26, 0] },
  'drug-cart': { build: buildDrugCart, pick: DRUG_CART_PICK, labelOffset: [0, 0.55, 0] },
  'airway-trolley': { build: buildAirwayTrolley, pick: AIRWAY_TROLLEY_PICK, labelOffset: [0, 0.6, 0] },
  oxygen: { build: buildOxygen, pick: OXYGEN_PICK, labelOffset: [0, 0.2, 0] },
  suction: { build: buildSuction, pick: SUCTION_PICK, labelOffset: [0, 0.42, 0] },
  phone: { build: buildPhone, pick: PHONE_PICK, labelOffset: [0, 0.18, 0] },
  bvm: { build: buildBvm, pick: BVM_PICK, labelOffset: [0, 0.12, 0] },
  glucometer: { build: buildGlucometer, pick: GLUCOMETER_PICK, labelOffset: [0, 0.12, 0] },
}

import type { Equipment } from '../scenario/schema/index.ts'
import type { Vec3 } from './geometry/kit.ts'

/**
 * The bay in metres, y up, the bed head toward −z (the back wall). The patient lies supine, so the
 * patient's right is −x: the learner's default place is at the patient's right, level with the waist,
 * with the head end, the monitor and the trolleys in front of them; the drip runs into the left wrist.
 */
export const ROOM = { xMin: -2.6, xMax: 2.6, zBack: -2.4, zFront: 2.6, heightM: 2.8 } as const

export const BED = {
  /** Centre of the mattress on the floor plan. */
  centre: [0, 0, -0.5] as Vec3,
  lengthM: 2,
  widthM: 0.88,
  mattressTopM: 0.72,
} as const

/** Origin of the patient's body frame: the mattress surface under the middle of the chest. */
export const PATIENT_ORIGIN: Vec3 = [0, BED.mattressTopM, -0.82]

/** Suggested camera for desktop play: standing eye height at the patient's right, looking at patient and monitor. */
export const BEDSIDE_VIEW = {
  position: [-1.25, 1.65, -0.2] as Vec3,
  target: [0.15, 1.04, -1.45] as Vec3,
  fovDeg: 55,
} as const

/** The debrief's replay camera: from the foot of the bed, wide enough to show the learner's ghost. */
export const OVERVIEW_VIEW = {
  position: [1.4, 2.3, 1.6] as Vec3,
  target: [-0.3, 1.0, -1.0] as Vec3,
  fovDeg: 60,
} as const

/** Where an object stands (its local origin) and which way its front (+z) faces. */
export interface Placement {
  at: Vec3
  rotY: number
}

type Placed = Exclude<Equipment, 'bed' | 'monitor'>

export const PLACEMENTS: Record<Placed, Placement> = {
  defibrillator: { at: [1.02, 0, -0.72], rotY: -Math.PI / 2 },
  'drug-cart': { at: [1.5, 0, -1.85], rotY: -Math.PI / 4 },
  'airway-trolley': { at: [-0.58, 0, -2.05], rotY: 0.25 },
  'iv-stand': { at: [0.62, 0, -1.5], rotY: -0.9 },
  oxygen: { at: [-0.45, 1.35, ROOM.zBack], rotY: 0 },
  suction: { at: [0.3, 1.35, ROOM.zBack], rotY: 0 },
  phone: { at: [1.75, 1.35, ROOM.zBack], rotY: 0 },
  bvm: { at: [-0.6, 0.955, -2.04], rotY: 0.6 },
  glucometer: { at: [1.5, 1.005, -1.85], rotY: -Math.PI / 4 },
}

/** The monitor's screen centre, on a wall arm at the bed head, turned toward the learner. */
export const MONITOR_PLACEMENT: Placement = { at: [0.85, 1.9, -2.05], rotY: -0.45 }

export const BED_PLACEMENT: Placement = { at: BED.centre, rotY: 0 }

/** A point given in an object's local frame, in world coordinates. */
export function toWorld(placement: Placement, local: Vec3): Vec3 {
  const c = Math.cos(placement.rotY)
  const s = Math.sin(placement.rotY)
  const [x, y, z] = local
  return [placement.at[0] + c * x + s * z, placement.at[1] + y, placement.at[2] - s * x + c * z]
}

/** A world point in an object's local frame (the inverse of toWorld). */
export function toLocal(placement: Placement, world: Vec3): Vec3 {
  const c = Math.cos(placement.rotY)
  const s = Math.sin(placement.rotY)
  const x = world[0] - placement.at[0]
  const z = world[2] - placement.at[2]
  return [c * x - s * z, world[1] - placement.at[1], s * x + c * z]
}

/** A point of the patient's body frame in world coordinates (the body lies along z, unrotated). */
export const patientToWorld = (p: Vec3): Vec3 => [
  p[0] + PATIENT_ORIGIN[0],
  p[1] + PATIENT_ORIGIN[1],
  p[2] + PATIENT_ORIGIN[2],
]

import type { Action, Equipment } from '../../scenario/schema/index.ts'
import type { Vec3 } from '../../world/geometry/kit.ts'
import { LEFT_WRIST_CANNULA, MOUTH, STERNUM } from '../../world/patient/body-geometry.ts'
import { PLACEMENTS, patientToWorld, toWorld } from '../../world/layout.ts'

/** Where an item is put on the patient (room coordinates) and how near counts as there (m). */
export interface DropZone {
  name: string
  at: Vec3
  radiusM: number
}

/**
 * Something picked up with the grip (or a pinch) and put where it belongs, as at a real bedside. Which action
 * that is comes from the scene: the action at the item's equipment with one of its handlers (or category).
 */
export interface GrabItem {
  id: 'pads' | 'bvm' | 'syringe'
  label: string
  equipment: Equipment
  home: Vec3
  zones: DropZone[]
  /** The scene's actions this placement stands for. */
  matches(action: Action): boolean
}

const CHEST: DropZone = { name: 'chest', at: patientToWorld(STERNUM), radiusM: 0.2 }
const FACE: DropZone = { name: 'face', at: patientToWorld(MOUTH), radiusM: 0.15 }
const IV_PORT: DropZone = { name: 'IV port', at: patientToWorld(LEFT_WRIST_CANNULA), radiusM: 0.15 }
/** The anterolateral thighs (IM injections), in the patient's body frame: either side, mid-thigh. */
const THIGHS: DropZone[] = [-1, 1].map((side) => ({
  name: 'thigh',
  at: patientToWorld([side * 0.14, 0.14, 0.62]),
  radiusM: 0.15,
}))

const above = (p: Vec3, dy: number): Vec3 => [p[0], p[1] + dy, p[2]]

export const GRAB_ITEMS: readonly GrabItem[] = [
  {
    id: 'pads',
    label: 'Defibrillator pads',
    equipment: 'defibrillator',
    home: above(toWorld(PLACEMENTS.defibrillator, [0.18, 0.9, 0.1]), 0.03),
    zones: [CHEST],
    matches: (a) => a.handler === 'defib-pads',
  },
  {
    id: 'bvm',
    label: 'Bag-valve-mask',
    equipment: 'bvm',
    home: above(toWorld(PLACEMENTS.bvm, [0.12, 0, 0.05]), 0.05),
    zones: [FACE],
    matches: (a) => a.handler === 'ongoing-start' && a.ongoing === 'bvm',
  },
  {
    id: 'syringe',
    label: 'Syringe',
    equipment: 'drug-cart',
    home: above(toWorld(PLACEMENTS['drug-cart'], [0.12, 1.0, 0.05]), 0.02),
    zones: [IV_PORT, ...THIGHS],
    matches: (a) => a.category === 'drugs',
  },
]

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

/** The zone an item was let go in, if any. */
export function zoneAt(item: GrabItem, at: Vec3): DropZone | null {
  return item.zones.find((zone) => distance(zone.at, at) <= zone.radiusM) ?? null
}

/** What putting the item in place does: perform the one matching action, or choose among several. */
export type Placement =
  | { kind: 'perform'; actionId: string; needsDose: boolean }
  | { kind: 'choose'; equipment: Equipment }
  | { kind: 'none' }

export function placementOf(item: GrabItem, actions: Readonly<Record<string, Action>>): Placement {
  const ids = Object.entries(actions)
    .filter(([, a]) => a.equipment === item.equipment && item.matches(a))
    .map(([id]) => id)
  if (ids.length === 0) return { kind: 'none' }
  if (ids.length > 1) return { kind: 'choose', equipment: item.equipment }
  const id = ids[0] as string
  const action = actions[id] as Action
  return { kind: 'perform', actionId: id, needsDose: action.amount !== undefined || action.routes !== undefined }
}

import type { Equipment } from '../scenario/schema/index.ts'

export type WorldTarget = Equipment | 'patient'

/**
 * three.js `object.name` of each clickable group, e.g. for browser tests:
 * `window.__resus.scene.getObjectByName(WORLD_OBJECT_NAMES.defibrillator)`. Each group's origin lies
 * on a visible surface of its object, so projecting the origin gives a point that hits it.
 */
export const WORLD_OBJECT_NAMES: Record<WorldTarget, string> = {
  patient: 'interactable-patient',
  bed: 'interactable-bed',
  monitor: 'interactable-monitor',
  defibrillator: 'interactable-defibrillator',
  oxygen: 'interactable-oxygen',
  bvm: 'interactable-bvm',
  suction: 'interactable-suction',
  'airway-trolley': 'interactable-airway-trolley',
  'drug-cart': 'interactable-drug-cart',
  'iv-stand': 'interactable-iv-stand',
  glucometer: 'interactable-glucometer',
  phone: 'interactable-phone',
}

/** What the hover label says. */
export const WORLD_OBJECT_LABELS: Record<WorldTarget, string> = {
  patient: 'Patient',
  bed: 'Bed',
  monitor: 'Monitor',
  defibrillator: 'Defibrillator',
  oxygen: 'Oxygen (wall outlet)',
  bvm: 'Bag-valve-mask',
  suction: 'Suction',
  'airway-trolley': 'Airway trolley',
  'drug-cart': 'Drug cart',
  'iv-stand': 'IV stand',
  glucometer: 'Glucometer',
  phone: 'Phone',
}

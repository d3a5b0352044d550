import type { BufferGeometry } from 'three'
import { createKit, type Kit, type Vec3 } from '../geometry/kit.ts'
import { PALETTE } from './palette.ts'

/** The top of the bag. */
export const BVM_PICK: Vec3 = [-0.04, 0.125, 0]

/**
 * Self-inflating bag with mask, valve and reservoir, along local x starting at `x0`; shared by the
 * spare bag on the trolley and the one held on the patient's face.
 */
export function addBagValveMask(kit: Kit, x0: number, y: number): Kit {
  // Mask: black cushion ring and clear dome, facing down.
  kit.torus(0.045, 0.012, PALETTE.black, { at: [x0, y - 0.03, 0], rot: [Math.PI / 2, 0, 0], scale: [1, 1.3, 1] })
  kit.sphere(0.048, '#dde8ec', { at: [x0, y - 0.02, 0], scale: [1, 0.7, 1.25] }, 12)
  kit.cylinder(0.016, 0.05, PALETTE.white, { at: [x0, y + 0.025, 0] })
  kit.cylinder(0.018, 0.06, PALETTE.blue, { at: [x0 + 0.03, y + 0.05, 0], rot: [0, 0, Math.PI / 2] })
  return kit
}

/** The bag itself (separate so that the face bag can be squeezed). */
export function addBag(kit: Kit, x: number, y: number): Kit {
  return kit.sphere(0.068, '#6aa9d6', { at: [x, y, 0], scale: [1.8, 1, 1] }, 16)
}

export function addReservoir(kit: Kit, x: number, y: number): Kit {
  kit.cylinder(0.012, 0.05, PALETTE.white, { at: [x, y, 0], rot: [0, 0, Math.PI / 2] })
  return kit.sphere(0.07, '#bfe3c8', { at: [x + 0.14, y, 0], scale: [1.8, 0.75, 1] }, 12)
}

/** A spare bag-valve-mask lying on the airway trolley (origin on the trolley top). */
export function buildBvm(): BufferGeometry {
  const kit = createKit()
  addBagValveMask(kit, -0.2, 0.06)
  addBag(kit, -0.04, 0.065)
  addReservoir(kit, 0.1, 0.06)
  return kit.build()
}

export const GLUCOMETER_PICK: Vec3 = [0, 0.03, 0.05]

/** A glucometer with test strips and lancets in a white kidney dish (origin on the cart top). */
export function buildGlucometer(): BufferGeometry {
  const kit = createKit()
  kit.cylinder(0.1, 0.02, PALETTE.white, { at: [0, 0.01, 0.05], scale: [1.3, 1, 0.7] })
  kit.box([0.065, 0.02, 0.11], '#3a6ea5', { at: [-0.03, 0.03, 0.05], rot: [0, 0.2, 0] })
  kit.box([0.045, 0.004, 0.04], '#c9e0c9', { at: [-0.036, 0.041, 0.03], rot: [0, 0.2, 0] })
  kit.cylinder(0.016, 0.05, PALETTE.white, { at: [0.06, 0.045, 0.03] })
  kit.cylinder(0.017, 0.012, PALETTE.blue, { at: [0.06, 0.074, 0.03] })
  kit.box([0.04, 0.015, 0.03], PALETTE.yellow, { at: [0.06, 0.027, 0.09] })
  return kit.build()
}

export const MONITOR_PICK: Vec3 = [0, 0, 0.002]

/** Size of the screen area the live monitor texture fills (metres). */
export const MONITOR_SCREEN = { width: 0.4, height: 0.26 } as const

/** The bedside monitor's housing around its screen (origin at the screen centre, front +z). */
export function buildMonitorHousing(): BufferGeometry {
  const kit = createKit()
  const { width: w, height: h } = MONITOR_SCREEN
  kit.box([w + 0.06, h + 0.1, 0.08], '#30353b', { at: [0, -0.02, -0.041] })
  kit.box([w + 0.01, h + 0.01, 0.004], PALETTE.screen, { at: [0, 0, -0.0005] })
  for (let i = 0; i < 5; i++) kit.box([0.03, 0.012, 0.006], '#59616a', { at: [-0.12 + i * 0.05, -h / 2 - 0.035, 0] })
  kit.cylinder(0.014, 0.008, '#9aa3ad', { at: [w / 2 - 0.02, -h / 2 - 0.035, 0.002], rot: [Math.PI / 2, 0, 0] })
  // Alarm light bar and carrying handle on top, mounting plate behind.
  kit.box([0.12, 0.014, 0.03], '#e2b23a', { at: [0, h / 2 + 0.037, -0.02] })
  kit.rod([-0.16, h / 2 + 0.05, -0.05], [0.16, h / 2 + 0.05, -0.05], 0.01, '#30353b')
  kit.box([0.12, 0.12, 0.04], PALETTE.darkSteel, { at: [0, -0.02, -0.1] })
  return kit.build()
}

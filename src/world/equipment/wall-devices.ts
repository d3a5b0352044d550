import type { BufferGeometry } from 'three'
import { createKit, type Vec3 } from '../geometry/kit.ts'
import { PALETTE } from './palette.ts'

/** Wall devices: local origin on the wall (or bed-head trunking) surface, front +z. */

export const OXYGEN_PICK: Vec3 = [0, 0.1, 0.08]

/** A wall oxygen outlet with a flowmeter (clear tube, float, green knob) and green tubing. */
export function buildOxygen(): BufferGeometry {
  const kit = createKit()
  kit.box([0.12, 0.12, 0.016], PALETTE.white, { at: [0, 0, 0.008] })
  kit.cylinder(0.034, 0.012, PALETTE.oxygenGreen, { at: [0, 0, 0.02], rot: [Math.PI / 2, 0, 0] })
  kit.cylinder(0.02, 0.05, PALETTE.chrome, { at: [0, 0, 0.045], rot: [Math.PI / 2, 0, 0] })
  // Flowmeter: chrome block, clear graduated tube with a float, green flow knob on top.
  kit.box([0.05, 0.04, 0.04], PALETTE.chrome, { at: [0, 0.02, 0.07] })
  kit.cylinder(0.022, 0.15, PALETTE.clearPlastic, { at: [0, 0.11, 0.075] })
  for (let i = 0; i < 5; i++) kit.box([0.012, 0.002, 0.002], PALETTE.black, { at: [0.012, 0.06 + i * 0.025, 0.097] })
  kit.sphere(0.008, PALETTE.oxygenGreen, { at: [0, 0.08, 0.075] }, 8)
  kit.cylinder(0.016, 0.02, PALETTE.chrome, { at: [0, 0.195, 0.075] })
  kit.cylinder(0.024, 0.025, PALETTE.oxygenGreen, { at: [0, 0.22, 0.075] })
  // Outlet nipple and a loop of green tubing.
  kit.cylinder(0.007, 0.04, PALETTE.oxygenGreen, { at: [0, -0.01, 0.07] })
  kit.tube(
    [
      [0, -0.03, 0.07],
      [0.02, -0.15, 0.09],
      [0.09, -0.22, 0.07],
      [0.12, -0.12, 0.05],
      [0.07, -0.06, 0.04],
    ],
    0.0045,
    '#63c08a',
    20,
  )
  return kit.build()
}

export const SUCTION_PICK: Vec3 = [0, -0.22, 0.16]

/** Wall suction: regulator with vacuum gauge, collection canister, tubing and a Yankauer. */
export function buildSuction(): BufferGeometry {
  const kit = createKit()
  kit.box([0.12, 0.12, 0.016], PALETTE.white, { at: [0, 0.05, 0.008] })
  kit.box([0.07, 0.09, 0.05], PALETTE.offWhite, { at: [0, 0.05, 0.04] })
  kit.cylinder(0.045, 0.02, PALETTE.black, { at: [0, 0.1, 0.07], rot: [Math.PI / 2, 0, 0] })
  kit.cylinder(0.038, 0.022, PALETTE.white, { at: [0, 0.1, 0.072], rot: [Math.PI / 2, 0, 0] })
  kit.box([0.004, 0.03, 0.002], '#d0302a', { at: [0.008, 0.108, 0.084], rot: [0, 0, -0.6] })
  kit.cylinder(0.012, 0.02, PALETTE.yellow, { at: [0.05, 0.04, 0.05], rot: [0, 0, Math.PI / 2] })
  // Canister on a bracket.
  kit.box([0.1, 0.03, 0.12], PALETTE.midGrey, { at: [0, -0.1, 0.07] })
  kit.cylinder(0.075, 0.22, '#e9eff2', { at: [0, -0.23, 0.1] })
  kit.cylinder(0.07, 0.1, '#e9dba8', { at: [0, -0.28, 0.1] })
  kit.cylinder(0.079, 0.025, PALETTE.blue, { at: [0, -0.11, 0.1] })
  kit.tube(
    [
      [0.03, -0.1, 0.12],
      [0.11, -0.05, 0.16],
      [0.16, -0.25, 0.16],
      [0.14, -0.42, 0.13],
      [0.12, -0.3, 0.1],
    ],
    0.006,
    '#d4e4ea',
    20,
  )
  kit.rod([0.12, -0.3, 0.1], [0.13, -0.12, 0.06], 0.008, '#e4eef2', 6)
  return kit.build()
}

export const PHONE_PICK: Vec3 = [-0.025, 0.02, 0.09]

/** A wall telephone with its handset on the hook, a coiled cord and a red "arrest call" sticker. */
export function buildPhone(): BufferGeometry {
  const kit = createKit()
  kit.box([0.12, 0.22, 0.05], PALETTE.beige, { at: [0, 0, 0.025] })
  kit.capsule(0.022, 0.16, '#3a3f45', { at: [-0.025, 0.02, 0.07] })
  kit.sphere(0.03, '#3a3f45', { at: [-0.025, 0.11, 0.066], scale: [1, 0.6, 0.8] })
  kit.sphere(0.03, '#3a3f45', { at: [-0.025, -0.07, 0.066], scale: [1, 0.6, 0.8] })
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 3; c++)
      kit.box([0.012, 0.012, 0.006], PALETTE.offWhite, { at: [0.028 + c * 0.016, 0.05 - r * 0.02, 0.052] })
  }
  kit.box([0.05, 0.024, 0.003], PALETTE.crashRed, { at: [0.04, -0.07, 0.052] })
  const coil: Vec3[] = []
  for (let i = 0; i <= 48; i++) {
    const a = i * 0.9
    coil.push([-0.055 + Math.cos(a) * 0.012, -0.09 - i * 0.004, 0.06 + Math.sin(a) * 0.012])
  }
  kit.tube(coil, 0.003, '#3a3f45', 120)
  return kit.build()
}

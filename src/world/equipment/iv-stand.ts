import type { BufferGeometry } from 'three'
import { createKit, type Vec3 } from '../geometry/kit.ts'
import { PALETTE } from './palette.ts'

const POLE_TOP = 2.0
const BAG_Y = 1.78

/** The fluid bag's label. */
export const IV_STAND_PICK: Vec3 = [0.14, BAG_Y, 0.036]

export interface IvStandOptions {
  /** Where the giving set ends (the cannula in the patient's hand), in the stand's local frame. */
  lineEnd: Vec3
  /** A patient-controlled analgesia pump clamped to the pole as well. */
  pca: boolean
}

/** A drip stand on castors with a fluid bag, giving set through an infusion pump to the patient's hand. */
export function buildIvStand({ lineEnd, pca }: IvStandOptions): BufferGeometry {
  const kit = createKit()
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2
    const foot: Vec3 = [Math.cos(a) * 0.3, 0.07, Math.sin(a) * 0.3]
    kit.rod([0, 0.1, 0], foot, 0.013, PALETTE.steel, 6)
    kit.sphere(0.03, PALETTE.rubber, { at: [foot[0], 0.03, foot[2]] }, 8)
  }
  kit.rod([0, 0.08, 0], [0, POLE_TOP, 0], 0.013, PALETTE.chrome)
  kit.rod([-0.14, POLE_TOP, 0], [0.14, POLE_TOP, 0], 0.007, PALETTE.chrome, 6)
  for (const x of [-0.14, 0.14]) kit.torus(0.02, 0.004, PALETTE.chrome, { at: [x, POLE_TOP - 0.02, 0] }, Math.PI)
  // Fluid bag with a label, drip chamber and the giving set.
  const bagX = 0.14
  kit.capsule(0.06, 0.12, '#e3eef3', { at: [bagX, BAG_Y, 0.01], scale: [1, 1, 0.35] })
  kit.box([0.08, 0.08, 0.004], PALETTE.white, { at: [bagX, BAG_Y + 0.01, 0.034] })
  kit.box([0.08, 0.014, 0.005], PALETTE.blue, { at: [bagX, BAG_Y + 0.04, 0.035] })
  kit.cylinder(0.006, 0.05, PALETTE.white, { at: [bagX, BAG_Y - 0.14, 0.01] })
  kit.cylinder(0.011, 0.05, '#dfeef4', { at: [bagX, BAG_Y - 0.19, 0.01] })
  // Infusion pump on the pole.
  const pumpY = 1.15
  kit.box([0.16, 0.2, 0.13], '#e5e8eb', { at: [0.06, pumpY, 0.04] })
  kit.box([0.1, 0.06, 0.005], PALETTE.screen, { at: [0.06, pumpY + 0.05, 0.108] })
  kit.box([0.1, 0.05, 0.005], '#3a6ea5', { at: [0.06, pumpY - 0.04, 0.108] })
  kit.box([0.04, 0.05, 0.05], PALETTE.darkSteel, { at: [0, pumpY, 0] })
  const line = '#eef5f8'
  kit.tube(
    [
      [bagX, BAG_Y - 0.22, 0.01],
      [bagX + 0.03, 1.5, 0.06],
      [0.12, pumpY + 0.12, 0.1],
      [0.1, pumpY + 0.06, 0.11],
    ],
    0.003,
    line,
    16,
  )
  const [ex, ey, ez] = lineEnd
  kit.tube(
    [
      [0.05, pumpY - 0.1, 0.1],
      [0.04, pumpY - 0.35, 0.15],
      [ex * 0.5, ey + 0.05, ez * 0.5 + 0.1],
      [ex * 0.85, ey + 0.06, ez * 0.85],
      [ex, ey, ez],
    ],
    0.003,
    line,
    32,
  )
  kit.box([0.03, 0.006, 0.04], PALETTE.white, { at: [ex, ey + 0.012, ez] })
  if (pca) {
    const y = 1.42
    kit.box([0.13, 0.17, 0.1], '#f3f4f5', { at: [0.05, y, 0.03] })
    kit.box([0.08, 0.05, 0.005], PALETTE.screen, { at: [0.05, y + 0.04, 0.082] })
    kit.box([0.09, 0.05, 0.03], '#5a7fa8', { at: [0.05, y - 0.04, 0.09] })
    kit.box([0.04, 0.04, 0.05], PALETTE.darkSteel, { at: [0, y, 0] })
    kit.tube(
      [
        [0.05, y - 0.09, 0.06],
        [0.07, y - 0.4, 0.14],
        [ex * 0.55, ey + 0.03, ez * 0.55 + 0.08],
        [ex, ey + 0.01, ez],
      ],
      0.0025,
      '#f5f0da',
      24,
    )
  }
  return kit.build()
}

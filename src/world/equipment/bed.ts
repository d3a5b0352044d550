import type { BufferGeometry } from 'three'
import { createKit, type Kit, type Vec3 } from '../geometry/kit.ts'
import { PALETTE } from './palette.ts'

/** Local frame: origin on the floor under the middle of the mattress, head end toward −z. */
const HALF_LENGTH = 1
const HALF_WIDTH = 0.44
const TOP = 0.72

/** The point a click on the bed aims at: the middle of the headboard, above the pillow. */
export const BED_PICK: Vec3 = [0, 0.97, -HALF_LENGTH - 0.02]

/** A side rail: two tubes on posts; `up` rails stand above the mattress, lowered ones hang beside it. */
function rail(kit: Kit, x: number, z0: number, z1: number, up: boolean): void {
  const base = up ? TOP + 0.02 : TOP - 0.3
  const top = base + 0.26
  const c = PALETTE.lightGrey
  kit.rod([x, top, z0], [x, top, z1], 0.016, c)
  kit.rod([x, base + 0.13, z0 + 0.04], [x, base + 0.13, z1 - 0.04], 0.011, PALETTE.chrome)
  kit.rod([x, base, z0], [x, top, z0], 0.016, c)
  kit.rod([x, base, z1], [x, top, z1], 0.016, c)
  // Hinge brackets to the frame.
  kit.box([0.05, 0.08, 0.04], PALETTE.darkSteel, { at: [x * 0.97, TOP - 0.12, z0 + 0.08] })
  kit.box([0.05, 0.08, 0.04], PALETTE.darkSteel, { at: [x * 0.97, TOP - 0.12, z1 - 0.08] })
}

function endBoard(kit: Kit, z: number, height: number): void {
  const bottom = TOP - 0.1
  kit.box([HALF_WIDTH * 2 + 0.04, height, 0.04], PALETTE.beige, { at: [0, bottom + height / 2, z] })
  kit.box([HALF_WIDTH * 2 + 0.08, 0.05, 0.06], PALETTE.midGrey, { at: [0, bottom + height, z] })
  kit.rod([-HALF_WIDTH - 0.04, bottom - 0.05, z], [-HALF_WIDTH - 0.04, bottom + height, z], 0.022, PALETTE.midGrey)
  kit.rod([HALF_WIDTH + 0.04, bottom - 0.05, z], [HALF_WIDTH + 0.04, bottom + height, z], 0.022, PALETTE.midGrey)
}

/** A hospital bed: mattress and sheet on a lifting frame with castors, head and foot boards, side rails. */
export function buildBed(): BufferGeometry {
  const kit = createKit()
  // Mattress (blue vinyl) under a white sheet, and the pillow at the head end.
  kit.box([HALF_WIDTH * 2, 0.13, HALF_LENGTH * 2], PALETTE.mattress, { at: [0, TOP - 0.075, 0] })
  kit.box([HALF_WIDTH * 2 + 0.012, 0.07, HALF_LENGTH * 2 - 0.02], PALETTE.sheet, { at: [0, TOP - 0.03, 0] })
  kit.capsule(0.06, 0.44, PALETTE.white, {
    at: [0, TOP + 0.035, -HALF_LENGTH + 0.2],
    rot: [0, 0, Math.PI / 2],
    scale: [1, 1, 2.1],
  })
  // Frame, lifting columns, base and castors.
  kit.box([HALF_WIDTH * 2 - 0.04, 0.06, HALF_LENGTH * 2 - 0.04], PALETTE.steel, { at: [0, TOP - 0.17, 0] })
  kit.box([0.7, 0.1, 1.7], PALETTE.lightGrey, { at: [0, 0.18, 0] })
  for (const z of [-0.55, 0.55]) kit.cylinder(0.06, 0.34, PALETTE.darkSteel, { at: [0, 0.38, z] })
  for (const x of [-0.33, 0.33]) {
    for (const z of [-0.8, 0.8]) {
      kit.box([0.03, 0.08, 0.05], PALETTE.darkSteel, { at: [x, 0.11, z] })
      kit.cylinder(0.06, 0.045, PALETTE.rubber, { at: [x, 0.06, z], rot: [0, 0, Math.PI / 2] })
    }
  }
  endBoard(kit, -HALF_LENGTH - 0.05, 0.45)
  endBoard(kit, HALF_LENGTH + 0.05, 0.36)
  // Foot-end control panel and a CPR quick-release lever on the learner's side.
  kit.box([0.3, 0.1, 0.01], PALETTE.darkSteel, { at: [0, TOP + 0.1, HALF_LENGTH + 0.075] })
  kit.box([0.12, 0.03, 0.03], PALETTE.crashRed, { at: [-HALF_WIDTH - 0.02, TOP - 0.16, -0.35] })
  // Far rails up; the near rails (patient's right, where the learner works) lowered.
  rail(kit, HALF_WIDTH + 0.04, -0.85, -0.1, true)
  rail(kit, HALF_WIDTH + 0.04, 0.05, 0.8, true)
  rail(kit, -HALF_WIDTH - 0.04, -0.85, -0.1, false)
  rail(kit, -HALF_WIDTH - 0.04, 0.05, 0.8, false)
  return kit.build()
}

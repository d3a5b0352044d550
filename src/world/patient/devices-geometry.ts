import type { BufferGeometry } from 'three'
import { addBag, addBagValveMask, addReservoir } from '../equipment/small-items.ts'
import { PALETTE } from '../equipment/palette.ts'
import { createKit, type Vec3 } from '../geometry/kit.ts'
import { AIRWAY_POSE, CPR_POSE, addFigure } from './figure.ts'

/** Devices on the patient, in the patient's frame (see body-geometry.ts). */

const RIGHT_PAD: Vec3 = [-0.09, 0.222, -0.17]
const APEX_PAD: Vec3 = [0.175, 0.15, 0.02]

/** Defibrillator pads: right infraclavicular and left mid-axillary (apical), as placed in adults. */
export function buildPads(): BufferGeometry {
  const kit = createKit()
  kit.box([0.11, 0.006, 0.13], PALETTE.white, { at: RIGHT_PAD, rot: [0, 0, 0.12] })
  kit.box([0.085, 0.007, 0.1], '#d7dde2', { at: RIGHT_PAD, rot: [0, 0, 0.12] })
  kit.box([0.11, 0.006, 0.13], PALETTE.white, { at: APEX_PAD, rot: [0, 0.3, -0.95] })
  kit.box([0.085, 0.007, 0.1], '#d7dde2', { at: APEX_PAD, rot: [0, 0.3, -0.95] })
  return kit.build()
}

/** The pads' cables from their connectors to the defibrillator (static: they do not follow the chest). */
export function buildPadCables(defib: Vec3): BufferGeometry {
  const [dx, dy, dz] = defib
  return createKit()
    .tube(
      [
        [RIGHT_PAD[0], RIGHT_PAD[1] + 0.01, RIGHT_PAD[2] - 0.07],
        [-0.02, 0.24, -0.3],
        [0.3, 0.05, -0.25],
        [0.5, -0.05, -0.1],
        [dx - 0.05, dy - 0.1, dz + 0.05],
        [dx, dy, dz],
      ],
      0.005,
      '#3b3f45',
      40,
    )
    .tube(
      [
        [APEX_PAD[0] + 0.04, APEX_PAD[1] - 0.04, APEX_PAD[2] - 0.05],
        [0.3, 0.02, -0.05],
        [0.52, -0.08, -0.05],
        [dx - 0.05, dy - 0.12, dz + 0.08],
        [dx, dy - 0.02, dz + 0.02],
      ],
      0.005,
      '#3b3f45',
      32,
    )
    .build()
}

/** A non-rebreather mask over nose and mouth with its reservoir bag and the tubing to the wall outlet. */
export function buildOxygenMask(outlet: Vec3): BufferGeometry {
  const kit = createKit()
  kit.sphere(1, '#cfe9d8', { at: [0, 0.232, -0.405], rot: [0.3, 0, 0], scale: [0.05, 0.045, 0.068] }, 14)
  kit.torus(0.1, 0.0018, '#e8eef0', { at: [0, 0.17, -0.43], scale: [0.85, 0.9, 1] })
  // Reservoir bag resting on the upper chest.
  kit.sphere(1, '#b8e0c4', { at: [0.02, 0.222, -0.21], rot: [0.15, 0, 0], scale: [0.06, 0.026, 0.085] }, 12)
  kit.tube(
    [[0, 0.24, -0.35], [-0.12, 0.15, -0.33], [-0.3, 0.1, -0.55], [-0.42, 0.3, -1.1], outlet],
    0.0045,
    '#63c08a',
    40,
  )
  return kit.build()
}

/** The bag-mask on the face (mask, valve and reservoir; the bag is separate so it can be squeezed). */
export function buildFaceBvm(outlet: Vec3): BufferGeometry {
  const kit = createKit()
  // The shared builders lie along +x; turned, they run from the face toward the head of the bed.
  const turned = { rot: [0, Math.PI / 2, 0] as Vec3 }
  kit.geometry(addBagValveMask(createKit(), 0, 0).build(), null, { ...turned, at: [0, 0.27, -0.405] })
  kit.geometry(addReservoir(createKit(), 0, 0).build(), null, { ...turned, at: [0, 0.31, -0.74] })
  kit.tube([[0, 0.31, -1.0], [-0.1, 0.2, -1.0], [-0.3, 0.2, -1.2], outlet], 0.0045, '#63c08a', 40)
  return kit.build()
}

/** The self-inflating bag held above the face (origin at its centre, so that it can be squeezed). */
export const FACE_BAG_CENTRE: Vec3 = [0, 0.315, -0.59]

export function buildFaceBag(): BufferGeometry {
  return createKit()
    .geometry(addBag(createKit(), 0, 0).build(), null, { rot: [0, Math.PI / 2, 0] })
    .build()
}

/** The team member doing compressions (moves down with each compression). */
export function buildCprRescuer(): BufferGeometry {
  return addFigure(createKit(), CPR_POSE).build()
}

/** The team member at the head of the bed ventilating with the bag-mask. */
export function buildAirwayRescuer(): BufferGeometry {
  return addFigure(createKit(), AIRWAY_POSE).build()
}

/** Pink frothy sputum at the mouth (pulmonary oedema). */
export function buildFroth(): BufferGeometry {
  const kit = createKit()
  const blobs: Vec3[] = [
    [-0.012, 0.234, -0.376],
    [0.01, 0.233, -0.372],
    [0.0, 0.236, -0.368],
    [0.018, 0.23, -0.366],
  ]
  for (const at of blobs) kit.sphere(0.007, '#f2c6c8', { at }, 8)
  return kit.build()
}

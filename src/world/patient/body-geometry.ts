import { SphereGeometry, type BufferGeometry } from 'three'
import { createKit, type Vec3 } from '../geometry/kit.ts'

/**
 * The patient's body, lying supine. Frame: origin on the mattress under the middle of the chest,
 * y up (the front of the body), −z toward the head, −x the patient's right.
 */
export interface BodyBuild {
  sex: 'female' | 'male'
  ageYears: number
}

export const HEAD_CENTRE: Vec3 = [0, 0.15, -0.45]
const HEAD_RADII: Vec3 = [0.078, 0.095, 0.11]
/** Middle of the mouth: lips and tongue swell about it. */
export const MOUTH: Vec3 = [0, 0.225, -0.384]
export const EYES: readonly Vec3[] = [
  [-0.03, 0.227, -0.452],
  [0.03, 0.227, -0.452],
]
/** Top of the chest (sternum) where compressions and the click land. */
export const STERNUM: Vec3 = [0, 0.225, -0.06]

export const GOWN = '#86acd3'
const BLANKET = '#cfdcbf'

const shoulderX = (b: BodyBuild) => (b.sex === 'female' ? 0.18 : 0.2)
const armRadius = (b: BodyBuild) => (b.sex === 'female' ? 0.038 : 0.044)
const hairColor = (b: BodyBuild) => (b.ageYears >= 55 ? '#8f8a84' : '#3b2a20')

/** Head, face (nose, ears) and neck, in the skin material. */
export function buildHeadSkin(): BufferGeometry {
  const [, cy, cz] = HEAD_CENTRE
  return createKit()
    .sphere(1, '#ffffff', { at: HEAD_CENTRE, scale: HEAD_RADII }, 20)
    .sphere(1, '#ffffff', { at: [0, 0.24, -0.422], rot: [0.35, 0, 0], scale: [0.012, 0.016, 0.024] }, 10)
    .sphere(1, '#ffffff', { at: [-0.077, cy, cz], scale: [0.012, 0.03, 0.022] }, 8)
    .sphere(1, '#ffffff', { at: [0.077, cy, cz], scale: [0.012, 0.03, 0.022] }, 8)
    .sphere(1, '#ffffff', { at: [0, 0.18, -0.352], scale: [0.032, 0.03, 0.022] }, 10)
    .limb([0, 0.12, -0.37], [0, 0.1, -0.24], 0.052, '#ffffff')
    .build()
}

/** Eyelids: skin caps over the eyes, shown when the eyes are closed. */
export function buildEyelids(): BufferGeometry {
  const kit = createKit()
  for (const eye of EYES) kit.sphere(0.0145, '#ffffff', { at: eye, scale: [1, 0.95, 0.8] }, 10)
  return kit.build()
}

/** Eyes (sclera and iris), eyebrows and hair, vertex-coloured. */
export function buildHeadDetails(b: BodyBuild): BufferGeometry {
  const kit = createKit()
  const hair = hairColor(b)
  for (const [x, y, z] of EYES) {
    kit.sphere(0.0135, '#f4f1ec', { at: [x, y, z], scale: [1, 0.9, 0.75] }, 10)
    kit.sphere(0.0068, '#3d2c22', { at: [x, y + 0.0095, z], scale: [1, 0.45, 1] }, 8)
    kit.box([0.028, 0.004, 0.006], hair, { at: [x * 1.05, y + 0.011, z - 0.022], rot: [0, x > 0 ? -0.15 : 0.15, 0] })
  }
  // Hair: a cap over the crown and the back of the head (which rests on the pillow).
  const cap = new SphereGeometry(1, 18, 10, 0, Math.PI * 2, 0, b.sex === 'female' ? 1.7 : 1.55)
  cap.rotateX(-2.05)
  kit.geometry(cap, hair, { at: [0, HEAD_CENTRE[1] - 0.004, HEAD_CENTRE[2] - 0.006], scale: [0.083, 0.1, 0.115] })
  if (b.sex === 'female') kit.sphere(1, hair, { at: [0, 0.075, -0.58], scale: [0.15, 0.025, 0.1] }, 14)
  return kit.build()
}

/** Upper and lower lip around the mouth centre (origin at MOUTH, so that swelling scales about it). */
export function buildLips(): BufferGeometry {
  return createKit()
    .sphere(1, '#ffffff', { at: [0, 0.001, -0.006], scale: [0.022, 0.0055, 0.0065] }, 12)
    .sphere(1, '#ffffff', { at: [0, -0.001, 0.007], scale: [0.021, 0.006, 0.007] }, 12)
    .build()
}

/** A swollen tongue pushing between the lips (origin at MOUTH). */
export function buildTongue(): BufferGeometry {
  return createKit()
    .sphere(1, '#ffffff', { at: [0, 0.002, 0.001], scale: [0.016, 0.008, 0.012] }, 10)
    .build()
}

/** Chest and abdomen skin (scaled about the back for breathing and compressions). */
export function buildTorsoSkin(b: BodyBuild): BufferGeometry {
  const w = b.sex === 'female' ? 0.92 : 1
  return createKit()
    .capsule(1, 1.2, '#ffffff', { at: [0, 0.1, -0.02], rot: [Math.PI / 2, 0, 0], scale: [0.185 * w, 0.15, 0.1] })
    .capsule(1, 1, '#ffffff', { at: [0, 0.085, 0.22], rot: [Math.PI / 2, 0, 0], scale: [0.17 * w, 0.1, 0.085] })
    .build()
}

/** The gown over chest and abdomen, leaving the neckline bare. */
export function buildGown(b: BodyBuild): BufferGeometry {
  const w = b.sex === 'female' ? 0.92 : 1
  return createKit()
    .capsule(1, 1.1, GOWN, { at: [0, 0.102, 0.0], rot: [Math.PI / 2, 0, 0], scale: [0.195 * w, 0.14, 0.108] })
    .capsule(1, 1, GOWN, { at: [0, 0.088, 0.23], rot: [Math.PI / 2, 0, 0], scale: [0.18 * w, 0.1, 0.093] })
    .build()
}

/** Arms and hands (skin), resting beside the body. */
export function buildLimbs(b: BodyBuild): BufferGeometry {
  const kit = createKit()
  const sx = shoulderX(b)
  const r = armRadius(b)
  for (const side of [-1, 1]) {
    kit.limb([side * sx, 0.09, -0.19], [side * (sx + 0.035), 0.055, 0.08], r, '#ffffff')
    kit.limb([side * (sx + 0.035), 0.055, 0.08], [side * (sx + 0.045), 0.045, 0.32], r * 0.82, '#ffffff')
    kit.sphere(1, '#ffffff', { at: [side * (sx + 0.05), 0.032, 0.39], scale: [0.036, 0.018, 0.06] }, 10)
  }
  return kit.build()
}

/** Gown sleeves, the blanket over the legs (with its hanging sides and turned-down edge) and the rolled gown. */
export function buildCoverings(b: BodyBuild): BufferGeometry {
  const kit = createKit()
  const sx = shoulderX(b)
  for (const side of [-1, 1]) {
    kit.limb([side * sx, 0.09, -0.19], [side * (sx + 0.015), 0.075, -0.06], armRadius(b) + 0.012, GOWN)
    const leg = { rot: [Math.PI / 2, 0, 0] as Vec3 }
    kit.capsule(1, 4, BLANKET, { ...leg, at: [side * 0.1, 0.055, 0.58], scale: [0.085, 0.1, 0.065] })
    kit.capsule(1, 5, BLANKET, { ...leg, at: [side * 0.1, 0.045, 1.0], scale: [0.065, 0.075, 0.055] })
    kit.sphere(1, BLANKET, { at: [side * 0.1, 0.085, 1.29], scale: [0.055, 0.09, 0.05] }, 10)
  }
  kit.box([0.36, 0.07, 0.95], BLANKET, { at: [0, 0.035, 0.8] })
  for (const side of [-1, 1]) kit.box([0.012, 0.18, 0.95], BLANKET, { at: [side * 0.455, -0.04, 0.8] })
  kit.box([0.92, 0.012, 0.95], BLANKET, { at: [0, 0.045, 0.8] })
  kit.limb([-0.45, 0.1, 0.33], [0.45, 0.1, 0.33], 0.028, '#f3f5f0')
  return kit.build()
}

/** The gown pulled down to the waist when the chest is bared for pads or compressions. */
export function buildLoweredGown(): BufferGeometry {
  return createKit().limb([-0.19, 0.1, 0.22], [0.19, 0.1, 0.22], 0.07, GOWN).build()
}

/** Where the IV cannula sits: the back of the left wrist (the drip stand is on the patient's left). */
export const LEFT_WRIST_CANNULA: Vec3 = [0.235, 0.075, 0.31]

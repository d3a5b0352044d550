import type { Kit, Vec3 } from '../geometry/kit.ts'

type Pair = readonly [Vec3, Vec3]

/** Joint positions of a simple, faceless team member (in the patient's frame). */
export interface Pose {
  head: Vec3
  neck: Vec3
  pelvis: Vec3
  shoulders: Pair
  elbows: Pair
  hands: Pair
  hips: Pair
  knees: Pair
  feet: Pair
}

const SCRUBS = '#2f4a78'
const SKIN = '#b98463'
const GLOVES = '#7560d0'
const CAP = '#3f7f8f'

const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/** A team member in scrubs and gloves, built from capsules: enough to show what is being done. */
export function addFigure(kit: Kit, pose: Pose): Kit {
  const chest = lerp(pose.neck, pose.pelvis, 0.3)
  kit.limb(chest, pose.pelvis, 0.15, SCRUBS)
  kit.limb(pose.shoulders[0], pose.shoulders[1], 0.07, SCRUBS)
  kit.limb(pose.neck, pose.head, 0.045, SKIN)
  kit.sphere(0.1, SKIN, { at: pose.head, scale: [0.95, 1.05, 0.95] }, 14)
  kit.sphere(0.104, CAP, { at: lerp(pose.neck, pose.head, 1.12), scale: [1, 0.8, 1] }, 12)
  for (const i of [0, 1] as const) {
    const shoulder = pose.shoulders[i]
    const elbow = pose.elbows[i]
    const hand = pose.hands[i]
    kit.limb(shoulder, lerp(shoulder, elbow, 0.6), 0.052, SCRUBS)
    kit.limb(shoulder, elbow, 0.042, SKIN)
    kit.limb(elbow, lerp(elbow, hand, 0.7), 0.035, SKIN)
    kit.limb(lerp(elbow, hand, 0.7), hand, 0.036, GLOVES)
    kit.sphere(0.045, GLOVES, { at: hand, scale: [1, 0.55, 1.2] }, 10)
    kit.limb(pose.hips[i], pose.knees[i], 0.075, SCRUBS)
    kit.limb(pose.knees[i], pose.feet[i], 0.06, SCRUBS)
    kit.box([0.11, 0.07, 0.26], '#22252a', { at: [pose.feet[i][0], pose.feet[i][1] - 0.02, pose.feet[i][2]] })
  }
  return kit
}

/** Compressions from the patient's left: interlocked hands on the lower sternum, arms straight. */
export const CPR_POSE: Pose = {
  hands: [
    [0, 0.25, -0.07],
    [0, 0.275, -0.05],
  ],
  elbows: [
    [0.07, 0.5, -0.14],
    [0.07, 0.5, 0.02],
  ],
  shoulders: [
    [0.15, 0.75, -0.22],
    [0.15, 0.75, 0.1],
  ],
  neck: [0.17, 0.78, -0.06],
  head: [0.1, 0.9, -0.06],
  pelvis: [0.64, 0.3, -0.06],
  hips: [
    [0.64, 0.27, -0.16],
    [0.64, 0.27, 0.04],
  ],
  knees: [
    [0.68, -0.2, -0.16],
    [0.68, -0.2, 0.04],
  ],
  feet: [
    [0.66, -0.66, -0.14],
    [0.66, -0.66, 0.06],
  ],
}

/** Bag-mask ventilation from the head of the bed, bent over the patient: one hand holds the mask, the other squeezes the bag. */
export const AIRWAY_POSE: Pose = {
  hands: [
    [0.04, 0.27, -0.42],
    [-0.02, 0.37, -0.6],
  ],
  elbows: [
    [0.2, 0.38, -0.76],
    [-0.2, 0.4, -0.8],
  ],
  shoulders: [
    [0.19, 0.64, -0.97],
    [-0.19, 0.64, -0.97],
  ],
  neck: [0, 0.68, -0.95],
  head: [0, 0.8, -0.86],
  pelvis: [0, 0.24, -1.1],
  hips: [
    [0.1, 0.2, -1.1],
    [-0.1, 0.2, -1.1],
  ],
  knees: [
    [0.1, -0.22, -1.02],
    [-0.1, -0.22, -1.02],
  ],
  feet: [
    [0.1, -0.66, -1.04],
    [-0.1, -0.66, -1.04],
  ],
}

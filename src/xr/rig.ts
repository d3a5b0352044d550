import type { Vec3 } from '../world/geometry/kit.ts'
import { BED, BEDSIDE_VIEW, PATIENT_ORIGIN } from '../world/layout.ts'

/** Where the player's real floor (the XR origin) sits in the room, and which way it is turned. */
export interface RigPose {
  position: Vec3
  yaw: number
}

/** The headset's pose relative to the XR origin (what the tracking reports). */
export interface HeadInRig {
  position: Vec3
  yaw: number
}

/**
 * The clinician's place: at the patient's right, level with the chest, within arm's reach of the sternum
 * (hands on the lower sternum for compressions), facing the bed with the monitor ahead-left.
 */
export const BEDSIDE_SPOT: Vec3 = [-(BED.widthM / 2 + 0.32), 0, PATIENT_ORIGIN[2] + 0.15]
const FACING: Vec3 = [1.0, 0, -1.2]

/** The yaw that turns an object's forward (−z) toward the direction (dx, dz). */
export const yawToward = (dx: number, dz: number): number => Math.atan2(-dx, -dz)
export const BEDSIDE_YAW = yawToward(FACING[0] - BEDSIDE_SPOT[0], FACING[2] - BEDSIDE_SPOT[2])

/** A standing clinician's eye height (the desktop camera's), which seated mode lifts the viewer to. */
export const STANDING_EYE_M = BEDSIDE_VIEW.position[1]
/** Seated lifts by at most this much: more means the user is lying down or tracking is wrong. */
const MAX_SEATED_LIFT_M = 0.9

/**
 * Puts the headset at the bedside spot, facing the bed, whatever the room-scale tracking says. Seated: the
 * real floor comes up under the seated user (the origin is raised) so that the eyes are at a standing
 * clinician's height and the bed and patient are at the height they would be standing beside them.
 */
export function recentredRig(head: HeadInRig, seated: boolean, spot: Vec3 = BEDSIDE_SPOT): RigPose {
  const yaw = BEDSIDE_YAW - head.yaw
  const c = Math.cos(yaw)
  const s = Math.sin(yaw)
  const [hx, hy, hz] = head.position
  // The head's offset in the rig frame, rotated into the room (rotation about y).
  const ox = c * hx + s * hz
  const oz = -s * hx + c * hz
  const lift = seated ? Math.min(MAX_SEATED_LIFT_M, Math.max(0, STANDING_EYE_M - hy)) : 0
  return { position: [spot[0] - ox, lift, spot[2] - oz], yaw }
}

/** Teleport: the head lands above the chosen floor point; height and heading are kept. */
export function teleportedRig(rig: RigPose, headWorld: Vec3, point: Vec3): RigPose {
  return {
    position: [rig.position[0] + point[0] - headWorld[0], rig.position[1], rig.position[2] + point[2] - headWorld[2]],
    yaw: rig.yaw,
  }
}

/** Teleporting onto the bed, or out through a wall, is refused. */
export function canStandAt(point: Vec3, room: { xMin: number; xMax: number; zBack: number; zFront: number }): boolean {
  const [x, , z] = point
  const margin = 0.25
  if (x < room.xMin + margin || x > room.xMax - margin || z < room.zBack + margin || z > room.zFront - margin)
    return false
  const onBed =
    Math.abs(x - BED.centre[0]) < BED.widthM / 2 + 0.1 && Math.abs(z - BED.centre[2]) < BED.lengthM / 2 + 0.1
  return !onBed
}

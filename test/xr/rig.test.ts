import { describe, expect, it } from 'vitest'
import { pickFrameRate } from '../../src/xr/frame-rate.ts'
import { BEDSIDE_SPOT, BEDSIDE_YAW, STANDING_EYE_M, canStandAt, recentredRig, teleportedRig } from '../../src/xr/rig.ts'
import { BED, ROOM } from '../../src/world/layout.ts'

/** Where the head ends up in the room for a rig pose and a head pose in the rig. */
function headInRoom(rig: { position: readonly number[]; yaw: number }, head: readonly number[]) {
  const c = Math.cos(rig.yaw)
  const s = Math.sin(rig.yaw)
  const [x = 0, y = 0, z = 0] = head
  const [px = 0, py = 0, pz = 0] = rig.position
  return [px + c * x + s * z, py + y, pz - s * x + c * z]
}

describe('headset rig', () => {
  it('asks for 90 Hz, else 72 Hz, never the 120 Hz a Quest 3 would pick by default', () => {
    expect(pickFrameRate([72, 80, 90, 120])).toBe(90)
    expect(pickFrameRate([60, 72])).toBe(72)
    expect(pickFrameRate([120])).toBe(false)
  })

  it('recentring puts the head at the bedside spot facing the bed, wherever the user stood in the room', () => {
    for (const head of [
      { position: [0, 1.7, 0] as const, yaw: 0 },
      { position: [1.2, 1.6, -0.8] as const, yaw: 2.1 },
    ]) {
      const rig = recentredRig(head, false)
      const [x, y, z] = headInRoom(rig, head.position)
      expect(x).toBeCloseTo(BEDSIDE_SPOT[0], 6)
      expect(z).toBeCloseTo(BEDSIDE_SPOT[2], 6)
      expect(y).toBeCloseTo(head.position[1], 6)
      expect(rig.yaw + head.yaw).toBeCloseTo(BEDSIDE_YAW, 6)
    }
  })

  it('seated lifts the floor so the eyes are at a standing clinician height above the bed', () => {
    const seatedHead = { position: [0, 1.15, 0] as const, yaw: 0 }
    const rig = recentredRig(seatedHead, true)
    expect(headInRoom(rig, seatedHead.position)[1]).toBeCloseTo(STANDING_EYE_M, 6)
    expect(recentredRig(seatedHead, false).position[1]).toBe(0)
    // A user already standing is not lifted further.
    expect(recentredRig({ position: [0, 1.8, 0], yaw: 0 }, true).position[1]).toBe(0)
  })

  it('teleport lands the head above the chosen point, never on the bed or through a wall', () => {
    const rig = { position: [0, 0, 0] as const, yaw: 0.3 }
    const moved = teleportedRig(rig, [0.2, 1.6, 0.4], [1.5, 0, 1])
    expect(moved.position[0]).toBeCloseTo(1.3)
    expect(moved.position[2]).toBeCloseTo(0.6)
    expect(moved.yaw).toBe(0.3)
    expect(canStandAt([1.5, 0, 1], ROOM)).toBe(true)
    expect(canStandAt([BED.centre[0], 0, BED.centre[2]], ROOM)).toBe(false)
    expect(canStandAt([ROOM.xMax + 0.5, 0, 0], ROOM)).toBe(false)
  })
})

import { Matrix4, Quaternion, Vector3 } from 'three'

/** One hand or controller this frame, in room (world) coordinates. Reused every frame: read, never keep. */
export interface TrackedHand {
  present: boolean
  kind: 'controller' | 'hand' | null
  /** Grip pose: the palm for a controller; the middle of the palm for a tracked hand. */
  position: Vector3
  quaternion: Quaternion
  /** Grip button held, or a tracked hand pinching. */
  grabbing: boolean
  source: XRInputSource | null
}

const blank = (): TrackedHand => ({
  present: false,
  kind: null,
  position: new Vector3(),
  quaternion: new Quaternion(),
  grabbing: false,
  source: null,
})

/** Both sides, for per-frame loops without a fresh array each frame. */
export const SIDES = ['left', 'right'] as const

/** Both hands as of the last XR frame (written by <XrHands/>, read by CPR, grabbing and pose recording). */
export const trackedHands: { left: TrackedHand; right: TrackedHand } = { left: blank(), right: blank() }

/** Thumb and index tips closer than this (m) count as a pinch. */
const PINCH_M = 0.02
const _m = new Matrix4()
const _thumb = new Vector3()
const _index = new Vector3()
const _s = new Vector3()

function jointPosition(frame: XRFrame, hand: XRHand, joint: XRHandJoint, ref: XRReferenceSpace, out: Vector3): boolean {
  const space = hand.get(joint)
  const pose = space && frame.getJointPose?.(space, ref)
  if (!pose) return false
  const { x, y, z } = pose.transform.position
  out.set(x, y, z)
  return true
}

/** Reads grip poses (and pinch or grip state) of both hands from an XR frame, into `trackedHands`. */
export function readTrackedHands(frame: XRFrame, ref: XRReferenceSpace, origin: Matrix4): void {
  trackedHands.left.present = false
  trackedHands.right.present = false
  for (const source of frame.session.inputSources) {
    const hand =
      source.handedness === 'left' ? trackedHands.left : source.handedness === 'right' ? trackedHands.right : null
    if (!hand) continue
    const space = source.gripSpace ?? source.targetRaySpace
    const pose = frame.getPose(space, ref)
    if (!pose) continue
    _m.fromArray(pose.transform.matrix).premultiply(origin)
    _m.decompose(hand.position, hand.quaternion, _s)
    hand.present = true
    hand.source = source
    hand.kind = source.hand ? 'hand' : 'controller'
    if (source.hand) {
      hand.grabbing =
        jointPosition(frame, source.hand, 'thumb-tip', ref, _thumb) &&
        jointPosition(frame, source.hand, 'index-finger-tip', ref, _index) &&
        _thumb.distanceTo(_index) < PINCH_M
    } else {
      hand.grabbing = source.gamepad?.buttons[1]?.pressed ?? false
    }
  }
}

/** A short buzz in a controller (tracked hands have none); silently nothing where unsupported. */
export function pulse(hand: TrackedHand, intensity: number, ms: number): void {
  const actuator = hand.source?.gamepad?.hapticActuators?.[0] as
    { pulse?: (value: number, duration: number) => Promise<boolean> } | undefined
  void actuator?.pulse?.(intensity, ms)?.catch(() => undefined)
}

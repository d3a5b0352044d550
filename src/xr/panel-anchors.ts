import type { PanelAnchor } from './panels/VrMenus.tsx'

/** The learner's eyes in the room and which way they face (yaw about y). */
export interface EyePose {
  position: readonly [number, number, number]
  yaw: number
}

/** At arm's length, a little below the eyes: readable without craning and clear of the patient's chest. */
const MENU = { ahead: 0.7, side: 0.05, belowEyes: 0.05 }
/** Off to the left, lower, turned toward the learner: a glance away, never in the way. */
const STATUS = { ahead: 0.65, side: -0.45, belowEyes: 0.3, turn: 0.6 }

function place(eye: EyePose, at: { ahead: number; side: number; belowEyes: number }, turn = 0): PanelAnchor {
  const s = Math.sin(eye.yaw)
  const c = Math.cos(eye.yaw)
  // Forward is (−sin, −cos) in x/z for a yaw; right is (cos, −sin).
  const x = eye.position[0] - s * at.ahead + c * at.side
  const z = eye.position[2] - c * at.ahead - s * at.side
  return { position: [x, eye.position[1] - at.belowEyes + 0.2, z], rotationY: eye.yaw + turn }
}

/** Where the action panel (or dose pad) and the status panel float, for the learner's current eye pose. */
export function panelAnchors(eye: EyePose): { menu: PanelAnchor; status: PanelAnchor } {
  return { menu: place(eye, MENU), status: place(eye, STATUS, STATUS.turn) }
}

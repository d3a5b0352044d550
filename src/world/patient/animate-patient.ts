import { Color, type Object3D } from 'three'
import type { Skin } from '../../scenario/schema/index.ts'
import type { SimStoreState } from '../../store/index.ts'
import { SKIN_COLORS, eyesOpen, lipColor, lookFor } from './appearance.ts'
import { createChestMotion, type ChestInput } from './breathing.ts'
import type { PatientMaterials } from './use-patient-materials.ts'
import { learnerHands } from './learner-hands.ts'

/** The parts of the patient view that change from frame to frame. */
export interface PatientParts {
  body: Object3D
  head: Object3D
  chest: Object3D
  gown: Object3D
  loweredGown: Object3D
  pads: Object3D
  cables: Object3D
  eyelids: Object3D
  lips: Object3D
  tongue: Object3D
  froth: Object3D
  oxygenMask: Object3D
  faceBvm: Object3D
  faceBag: Object3D
  cprRescuer: Object3D
  airwayRescuer: Object3D
}

const SKIN_TARGETS = Object.fromEntries(Object.entries(SKIN_COLORS).map(([k, c]) => [k, new Color(c)])) as Record<
  Skin,
  Color
>
const lipTargets = new Map<string, Color>()
const lipTarget = (hex: string): Color => {
  let color = lipTargets.get(hex)
  if (!color) lipTargets.set(hex, (color = new Color(hex)))
  return color
}

const skipRaycast: Object3D['raycast'] = () => {}

/** Shows or hides a part; hidden parts must not catch clicks either (three's raycaster ignores `visible`). */
function show(part: Object3D, shown: boolean): void {
  if (part.visible === shown) return
  part.visible = shown
  if (shown) delete (part as Partial<Object3D>).raycast
  else part.raycast = skipRaycast
}

/** Seconds for a colour change to get ~63 % of the way (skin does not switch colour in one frame). */
const COLOUR_TIME_S = 2
/** How far a compression moves the rescuer's body (m). */
const COMPRESSION_TRAVEL_M = 0.05

/**
 * Applies the store's current state to the patient every frame, without React and without allocating:
 * skin and lips, rash, eyes, swelling, breathing, CPR, pads, oxygen mask and bag-mask ventilation.
 */
export function createPatientAnimator(parts: PatientParts, materials: PatientMaterials) {
  const motion = createChestMotion()
  const input: ChestInput = {
    rrPerMin: 0,
    depth: 'normal',
    pulse: true,
    effort: 1,
    gasping: false,
    cpr: false,
    bvm: false,
  }
  let tSec = 0
  let started = false
  let lastNowMs = 0
  let lipSwelling = 0

  return (state: SimStoreState, frameDtSec: number): void => {
    const { sim, scenario } = state
    if (!sim || !scenario) return
    const look = lookFor(scenario, sim.stateId)
    // A new run (restart): show its first state at once rather than easing from the last one.
    if (sim.nowMs < lastNowMs) started = false
    lastNowMs = sim.nowMs
    const dt = state.status === 'paused' ? 0 : Math.min(frameDtSec, 0.1)
    tSec += dt

    // Colours ease toward the state's look (at once on the first frame).
    const k = started ? 1 - Math.exp(-dt / COLOUR_TIME_S) : 1
    materials.skin.color.lerp(SKIN_TARGETS[look.skin], k)
    materials.lips.color.lerp(lipTarget(lipColor(look)), k)
    const map = materials.rash[look.rash]
    if (materials.skin.map !== map) materials.skin.map = map
    materials.skin.shininess = look.signs.sweating ? 70 : 10
    materials.skin.specular.setScalar(look.signs.sweating ? 0.35 : 0.1)
    lipSwelling += (look.signs.lipSwelling - lipSwelling) * (started ? 1 - Math.exp(-dt / 3) : 1)
    parts.lips.scale.set(1 + 0.35 * lipSwelling, 1 + 1.2 * lipSwelling, 1 + 0.9 * lipSwelling)
    show(parts.tongue, look.signs.tongueSwelling)
    show(parts.froth, look.signs.froth)
    started = true

    const { vitals, active, defib } = sim
    show(parts.eyelids, !eyesOpen(look.eyes, vitals.avpu))

    const cpr = active['cpr'] !== undefined
    const bvm = active['bvm'] !== undefined || look.signs.bagMask
    input.rrPerMin = vitals.rr
    input.depth = look.breathingDepth
    input.pulse = vitals.pulse
    input.effort = look.signs.effort
    input.gasping = look.signs.gasping
    input.cpr = cpr
    input.bvm = bvm
    parts.chest.scale.y = motion.step(dt, input)

    // The chest is bared for pads and compressions; the gown is rolled down to the waist.
    const bared = cpr || defib.padsOn
    show(parts.gown, !bared)
    show(parts.loweredGown, bared)
    show(parts.pads, defib.padsOn)
    show(parts.cables, defib.padsOn)
    show(parts.cprRescuer, cpr && !learnerHands.compressing)
    parts.cprRescuer.position.y = -COMPRESSION_TRAVEL_M * motion.compression
    show(parts.faceBvm, bvm)
    show(parts.faceBag, bvm)
    show(parts.airwayRescuer, bvm)
    const squeeze = 1 - 0.4 * motion.bagSqueeze
    parts.faceBag.scale.set(1, squeeze, 1 - 0.2 * motion.bagSqueeze)
    show(parts.oxygenMask, active['oxygen'] !== undefined && !bvm)

    // A pulseless patient lies still; tremor and restlessness need a circulation.
    const alive = vitals.pulse
    parts.body.position.x = alive && look.signs.tremor ? 0.002 * Math.sin(tSec * 2 * Math.PI * 9) : 0
    parts.head.rotation.z =
      alive && look.signs.agitation && !bvm ? 0.14 * Math.sin(tSec * 0.9) * Math.sin(tSec * 0.37 + 1) : 0
  }
}

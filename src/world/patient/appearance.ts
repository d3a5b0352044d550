import type { Appearance, AVPU, Scenario, Skin } from '../../scenario/schema/index.ts'

export type BreathingDepth = NonNullable<Appearance['breathingDepth']>
export type RashKind = 'none' | 'urticaria' | 'fading-urticaria' | 'mottled'

/** What the visible signs of a state change on the 3D patient (unknown sign ids change nothing). */
export interface SignEffects {
  rash: 'none' | 'urticaria' | 'fading-urticaria'
  /** 0 normal lips, 1 gross angioedema. */
  lipSwelling: number
  tongueSwelling: boolean
  /** Multiplies the chest movement: work of breathing. */
  effort: number
  /** Irregular, gasping breaths (agonal or pre-arrest). */
  gasping: boolean
  tremor: boolean
  /** Restless head movement. */
  agitation: boolean
  sweating: boolean
  lipCyanosis: boolean
  froth: boolean
  bagMask: boolean
  pcaPump: boolean
}

/** Everything the patient view needs for one clinical state, derived once per state. */
export interface PatientLook {
  skin: Skin
  rash: RashKind
  breathingDepth: BreathingDepth
  /** Undefined: follow AVPU. */
  eyes: 'open' | 'closed' | undefined
  signs: SignEffects
}

/** A state's appearance, else the initial one (as docs/scene-format.md documents). */
export function resolveAppearance(scenario: Scenario, stateId: string): Appearance {
  return scenario.states[stateId]?.appearance ?? scenario.initial.appearance ?? {}
}

/** Eyes as the scene says, else from AVPU: alert or responding to voice → open; pain or unresponsive → closed. */
export function eyesOpen(eyes: PatientLook['eyes'], avpu: AVPU): boolean {
  return eyes ? eyes === 'open' : avpu === 'A' || avpu === 'V'
}

export function readSigns(signs: readonly string[]): SignEffects {
  const has = (...ids: string[]) => ids.some((id) => signs.includes(id))
  return {
    rash: has('urticaria') ? 'urticaria' : has('fading-urticaria') ? 'fading-urticaria' : 'none',
    lipSwelling: has('angioedema-lips') ? 1 : has('mild-lip-swelling') ? 0.4 : 0,
    tongueSwelling: has('angioedema-tongue'),
    effort: (has('accessory-muscle-use') ? 1.35 : 1) * (has('distressed') ? 1.15 : 1),
    gasping: has('gasping', 'agonal-gasps', 'agonal-breathing'),
    tremor: has('tremor', 'shivering'),
    agitation: has('agitation', 'distressed', 'confused'),
    sweating: has('sweating', 'diaphoresis', 'clammy'),
    lipCyanosis: has('cyanosis', 'central-cyanosis'),
    froth: has('pink-frothy-sputum'),
    bagMask: has('bag-mask-ventilation'),
    pcaPump: has('pca-pump'),
  }
}

export function describeLook(appearance: Appearance): PatientLook {
  const skin = appearance.skin ?? 'normal'
  const signs = readSigns(appearance.signs ?? [])
  return {
    skin,
    rash: signs.rash !== 'none' ? signs.rash : skin === 'mottled' ? 'mottled' : 'none',
    breathingDepth: appearance.breathingDepth ?? 'normal',
    eyes: appearance.eyes,
    signs,
  }
}

const looks = new WeakMap<Scenario, Map<string, PatientLook>>()

/** The look of a state, cached so that a per-frame reader allocates nothing. */
export function lookFor(scenario: Scenario, stateId: string): PatientLook {
  let byState = looks.get(scenario)
  if (!byState) looks.set(scenario, (byState = new Map()))
  let look = byState.get(stateId)
  if (!look) byState.set(stateId, (look = describeLook(resolveAppearance(scenario, stateId))))
  return look
}

/** Skin tone (sRGB) for each appearance; the rash textures multiply it. */
export const SKIN_COLORS: Record<Skin, string> = {
  normal: '#d6a584',
  pale: '#dcd3ce',
  flushed: '#ea9a86',
  cyanosed: '#a6a9bf',
  mottled: '#d2b4ae',
}

const LIP_COLORS: Record<Skin, string> = {
  normal: '#b2615c',
  pale: '#c8a29b',
  flushed: '#c04a50',
  cyanosed: '#5f5896',
  mottled: '#7e6488',
}

/** Lips: by skin, and blue whenever the scene declares central cyanosis. */
export function lipColor(look: PatientLook): string {
  return look.signs.lipCyanosis ? LIP_COLORS.cyanosed : LIP_COLORS[look.skin]
}

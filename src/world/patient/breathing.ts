import type { BreathingDepth } from './appearance.ts'

/** Chest rise as a fraction of the chest's front-to-back depth at the peak of a breath. */
export const BREATH_AMPLITUDE: Record<BreathingDepth, number> = {
  none: 0,
  shallow: 0.018,
  normal: 0.04,
  deep: 0.07,
}

export const CPR_RATE_PER_MIN = 110
/** ~5–6 cm on a chest about 24 cm deep. */
export const CPR_COMPRESSION = 0.22
/** Bag-mask ventilation: one breath every 6 s, inflation over 1 s. */
export const BVM_RATE_PER_MIN = 10
export const BVM_AMPLITUDE = 0.05
const GASP_AMPLITUDE = 0.05

export interface ChestInput {
  /** Respiratory rate from the vitals (breaths/min). */
  rrPerMin: number
  depth: BreathingDepth
  pulse: boolean
  /** Work-of-breathing factor from the signs (1 = normal). */
  effort: number
  gasping: boolean
  cpr: boolean
  bvm: boolean
}

/** Inspiration over the first 40 % of a cycle, passive expiration over the rest; 0..1. */
export function breathShape(phase: number): number {
  const p = phase - Math.floor(phase)
  return p < 0.4 ? (1 - Math.cos((Math.PI * p) / 0.4)) / 2 : (1 + Math.cos((Math.PI * (p - 0.4)) / 0.6)) / 2
}

/** A gasp: a quick inspiration, a short expiration, then stillness until the next one; 0..1. */
export function gaspShape(phase: number): number {
  const p = phase - Math.floor(phase)
  if (p < 0.12) return (1 - Math.cos((Math.PI * p) / 0.12)) / 2
  if (p < 0.35) return (1 + Math.cos((Math.PI * (p - 0.12)) / 0.23)) / 2
  return 0
}

/** Deterministic 0..1 per breath number, so that gasps vary in spacing and size without host randomness. */
export function cycleJitter(cycle: number): number {
  const x = Math.sin(cycle * 12.9898 + 78.233) * 43758.5453
  return x - Math.floor(x)
}

/** Chest compression at the CPR rate: 0 released, 1 fully compressed. */
export function compressionShape(tSec: number): number {
  return (1 - Math.cos((2 * Math.PI * CPR_RATE_PER_MIN * tSec) / 60)) / 2
}

/** Bag-mask inflation: a 1 s squeeze every 6 s, then passive expiration. */
export function ventilationShape(tSec: number): number {
  const period = 60 / BVM_RATE_PER_MIN
  const t = tSec - Math.floor(tSec / period) * period
  if (t < 1) return (1 - Math.cos(Math.PI * t)) / 2
  if (t < 3) return (1 + Math.cos((Math.PI * (t - 1)) / 2)) / 2
  return 0
}

/**
 * Chest motion over time. Spontaneous breaths follow the respiratory rate (phase carried across rate
 * changes); a pulseless patient does not breathe, except the gasps a scene declares; bag-mask
 * ventilation inflates the chest; CPR compresses it. `step` returns the chest's depth scale (1 = at rest).
 */
export function createChestMotion() {
  let phase = 0
  let cycle = 0
  let tSec = 0
  let lastBag = 0
  let lastCompression = 0
  return {
    step(dtSec: number, input: ChestInput): number {
      tSec += dtSec
      const gasps = input.gasping
      const spontaneous = input.pulse && !gasps ? BREATH_AMPLITUDE[input.depth] * input.effort : 0
      const amplitude = gasps && input.rrPerMin > 0 ? GASP_AMPLITUDE * (0.5 + cycleJitter(cycle)) : spontaneous
      if (amplitude > 0 && input.rrPerMin > 0) {
        // Gasps come at irregular intervals around the given rate.
        const rate = gasps ? input.rrPerMin * (0.6 + 0.8 * cycleJitter(cycle + 17)) : input.rrPerMin
        phase += (dtSec * rate) / 60
        while (phase >= 1) {
          phase -= 1
          cycle += 1
        }
      }
      let rise = amplitude > 0 && input.rrPerMin > 0 ? amplitude * (gasps ? gaspShape(phase) : breathShape(phase)) : 0
      lastBag = input.bvm ? ventilationShape(tSec) : 0
      rise = Math.max(rise, BVM_AMPLITUDE * lastBag)
      lastCompression = input.cpr ? compressionShape(tSec) : 0
      return 1 + rise - CPR_COMPRESSION * lastCompression
    },
    /** How far the bag is squeezed (0..1) and the chest compressed (0..1) at the last step. */
    get bagSqueeze() {
      return lastBag
    },
    get compression() {
      return lastCompression
    },
  }
}

export type ChestMotion = ReturnType<typeof createChestMotion>

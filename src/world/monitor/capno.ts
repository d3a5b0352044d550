import { hash01, seedOf, TAU } from './wave-noise.ts'

/**
 * Capnogram (mmHg). A breath cycle starts with expiration: dead-space gas (zero), a steep rise,
 * an alveolar plateau creeping up to the end-tidal value, then a steep fall as inspiration starts.
 */

const smoothstep = (edge0: number, edge1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}

/** One breath of `periodSec`, `x` seconds after expiration began, peaking at `etco2`. */
function breathMmHg(x: number, periodSec: number, etco2: number): number {
  // Inspiration takes about a third of the cycle, within physiological limits.
  const inspirationSec = Math.min(2, Math.max(0.7, periodSec / 3))
  const expirationSec = periodSec - inspirationSec
  const rise = smoothstep(0.08, 0.3, x)
  const fall = smoothstep(expirationSec, expirationSec + 0.18, x)
  const plateau = 0.86 + 0.14 * Math.min(1, x / Math.max(0.5, expirationSec))
  return etco2 * rise * plateau * (1 - fall)
}

/** Spontaneous or bagged breathing at a breath-clock position (breaths counted since any origin). */
export function capnoAtBreath(ratePerMin: number, etco2MmHg: number, breaths: number): number {
  if (ratePerMin < 1 || etco2MmHg <= 0) return 0
  const periodSec = 60 / ratePerMin
  return breathMmHg((breaths - Math.floor(breaths)) * periodSec, periodSec, etco2MmHg)
}

/** One 30:2 cycle: two breaths, then compressions until the next pair (seconds). */
const CPR_CYCLE_SEC = 18
const CPR_BREATH_GAP_SEC = 2.6
const COMPRESSIONS_PER_SEC = 110 / 60
/** Ventilations per minute the capnograph counts during 30:2 CPR. */
export const CPR_VENTILATION_RATE = Math.round((2 * 60) / CPR_CYCLE_SEC)

/** Start of 30:2 cycle n, jittered by up to ±1.5 s: rescuers are not metronomes. */
const cycleStart = (n: number, seed: number) => n * CPR_CYCLE_SEC + (hash01(n, seed + 51) * 2 - 1) * 1.5

/**
 * During CPR without a pulse: small, uneven plateaus from the two ventilations of each 30:2 cycle,
 * and between them low ripples that chest compressions push out.
 */
export function capnoDuringCpr(etco2MmHg: number, tSec: number, seed: number): number {
  if (etco2MmHg <= 0) return 0
  let n = Math.floor(tSec / CPR_CYCLE_SEC) + 1
  while (n > -1e6 && cycleStart(n, seed) > tSec) n--
  const x = tSec - cycleStart(n, seed)
  const second = x >= CPR_BREATH_GAP_SEC
  const height = etco2MmHg * (0.8 + 0.35 * hash01(n * 2 + (second ? 1 : 0), seed + 53))
  // Each breath: about 1 s of insufflation (no CO2), then exhalation until the next breath or compressions.
  const xb = second ? x - CPR_BREATH_GAP_SEC : x
  const breath = breathMmHg(xb - 1, CPR_BREATH_GAP_SEC - 1, height)
  const compressionsFrom = 2 * CPR_BREATH_GAP_SEC
  if (x < compressionsFrom) return breath
  const cycleSec = cycleStart(n + 1, seed) - cycleStart(n, seed)
  const ripple = 0.5 - 0.5 * Math.cos(TAU * COMPRESSIONS_PER_SEC * (x - compressionsFrom))
  const envelope =
    smoothstep(compressionsFrom, compressionsFrom + 0.6, x) * (1 - smoothstep(cycleSec - 0.5, cycleSec, x))
  return breath + etco2MmHg * 0.18 * ripple * envelope
}

/**
 * Capnogram at `tSec` for a steady rate. With `cpr` (compressions without a pulse) the breaths are
 * the rescuers' 30:2 ventilations rather than `rrPerMin`.
 */
export function capnoSample(rrPerMin: number, etco2MmHg: number, tSec: number, seedPhase: number, cpr = false): number {
  if (cpr) return capnoDuringCpr(etco2MmHg, tSec, seedOf(seedPhase))
  return capnoAtBreath(rrPerMin, etco2MmHg, (tSec * rrPerMin) / 60 + seedPhase)
}

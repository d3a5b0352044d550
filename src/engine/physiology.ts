import {
  NUMERIC_VITALS,
  NUMERIC_VITAL_NAMES,
  PULSELESS_BY_DEFAULT,
  type AVPU,
  type NumericVital,
  type Rhythm,
  type Scenario,
} from '../scenario/schema/index.ts'
import { effectApplies } from './effect-applies.ts'
import { nextNoise, type RngState } from './random.ts'
import type { ActiveEffect, SimState, Vitals } from './types.ts'

/** Monitor noise (sd per step-smoothed sample): device behaviour, not clinical content. */
const NOISE_SD: Partial<Record<NumericVital, number>> = { hr: 1.2, sbp: 1.5, dbp: 1, spo2: 0.4, rr: 0.4, etco2: 0.6 }
/** How fast monitor noise reverts to zero (per second); keeps the wander small and smooth. */
const NOISE_REVERSION_PER_S = 0.5
const DEFAULT_TREND_S = 30
/** Arterial pressure and EtCO2 follow CPR (and its absence) within seconds, not minutes. */
const PULSELESS_TREND_S = 3
const PERFUSION_VITALS = ['sbp', 'dbp', 'etco2'] as const

export function defaultPulse(rhythm: Rhythm): boolean {
  return !PULSELESS_BY_DEFAULT.includes(rhythm)
}

/** AVPU derived from GCS when the scene does not give it (a common bedside approximation). */
export function avpuFromGcs(gcs: number): AVPU {
  if (gcs >= 14) return 'A'
  if (gcs >= 10) return 'V'
  if (gcs >= 6) return 'P'
  return 'U'
}

/** Effect size at time `nowMs`: ramp from onset to peak, hold until duration, wane linearly. */
export function effectWeight(e: ActiveEffect, nowMs: number): number {
  const t = nowMs - e.startMs
  if (t < e.onsetMs) return 0
  let w = e.peakMs > e.onsetMs ? Math.min(1, (t - e.onsetMs) / (e.peakMs - e.onsetMs)) : 1
  const endAt = e.endedAtMs !== null ? e.endedAtMs - e.startMs : e.durationMs
  if (endAt !== null && t > endAt) w *= e.waneMs > 0 ? Math.max(0, 1 - (t - endAt) / e.waneMs) : 0
  return w
}

export function effectFinished(e: ActiveEffect, nowMs: number): boolean {
  const endAt = e.endedAtMs !== null ? e.endedAtMs - e.startMs : e.durationMs
  return endAt !== null && nowMs - e.startMs >= endAt + e.waneMs
}

type Resolve = (value: number | readonly [number, number], path: string) => number

/** Index of each numeric vital in the internal per-vital arrays (baseline, noise, targets). */
export const VITAL_INDEX = Object.fromEntries(NUMERIC_VITAL_NAMES.map((n, i) => [n, i])) as Record<NumericVital, number>
const COUNT = NUMERIC_VITAL_NAMES.length
const MIN = NUMERIC_VITAL_NAMES.map((n) => NUMERIC_VITALS[n].min)
const MAX = NUMERIC_VITAL_NAMES.map((n) => NUMERIC_VITALS[n].max)
const SD = NUMERIC_VITAL_NAMES.map((n) => NOISE_SD[n] ?? 0)
const PERFUSION_INDEX = PERFUSION_VITALS.map((n) => VITAL_INDEX[n])

/**
 * Per-state constants that do not change during a run: the seeded targets (NaN: the state leaves
 * that vital alone) and the per-step approach factors `1 − e^(−dt/τ)`. Cached per drawn presentation,
 * so a step only does arithmetic over arrays (keyed property access per vital was the main cost).
 */
interface StateConstants {
  targets: number[]
  approach: number[]
}
const constantsCache = new WeakMap<object, Map<string, StateConstants>>()

function stateConstants(scenario: Scenario, s: SimState, resolve: Resolve): StateConstants {
  let byState = constantsCache.get(s.drawn)
  if (!byState) constantsCache.set(s.drawn, (byState = new Map()))
  const cacheKey = `${scenario.id}|${s.stepMs}|${s.stateId}`
  let c = byState.get(cacheKey)
  if (c) return c
  const state = scenario.states[s.stateId]
  const dtS = s.stepMs / 1000
  c = {
    targets: NUMERIC_VITAL_NAMES.map((name) => {
      const v = state?.vitals[name]
      return v === undefined ? NaN : resolve(v, `states.${s.stateId}.vitals.${name}`)
    }),
    approach: NUMERIC_VITAL_NAMES.map(
      (name) => 1 - Math.exp(-dtS / (state?.trends?.[name] ?? state?.trendS ?? DEFAULT_TREND_S)),
    ),
  }
  byState.set(cacheKey, c)
  return c
}

/** Targets in force now: the state's, overridden by ongoing activities (e.g. oxygen) when there is a pulse. */
function currentTargets(scenario: Scenario, s: SimState, base: number[]): number[] {
  if (s.vitals.pulse) {
    const activities = Object.values(s.active)
    if (activities.length === 0) return base
    const targets = base.slice()
    // Later-started activities win where two pull the same vital.
    activities.sort((a, b) => a.sinceMs - b.sinceMs)
    for (const activity of activities) {
      for (const effect of scenario.actions[activity.actionId]?.effects ?? []) {
        // Re-checked every step: a state change can switch an ongoing effect on or off.
        if (!effect.target || !effectApplies(scenario, effect, activity, s)) continue
        for (const name in effect.target)
          targets[VITAL_INDEX[name as NumericVital]] = effect.target[name as NumericVital] ?? NaN
      }
    }
    return targets
  }
  const targets = base.slice()
  const cpr = s.active['cpr']
  const perfusion = scenario.cpr?.perfusion
  const quality = cpr ? (cpr.quality ?? scenario.cpr?.assumedQuality ?? 0) : 0
  PERFUSION_VITALS.forEach((name, i) => (targets[PERFUSION_INDEX[i] ?? 0] = perfusion ? perfusion[name] * quality : 0))
  return targets
}

const pulselessApproach = (stepMs: number) => 1 - Math.exp(-stepMs / 1000 / PULSELESS_TREND_S)
const noiseReversion = (stepMs: number) => Math.exp((-NOISE_REVERSION_PER_S * stepMs) / 1000)

/** Sum of the action effects' deltas now, per vital index. */
function effectDeltas(s: SimState): number[] {
  const deltas = new Array<number>(COUNT).fill(0)
  for (const e of s.effects) {
    const w = effectWeight(e, s.nowMs)
    if (w === 0) continue
    for (const name in e.deltas) {
      const i = VITAL_INDEX[name as NumericVital]
      deltas[i] = (deltas[i] ?? 0) + (e.deltas[name as NumericVital] ?? 0) * w
    }
  }
  return deltas
}

/**
 * Advances the vitals of `s` (a fresh copy owned by the caller) by one step: baselines trend toward
 * the targets, action effects add on top (only with a pulse: in arrest, drugs act through the
 * scene's transitions), then smoothed seeded noise; everything clamped to physiological bounds.
 */
export function stepVitals(scenario: Scenario, s: SimState, rng: RngState, stepMs: number, resolve: Resolve): void {
  const constants = stateConstants(scenario, s, resolve)
  const targets = currentTargets(scenario, s, constants.targets)
  const pulseless = !s.vitals.pulse
  const deltas = pulseless || s.effects.length === 0 ? null : effectDeltas(s)
  const baseline = s.baseline.slice()
  const noise = s.noise.slice()
  const shown = new Array<number>(COUNT)
  const reversion = noiseReversion(stepMs)
  const innovation = Math.sqrt(1 - reversion * reversion)
  const fastApproach = pulselessApproach(stepMs)
  for (let i = 0; i < COUNT; i++) {
    const target = targets[i] ?? NaN
    let b = baseline[i] ?? 0
    if (!Number.isNaN(target)) {
      const fast = pulseless && PERFUSION_INDEX.includes(i)
      b += (target - b) * (fast ? fastApproach : (constants.approach[i] ?? 0))
      baseline[i] = b
    }
    const sd = SD[i] ?? 0
    let n = noise[i] ?? 0
    if (sd > 0) noise[i] = n = n * reversion + nextNoise(rng) * sd * innovation
    // A flat line stays flat: no monitor wander on a zero reading (asystole rate, no pressure without CPR).
    const v = b + (deltas?.[i] ?? 0) + (b < 1 ? 0 : n)
    const lo = MIN[i] ?? 0
    const hi = MAX[i] ?? 0
    shown[i] = v < lo ? lo : v > hi ? hi : v
  }
  const vitals = vitalsFrom(shown, s.vitals)
  if (!scenario.states[s.stateId]?.vitals.avpu) vitals.avpu = avpuFromGcs(vitals.gcs)
  s.baseline = baseline
  s.noise = noise
  s.vitals = vitals
}

/** Builds a Vitals object with one fixed shape from per-index values. */
export function vitalsFrom(v: readonly number[], keep: Pick<Vitals, 'rhythm' | 'pulse' | 'avpu'>): Vitals {
  return {
    hr: v[0] ?? 0,
    sbp: v[1] ?? 0,
    dbp: v[2] ?? 0,
    spo2: v[3] ?? 0,
    rr: v[4] ?? 0,
    etco2: v[5] ?? 0,
    temp: v[6] ?? 0,
    glucose: v[7] ?? 0,
    gcs: v[8] ?? 0,
    rhythm: keep.rhythm,
    pulse: keep.pulse,
    avpu: keep.avpu,
  }
}

export function snapshotVitals(v: Vitals): Vitals {
  const out = { ...v }
  for (const name of NUMERIC_VITAL_NAMES) out[name] = Math.round(v[name] * 10) / 10
  return out
}

import type { Rhythm } from '../../scenario/schema/index.ts'
import { ecgRateBpm, rPeakBeat } from './ecg.ts'
import { bump, seedOf, valueNoise } from './wave-noise.ts'

/** Delay from the R wave to the pulse arriving at the finger probe. */
const PULSE_TRANSIT_SEC = 0.22

/** One finger pulse, 0–1, `u` seconds after its foot: fast upstroke, dicrotic notch, diastolic run-off. */
function pulseShape(u: number): number {
  if (u < 0 || u > 2.5) return 0
  const rise = 0.15
  const systolic = u < rise ? 0.5 - 0.5 * Math.cos((Math.PI * u) / rise) : bump(u, rise, 0.125)
  const diastolic = u < 0.46 ? 0.4 * bump(u, 0.46, 0.075) : 0.4 * Math.exp(-(u - 0.46) / 0.32)
  return systolic + diastolic
}

/**
 * Pleth (normalised, about 0–1.2) at a beat-clock position, in step with the ECG's R waves. In AF
 * each pulse is as strong as the filling time before it allows (pulse deficit); VT perfuses poorly.
 * Without a pulse the probe sees only a near-flat line.
 */
export function plethAtBeat(
  rhythm: Rhythm,
  rateBpm: number,
  beats: number,
  tSec: number,
  seed: number,
  hasPulse: boolean,
): number {
  const flat = 0.01 * valueNoise(tSec * 1.5, seed + 41)
  if (!hasPulse || rateBpm <= 0) return flat
  const secPerBeat = 60 / rateBpm
  // Fast rates shorten the pulse (less diastole), within limits.
  const scale = Math.min(1, Math.max(0.45, Math.sqrt(secPerBeat / 0.85)))
  const strength = rhythm === 'vt' ? 0.45 : 1
  let v = flat
  const k0 = Math.floor(beats)
  for (let k = k0 - 3; k <= k0 + 1; k++) {
    const r = rPeakBeat(rhythm, k, seed)
    const u = ((beats - r) * secPerBeat - PULSE_TRANSIT_SEC) / scale
    if (u < 0 || u > 2.5) continue
    const filling =
      rhythm === 'af' ? Math.min(1.3, Math.max(0.25, 0.1 + 0.9 * (r - rPeakBeat(rhythm, k - 1, seed)))) : 1
    v += strength * filling * pulseShape(u)
  }
  return v
}

/** Pleth at `tSec` for a steady rate (see plethAtBeat). */
export function plethSample(rhythm: Rhythm, hrBpm: number, tSec: number, seedPhase: number, hasPulse: boolean): number {
  const rate = ecgRateBpm(rhythm, hrBpm) ?? 0
  return plethAtBeat(rhythm, rate, (tSec * rate) / 60 + seedPhase, tSec, seedOf(seedPhase), hasPulse)
}

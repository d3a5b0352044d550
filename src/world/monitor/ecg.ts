import type { Rhythm } from '../../scenario/schema/index.ts'
import { bump, hash01, seedOf, TAU, valueNoise } from './wave-noise.ts'

/**
 * ECG (lead II, mV) for each rhythm. Beats live on a "beat clock": beat k's R peak sits at beat
 * position k (jittered in AF), so a caller that integrates the rate over time keeps the trace
 * continuous while the rate drifts. Each complex is a sum of Gaussian waves (P, Q, R, S, T).
 */

/** Rate drawn when a scene gives a rhythm that has a rate but no countable hr (e.g. hr 0 in VT). */
const DEFAULT_RATE_BPM: Record<Rhythm, number> = {
  sinus: 75,
  'sinus-tachycardia': 120,
  'sinus-bradycardia': 45,
  af: 110,
  svt: 180,
  vt: 170,
  vf: 0,
  asystole: 0,
  pea: 40,
}

/** The rate the monitor counts from the ECG: null when none can be counted (VF), 0 in asystole. */
export function ecgRateBpm(rhythm: Rhythm, hrBpm: number): number | null {
  if (rhythm === 'vf') return null
  if (rhythm === 'asystole') return 0
  return hrBpm >= 10 ? Math.min(hrBpm, 300) : DEFAULT_RATE_BPM[rhythm]
}

/** Half-width of the AF R-R jitter in beats: intervals spread from 0.4 to 1.6 times the mean, with no pattern. */
const AF_JITTER = 0.3

/** Beat-clock position of beat k's R peak (irregularly irregular in AF, regular otherwise). */
export function rPeakBeat(rhythm: Rhythm, k: number, seed: number): number {
  return rhythm === 'af' ? k + (hash01(k, seed) * 2 - 1) * AF_JITTER : k
}

type Family = 'sinus' | 'narrow' | 'svt' | 'broad' | 'idioventricular'

const familyOf = (rhythm: Rhythm, rateBpm: number): Family | null => {
  switch (rhythm) {
    case 'sinus':
    case 'sinus-tachycardia':
    case 'sinus-bradycardia':
      return 'sinus'
    case 'af':
      return 'narrow'
    case 'svt':
      return 'svt'
    case 'vt':
      return 'broad'
    // PEA: organised complexes; at a slow rate broad and without P waves (idioventricular), otherwise sinus-like.
    case 'pea':
      return rateBpm < 60 ? 'idioventricular' : 'sinus'
    default:
      return null
  }
}

/** One complex, `dt` seconds from its R peak, for a mean R-R of `rrSec`. */
function complexMv(family: Family, dt: number, rrSec: number): number {
  if (dt < -0.3 || dt > 1) return 0
  const sq = Math.sqrt(rrSec)
  // T peak follows the QT, which shortens with the R-R (Bazett-like).
  const tPeak = Math.max(0.14, 0.4 * sq - 0.08)
  // Asymmetric T wave: slower upslope than downslope.
  const tWave = dt < tPeak ? bump(dt, tPeak, 0.06 * sq + 0.01) : bump(dt, tPeak, 0.04 * sq + 0.008)
  switch (family) {
    case 'sinus': {
      // PR shortens a little at fast rates, so the P wave rides closer to the QRS.
      const pCentre = -(0.11 + 0.04 * Math.min(1, Math.max(0, (rrSec - 0.45) / 0.45)))
      return (
        0.2 * bump(dt, pCentre, 0.022) -
        0.12 * bump(dt, -0.028, 0.008) +
        1.25 * bump(dt, 0, 0.0095) -
        0.3 * bump(dt, 0.026, 0.009) +
        0.3 * tWave
      )
    }
    case 'narrow':
      return -0.1 * bump(dt, -0.026, 0.008) + 1.15 * bump(dt, 0, 0.0095) - 0.28 * bump(dt, 0.025, 0.009) + 0.25 * tWave
    case 'svt':
      // No visible P (buried in the QRS); slight rate-related ST depression.
      return 1.05 * bump(dt, 0, 0.009) - 0.3 * bump(dt, 0.024, 0.009) - 0.07 * bump(dt, 0.07, 0.03) + 0.22 * tWave
    case 'broad': {
      // Monomorphic VT: wide (~200 ms), slurred QRS running into a discordant T wave, no P waves.
      const r = dt < 0 ? bump(dt, 0, 0.03) : bump(dt, 0, 0.045)
      const tMu = Math.min(0.32, 0.62 * rrSec)
      return 1.2 * r - 0.75 * bump(dt, 0.12, 0.04) - 0.25 * bump(dt, tMu, 0.05)
    }
    case 'idioventricular':
      return 0.95 * bump(dt, 0, 0.027) - 0.4 * bump(dt, 0.07, 0.028) - 0.25 * bump(dt, 0.36, 0.07)
  }
}

/** Slow baseline wander plus a little high-frequency noise, as on any real trace. */
const baselineMv = (tSec: number, seed: number, wander: number) =>
  wander * valueNoise(tSec * 0.25, seed + 11) + 0.006 * valueNoise(tSec * 55, seed + 13)

/** AF's fibrillatory baseline: irregular 5–8 Hz undulation, no P waves. */
const fibrillatoryMv = (tSec: number, seed: number) =>
  0.045 * Math.sin(TAU * 6.1 * tSec + 1.6 * Math.sin(TAU * 0.9 * tSec + hash01(3, seed) * TAU)) +
  0.035 * valueNoise(tSec * 13, seed + 17)

/** VF: chaotic undulation of varying amplitude (coarse to fine), no complexes. */
function vfMv(tSec: number, seed: number): number {
  const p1 = hash01(21, seed) * TAU
  const p2 = hash01(22, seed) * TAU
  const p3 = hash01(23, seed) * TAU
  const wave =
    Math.sin(TAU * 3.9 * tSec + p1 + 2.2 * Math.sin(TAU * 0.37 * tSec + p2)) +
    0.6 * Math.sin(TAU * 5.4 * tSec + p3 + 1.6 * Math.sin(TAU * 0.61 * tSec + p1)) +
    0.4 * Math.sin(TAU * 2.9 * tSec + p2) +
    1.2 * valueNoise(tSec * 7.5, seed + 29) +
    0.3 * valueNoise(tSec * 12, seed + 30)
  // Amplitude wanders between coarse and fine over seconds, and wobbles beat to beat.
  const envelope =
    (0.68 + 0.32 * valueNoise(tSec * 0.35, seed + 31)) * (0.75 + 0.25 * valueNoise(tSec * 2.2, seed + 32))
  return 0.42 * envelope * wave
}

/**
 * ECG at a beat-clock position. `rateBpm` is the ECG rate (see ecgRateBpm) and scales each complex;
 * `tSec` drives what is not tied to beats (baseline, fibrillation).
 */
export function ecgAtBeat(rhythm: Rhythm, rateBpm: number, beats: number, tSec: number, seed: number): number {
  if (rhythm === 'vf') return vfMv(tSec, seed) + baselineMv(tSec, seed, 0.03)
  if (rhythm === 'asystole') return baselineMv(tSec, seed, 0.035) + 0.012 * valueNoise(tSec * 2.5, seed + 37)
  const family = familyOf(rhythm, rateBpm)
  let v = baselineMv(tSec, seed, 0.04) + (rhythm === 'af' ? fibrillatoryMv(tSec, seed) : 0)
  if (family === null || rateBpm <= 0) return v
  const secPerBeat = 60 / rateBpm
  const k0 = Math.floor(beats)
  for (let k = k0 - 2; k <= k0 + 2; k++) {
    v += complexMv(family, (beats - rPeakBeat(rhythm, k, seed)) * secPerBeat, secPerBeat)
  }
  return v
}

/** ECG in mV at `tSec` for a steady rate: the beat clock is simply tSec × rate. */
export function ecgSample(rhythm: Rhythm, hrBpm: number, tSec: number, seedPhase: number): number {
  const rate = ecgRateBpm(rhythm, hrBpm) ?? 0
  return ecgAtBeat(rhythm, rate, (tSec * rate) / 60 + seedPhase, tSec, seedOf(seedPhase))
}

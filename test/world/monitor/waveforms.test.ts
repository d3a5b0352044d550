import { describe, expect, it } from 'vitest'
import type { Rhythm } from '../../../src/scenario/schema/index.ts'
import { createMonitorClock } from '../../../src/world/monitor/monitor-clock.ts'
import {
  capnoSample,
  CPR_VENTILATION_RATE,
  ecgAtBeat,
  ecgRateBpm,
  ecgSample,
  plethSample,
} from '../../../src/world/monitor/waveforms.ts'

/** Element i, NaN when out of range (arrays here are dense; this keeps the types honest). */
const at = (xs: readonly number[], i: number): number => xs[i] ?? NaN

const FS = 1000 // samples per second

function sampled(f: (tSec: number) => number, seconds: number, fromSec = 0): number[] {
  const out: number[] = []
  for (let i = 0; i < seconds * FS; i++) out.push(f(fromSec + i / FS))
  return out
}

/** Times (s) of local maxima above `threshold`, at least `refractorySec` apart (a simple QRS detector). */
function peaks(signal: number[], threshold: number, refractorySec = 0.2): number[] {
  const found: number[] = []
  for (let i = 1; i < signal.length - 1; i++) {
    const v = at(signal, i)
    if (v < threshold || v < at(signal, i - 1) || v < at(signal, i + 1)) continue
    const t = i / FS
    const prev = found[found.length - 1]
    if (prev !== undefined && t - prev < refractorySec) continue
    found.push(t)
  }
  return found
}

const intervals = (times: number[]) => times.slice(1).map((t, i) => t - at(times, i))
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const cv = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2))) / mean(xs)
const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs)

const ecg = (rhythm: Rhythm, hr: number, seconds: number, seed = 0.37) =>
  sampled((t) => ecgSample(rhythm, hr, t, seed), seconds)

describe('ECG', () => {
  it.each([0, 0.37, 12.5])('counts 12–13 QRS complexes in 10 s of sinus rhythm at 75/min (seed %s)', (seed) => {
    const n = peaks(ecg('sinus', 75, 10, seed), 0.6).length
    expect(n).toBeGreaterThanOrEqual(12)
    expect(n).toBeLessThanOrEqual(13)
  })

  it.each([
    ['sinus-tachycardia', 130],
    ['sinus-bradycardia', 40],
    ['svt', 180],
    ['vt', 170],
    ['pea', 40],
  ] as [Rhythm, number][])('%s at %s/min is regular at that rate', (rhythm, hr) => {
    const rr = intervals(peaks(ecg(rhythm, hr, 20), 0.6))
    expect(60 / mean(rr)).toBeCloseTo(hr, 0)
    expect(cv(rr)).toBeLessThan(0.02)
  })

  it('AF is irregularly irregular around the given mean rate', () => {
    const times = peaks(ecg('af', 120, 60), 0.6)
    expect(times.length).toBeGreaterThan(110)
    expect(times.length).toBeLessThan(130)
    const rr = intervals(times)
    expect(cv(rr)).toBeGreaterThan(0.15)
    // No repeating pattern: successive differences vary too (not alternating long-short).
    expect(cv(rr.slice(1).map((x, i) => Math.abs(x - at(rr, i)) + 0.01))).toBeGreaterThan(0.4)
  })

  /** Signal-averaged ECG at `offsetSec` from each R peak. */
  const averagedAt = (signal: number[], offsetSec: number) => {
    const rs = peaks(signal, 0.6).filter((t) => t > 1 && t < signal.length / FS - 1)
    return mean(rs.map((t) => at(signal, Math.round((t + offsetSec) * FS))))
  }

  it('sinus rhythm has a P wave before each QRS; AF has none', () => {
    expect(averagedAt(ecg('sinus-bradycardia', 50, 30), -0.15)).toBeGreaterThan(0.12)
    expect(Math.abs(averagedAt(ecg('af', 80, 60), -0.15))).toBeLessThan(0.08)
  })

  it('AF shows a fibrillatory baseline between complexes, sinus a quiet one', () => {
    // 1 s windows mid-diastole are easiest found by sampling far from any R wave.
    const quietRange = (rhythm: Rhythm) => {
      const s = ecg(rhythm, 40, 30)
      const rs = peaks(s, 0.6)
      const spans = rs.slice(1).map((t, i) => {
        const from = Math.round((at(rs, i) + 0.55) * FS)
        const to = Math.round((t - 0.25) * FS)
        return to > from + 50 ? range(s.slice(from, to)) : 0
      })
      return mean(spans.filter((x) => x > 0))
    }
    expect(quietRange('af')).toBeGreaterThan(0.08)
    expect(quietRange('sinus-bradycardia')).toBeLessThan(0.06)
  })

  /** Width (s) of the R wave at half its height, averaged over complexes. */
  const qrsWidth = (rhythm: Rhythm, hr: number) => {
    const s = ecg(rhythm, hr, 10)
    return mean(
      peaks(s, 0.6).map((t) => {
        const i = Math.round(t * FS)
        const half = at(s, i) / 2
        let a = i
        let b = i
        while (a > 0 && at(s, a) > half) a--
        while (b < s.length - 1 && at(s, b) > half) b++
        return (b - a) / FS
      }),
    )
  }

  it('VT complexes are broad, SVT and sinus complexes narrow', () => {
    expect(qrsWidth('vt', 170)).toBeGreaterThan(0.07)
    expect(qrsWidth('svt', 180)).toBeLessThan(0.035)
    expect(qrsWidth('sinus', 75)).toBeLessThan(0.035)
  })

  it('VF is a chaotic undulation without regular peaks', () => {
    const s = ecg('vf', 0, 20)
    expect(range(s)).toBeGreaterThan(0.8)
    const rr = intervals(peaks(s, 0.1, 0.08))
    expect(rr.length).toBeGreaterThan(40)
    expect(cv(rr)).toBeGreaterThan(0.2)
    // No sharp QRS: VF's steepest slope stays well below a sinus R wave's.
    const slope = (xs: number[]) => Math.max(...xs.slice(1).map((x, i) => Math.abs(x - at(xs, i)))) * FS
    expect(slope(s)).toBeLessThan(slope(ecg('sinus', 75, 5)) / 3)
  })

  it('asystole is near-flat with only a slight wander', () => {
    const s = ecg('asystole', 0, 30)
    expect(Math.max(...s.map(Math.abs))).toBeLessThan(0.08)
    expect(range(s)).toBeGreaterThan(0.005)
  })

  it('is deterministic for a seed phase and varies between seed phases', () => {
    expect(ecg('vf', 0, 2, 1.5)).toEqual(ecg('vf', 0, 2, 1.5))
    expect(ecg('vf', 0, 2, 1.5)).not.toEqual(ecg('vf', 0, 2, 2.5))
  })

  it('counts no rate in VF, zero in asystole, and a rhythm rate where the scene gives none', () => {
    expect(ecgRateBpm('vf', 0)).toBeNull()
    expect(ecgRateBpm('asystole', 30)).toBe(0)
    expect(ecgRateBpm('sinus', 82)).toBe(82)
    expect(ecgRateBpm('vt', 0)).toBeGreaterThan(120)
  })

  it('stays continuous when the rate drifts on a shared beat clock', () => {
    const clock = createMonitorClock()
    let maxStep = 0
    let prev: number | null = null
    for (let ms = 0; ms < 20_000; ms += 4) {
      // The store's heart rate is noisy and drifting: 70–90/min.
      clock.sync(ms, 80 + 10 * Math.sin(ms / 1300) + (ms % 100 === 0 ? 0.7 : 0), 12)
      const v = ecgAtBeat('sinus', 80, clock.beatsAt(ms), ms / 1000, 7)
      if (prev !== null) maxStep = Math.max(maxStep, Math.abs(v - prev))
      prev = v
    }
    // Jumps would show as steps much larger than the steepest R-wave slope over 4 ms (about 0.5 mV).
    expect(maxStep).toBeLessThan(0.6)
  })
})

describe('pleth', () => {
  it('pulses once per heartbeat with a dicrotic notch', () => {
    const s = sampled((t) => plethSample('sinus', 60, t, 0.2, true), 10)
    const beats = peaks(s, 0.6, 0.4)
    expect(beats.length).toBeGreaterThanOrEqual(9)
    expect(beats.length).toBeLessThanOrEqual(10)
    expect(range(s)).toBeGreaterThan(0.7)
    // After each systolic peak the signal falls, then rises again (the dicrotic wave) before the next upstroke.
    const t0 = at(beats, 2)
    const after = s.slice(Math.round(t0 * FS), Math.round((t0 + 0.7) * FS))
    const notch = after.findIndex((v, i) => i > 0 && v < at(after, i - 1) && v < at(after, i + 1))
    expect(notch).toBeGreaterThan(0)
    expect(Math.max(...after.slice(notch))).toBeGreaterThan(at(after, notch) + 0.01)
  })

  it('is flat without a pulse, whatever the ECG shows', () => {
    for (const rhythm of ['pea', 'vt', 'vf', 'asystole'] as Rhythm[]) {
      expect(range(sampled((t) => plethSample(rhythm, 60, t, 0.2, false), 10))).toBeLessThan(0.05)
    }
  })

  it('varies pulse to pulse in AF (pulse deficit)', () => {
    const s = sampled((t) => plethSample('af', 110, t, 0.2, true), 20)
    // Each pulse's height above the trough before it, as seen on the trace.
    const heights = peaks(s, 0.2, 0.25)
      .filter((t) => t > 0.5)
      .map((t) => at(s, Math.round(t * FS)) - Math.min(...s.slice(Math.round((t - 0.3) * FS), Math.round(t * FS))))
    expect(cv(heights)).toBeGreaterThan(0.15)
  })
})

describe('capnography', () => {
  it('draws a plateau per breath at the respiratory rate, as high as the EtCO2', () => {
    const s = sampled((t) => capnoSample(12, 38, t, 0.3), 60)
    expect(Math.max(...s)).toBeCloseTo(38, 0)
    expect(Math.min(...s)).toBeCloseTo(0, 1)
    const rises = s.filter((v, i) => i > 0 && v >= 19 && at(s, i - 1) < 19).length
    expect(rises).toBeGreaterThanOrEqual(11)
    expect(rises).toBeLessThanOrEqual(13)
    // Square-ish: most of each expiration sits near the plateau, not on a slope.
    expect(s.filter((v) => v > 30).length / s.length).toBeGreaterThan(0.5)
  })

  it('is flat at RR 0 without ventilation', () => {
    expect(range(sampled((t) => capnoSample(0, 40, t, 0.3), 30))).toBe(0)
  })

  it('during CPR shows small, uneven plateaus from the 30:2 ventilations', () => {
    const s = sampled((t) => capnoSample(0, 18, t, 0.3, true), 90)
    const starts: number[] = []
    s.forEach((v, i) => {
      if (i > 0 && v >= 9 && at(s, i - 1) < 9) starts.push(i)
    })
    // About CPR_VENTILATION_RATE breaths a minute, in pairs.
    expect(starts.length / 1.5).toBeGreaterThan(CPR_VENTILATION_RATE - 2)
    expect(starts.length / 1.5).toBeLessThan(CPR_VENTILATION_RATE + 2)
    const heights = starts.map((i) => Math.max(...s.slice(i, i + 1200)))
    expect(Math.max(...heights)).toBeLessThan(18 * 1.25)
    expect(Math.min(...heights)).toBeGreaterThan(18 * 0.7)
    expect(cv(heights)).toBeGreaterThan(0.03)
  })
})

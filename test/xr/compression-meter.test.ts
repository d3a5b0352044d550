import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine/index.ts'
import type { CprTargets } from '../../src/scenario/index.ts'
import {
  createCompressionMeter,
  describeCycle,
  type CompressionMeter,
  type MeterEvent,
} from '../../src/xr/cpr/index.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const vf = loadScene('vf-arrest-adult.yaml')
const targets: CprTargets = (() => {
  if (!vf.cpr) throw new Error('the VF scene has a cpr block')
  return vf.cpr.targets
})()

const HZ = 72
const FRAME_MS = 1000 / HZ
const REST_M = 0.9 // the hands' midpoint resting on the chest, metres above the floor

/** Hand height over time in a segment: metres, or null with the hands off the chest. */
type Motion = (tS: number) => number | null

/** Compressions as a raised cosine from the rest height down `depthMm` and back, optionally leaning down. */
const compressions =
  (ratePerMin: number, depthMm: number, leanMmPerS = 0, leanMaxMm = 0): Motion =>
  (tS) => {
    const lean = Math.min(leanMaxMm, leanMmPerS * tS) / 1000
    return REST_M - lean - ((depthMm / 1000) * (1 - Math.cos((2 * Math.PI * ratePerMin * tS) / 60))) / 2
  }
const handsOff: Motion = () => null

/** A deterministic ±amplitude jitter, like hand tracking noise. */
function jitter(amplitudeMm: number, motion: Motion): Motion {
  let x = 12345
  return (tS) => {
    const h = motion(tS)
    x = (x * 1103515245 + 12345) % 2 ** 31
    return h === null ? null : h + ((x / 2 ** 31) * 2 - 1) * (amplitudeMm / 1000)
  }
}

/** Feeds segments of motion at 72 Hz; returns every event with the time of the frame that produced it. */
function drive(meter: CompressionMeter, segments: [seconds: number, motion: Motion][], startMs = 0) {
  const events: (MeterEvent & { frameMs: number })[] = []
  let segStartMs = startMs
  for (const [seconds, motion] of segments) {
    const frames = Math.round(seconds * HZ)
    for (let i = 0; i < frames; i++) {
      const tMs = segStartMs + i * FRAME_MS
      const h = motion((i * FRAME_MS) / 1000)
      for (const e of meter.sample(tMs, h !== null, h ?? NaN)) events.push({ ...e, frameMs: tMs })
    }
    segStartMs += frames * FRAME_MS
  }
  return { events, endMs: segStartMs }
}
const ofType = <T extends MeterEvent['type']>(events: MeterEvent[], type: T) =>
  events.filter((e): e is Extract<MeterEvent, { type: T }> => e.type === type)

describe('compression meter', () => {
  it('110/min at 55 mm with full recoil is good', () => {
    const meter = createCompressionMeter(targets)
    drive(meter, [[30, compressions(110, 55)]])
    const s = meter.snapshot()
    expect(s.ratePerMin).toBeCloseTo(110, -0.5)
    expect(s.depthMm).toBeCloseTo(55, 0)
    expect(s.recoilFraction).toBe(1)
    expect(s.longestPauseS).toBe(0)
    expect(s.compressionFraction).toBe(1)
    expect(s.quality).toBeGreaterThanOrEqual(0.8)
    expect(s.rating).toBe('good')
  })

  it('60/min is poor however deep', () => {
    const meter = createCompressionMeter(targets)
    drive(meter, [[30, compressions(60, 55)]])
    expect(meter.snapshot()).toMatchObject({ rating: 'poor' })
    expect(meter.snapshot().ratePerMin).toBeCloseTo(60, -0.5)
  })

  it('shallow 20 mm compressions are counted, and poor', () => {
    const meter = createCompressionMeter(targets)
    const { events } = drive(meter, [[30, compressions(110, 20)]])
    expect(ofType(events, 'compression').length).toBeGreaterThanOrEqual(54)
    expect(meter.snapshot().depthMm).toBeCloseTo(20, 0)
    expect(meter.snapshot().rating).toBe('poor')
  })

  it('leaning (the hands no longer come back up) gives a low recoil fraction', () => {
    const meter = createCompressionMeter(targets)
    drive(meter, [
      [5, compressions(110, 55)],
      [20, compressions(110, 55, 10, 25)], // sinks 10 mm/s to 25 mm below the chest at rest
    ])
    const s = meter.snapshot()
    expect(s.recoilFraction).toBeLessThan(0.3)
    expect(s.rating).toBe('poor')
  })

  it('a 12 s hands-off gap: a pause event as it passes the target and one with ~12 s when CPR resumes', () => {
    const meter = createCompressionMeter(targets)
    const { events } = drive(meter, [
      [20, compressions(110, 55)],
      [12, handsOff],
      [5, compressions(110, 55)],
    ])
    const pauses = ofType(events, 'pause')
    expect(pauses).toHaveLength(2)
    const [live, ended] = pauses
    expect(live).toMatchObject({ ended: false })
    expect(live?.startedMs).toBeCloseTo(20_000, -3)
    expect(ended).toMatchObject({ ended: true, startedMs: live?.startedMs })
    expect(ended?.durationS).toBeCloseTo(12, 0)
    expect(meter.snapshot().longestPauseS).toBeCloseTo(12, 0)
    // The engine hears at once that compressions stopped (no flow), then nothing until they resume.
    const qualities = ofType(events, 'quality')
    const during = events.filter((e) => e.type === 'quality' && e.frameMs > 20_500 && e.frameMs < 32_000)
    expect(during).toEqual([expect.objectContaining({ quality: 0 })])
    expect(qualities.at(-1)?.metrics.longestPauseS).toBeCloseTo(12, 0)
  })

  it('one compression event per stroke, and tracking jitter makes none', () => {
    const meter = createCompressionMeter(targets)
    const { events } = drive(meter, [
      [3, jitter(3, () => REST_M)], // hands resting on the chest
      [30, jitter(2, compressions(100, 52))], // 50 strokes
      [3, jitter(3, () => REST_M)],
    ])
    const strokes = ofType(events, 'compression')
    expect(strokes).toHaveLength(50)
    for (const s of strokes) expect(s.depthMm).toBeGreaterThan(48)
  })

  it('reports quality every 2 s of CPR, with the metrics the engine takes', () => {
    const meter = createCompressionMeter(targets)
    const { events } = drive(meter, [[20, compressions(110, 55)]])
    const qualities = ofType(events, 'quality')
    expect(qualities.length).toBeGreaterThanOrEqual(9)
    expect(qualities.length).toBeLessThanOrEqual(10)
    expect(Object.keys(qualities.at(-1)?.metrics ?? {}).sort()).toEqual([
      'compressionFraction',
      'compressions',
      'depthMm',
      'longestPauseS',
      'ratePerMin',
      'recoilFraction',
      'windowS',
    ])
    expect(qualities.at(-1)?.metrics.windowS).toBe(10)
  })

  it('summarises each cycle of targets.cycleS, which describeCycle turns into headset lines', () => {
    const meter = createCompressionMeter(targets)
    const { events } = drive(meter, [
      [60, compressions(112, 38)],
      [4, handsOff],
      [62, compressions(112, 38)],
    ])
    const cycles = ofType(events, 'cycle')
    expect(cycles).toHaveLength(1)
    const summary = cycles[0]?.summary
    if (!summary) return
    expect(summary.index).toBe(1)
    expect(summary.endedMs - summary.startedMs).toBe(targets.cycleS.value * 1000)
    expect(summary.met).toEqual({
      ratePerMin: true,
      depthMm: false,
      recoilFraction: true,
      longestPauseS: true,
      compressionFraction: true,
    })
    expect(summary.longestPauseS).toBeCloseTo(4, 0)
    expect(summary.compressionFraction).toBeCloseTo(1 - 4 / 120, 2)
    expect(describeCycle(summary, targets)).toEqual([
      'Cycle 1: 4 of 5 targets met',
      'Rate 112/min ✓ (100–120)',
      'Depth 38 mm ✗ push harder (50–60)',
      'Full recoil 100 % ✓ (every compression)',
      `Longest pause ${summary.longestPauseS} s ✓ (≤ 10 s)`,
      'Compression fraction 97 % ✓ (≥ 60 %)',
    ])
  })

  it('reset starts over: no metrics, no cycle clock', () => {
    const meter = createCompressionMeter(targets)
    const { endMs } = drive(meter, [[10, compressions(110, 55)]])
    meter.reset()
    expect(meter.snapshot()).toMatchObject({ compressions: 0, quality: 0, rating: 'poor' })
    const { events } = drive(meter, [[5, compressions(110, 55)]], endMs)
    expect(ofType(events, 'compression').length).toBeGreaterThanOrEqual(8)
    expect(ofType(events, 'pause')).toEqual([])
  })
})

describe('the meter feeds the engine', () => {
  /** 60 s of VF with headset CPR: the meter's quality events dispatched as cpr.quality, frame by frame. */
  function perfusionWith(motion: Motion) {
    const engine = createEngine(vf, { seed: 5, maxAdvanceMs: Infinity })
    engine.advance(5_000)
    engine.dispatch({ type: 'action.perform', actionId: 'cpr-start', quality: 0 })
    const meter = createCompressionMeter(targets)
    for (let i = 0; i < 60 * HZ; i++) {
      const h = motion(i / HZ)
      for (const e of meter.sample(i * FRAME_MS, h !== null, h ?? NaN))
        if (e.type === 'quality') engine.dispatch({ type: 'cpr.quality', quality: e.quality, metrics: e.metrics })
      engine.advance(FRAME_MS)
    }
    const changes = engine.getEvents().filter((e) => e.type === 'cpr.quality-changed')
    return { vitals: engine.getState().vitals, changes }
  }

  it('good compressions perfuse better than poor ones (higher SBP and EtCO2)', () => {
    const good = perfusionWith(compressions(110, 55))
    const poor = perfusionWith(compressions(60, 30))
    expect(good.changes.length).toBeGreaterThan(20)
    expect(good.changes.at(-1)).toMatchObject({ metrics: { compressions: expect.any(Number) } })
    expect(good.vitals.sbp).toBeGreaterThan(poor.vitals.sbp + 30)
    expect(good.vitals.etco2).toBeGreaterThan(poor.vitals.etco2 + 8)
  })
})

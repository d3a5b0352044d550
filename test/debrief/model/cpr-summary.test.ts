import { describe, expect, it } from 'vitest'
import { replay, type CprMetrics, type TimedCommand } from '../../../src/engine/index.ts'
import { cprSummary } from '../../../src/debrief/model/index.ts'
import { vfArrest } from './fixtures.ts'

const good: CprMetrics = {
  ratePerMin: 110,
  depthMm: 55,
  recoilFraction: 1,
  longestPauseS: 0,
  compressionFraction: 1,
  compressions: 18,
  windowS: 10,
}
// The meter's report as a pause begins (quality 0), and the first after compressions resume.
const pauseStart: CprMetrics = { ...good, longestPauseS: 2.5, compressionFraction: 0.8, compressions: 16 }
const resumed: CprMetrics = {
  ratePerMin: 108,
  depthMm: 50,
  recoilFraction: 0.9,
  longestPauseS: 9,
  compressionFraction: 0.2,
  compressions: 3,
  windowS: 10,
}

const at = (s: number, command: TimedCommand['command']): TimedCommand => ({ atMs: s * 1000, command })
const quality = (s: number, metrics: CprMetrics, q = 0.9) => at(s, { type: 'cpr.quality', quality: q, metrics })

/** VF from the start; headset CPR from 10 s to 60 s with a hands-off pause from about 42 s to 51 s. */
const commands: TimedCommand[] = [
  at(10, { type: 'action.perform', actionId: 'cpr-start', quality: 0 }),
  ...Array.from({ length: 15 }, (_, i) => quality(12 + 2 * i, good)),
  quality(42, pauseStart, 0),
  quality(52, resumed, 0.3),
  ...[54, 56, 58, 60].map((s) => quality(s, good)),
  at(60, { type: 'action.perform', actionId: 'cpr-stop' }),
]

describe('cprSummary with headset metrics', () => {
  const events = replay(vfArrest, 1, commands, { untilMs: 60_000 }).events
  const summary = cprSummary(events, 60_000, vfArrest.cpr)

  it('weights each measurement over the CPR time back to the one before it', () => {
    expect(summary?.pulselessMs).toBe(60_000)
    // Spans: 10–40 s good, 40–42 s the pause's start, 42–52 s the resumption, 52–60 s good again.
    expect(summary?.measured).toEqual({
      ratePerMin: (38 * 110 + 2 * 110 + 10 * 108) / 50,
      depthMm: (40 * 55 + 10 * 50) / 50,
      recoilFraction: (40 * 1 + 10 * 0.9) / 50,
      longestPauseS: 9,
      // 10 s no-flow before CPR, plus hands-off inside CPR: 2 s × 20 % + 10 s × 80 %.
      compressionFraction: Math.round((1 - (10 + 0.4 + 8) / 60) * 1000) / 1000,
    })
    expect(summary?.assumedQuality).toBeNull()
  })

  it('rates every figure against the scene targets, citing their references', () => {
    expect(summary?.targets).toEqual([
      { key: 'ratePerMin', measured: 109.6, min: 100, max: 120, met: true, ref: ['aha-bls-quality'] },
      { key: 'depthMm', measured: 54, min: 50, max: 60, met: true, ref: ['aha-bls-quality'] },
      { key: 'recoilFraction', measured: 0.98, min: 1, met: false, ref: ['aha-bls-quality'] },
      { key: 'longestPauseS', measured: 9, max: 10, met: true, ref: ['aha-bls-quality'] },
      { key: 'compressionFraction', measured: 0.693, min: 0.6, met: true, ref: ['aha-2015-cpr-quality'] },
    ])
  })

  it('without the scene block it still summarises, with no target rows', () => {
    expect(cprSummary(events, 60_000)?.targets).toEqual([])
  })

  it('a long measured pause fails its target', () => {
    const long = commands.map((c) =>
      c.command.type === 'cpr.quality' && c.command.metrics === resumed
        ? quality(52, { ...resumed, longestPauseS: 12.4 }, 0.3)
        : c,
    )
    const rows = cprSummary(replay(vfArrest, 1, long, { untilMs: 60_000 }).events, 60_000, vfArrest.cpr)?.targets
    expect(rows?.find((r) => r.key === 'longestPauseS')).toMatchObject({ measured: 12.4, met: false })
  })
})

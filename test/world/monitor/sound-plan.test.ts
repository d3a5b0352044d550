import { describe, expect, it } from 'vitest'
import {
  ALARM_PATTERNS,
  beepFrequencyHz,
  createSoundPlanner,
  highestPriority,
  type SoundInput,
  type Tone,
} from '../../../src/world/monitor/sound-plan.ts'

/** Element i, NaN when out of range (arrays here are dense; this keeps the types honest). */
const at = (xs: readonly number[], i: number): number => xs[i] ?? NaN

/** Runs a planner at 60 frames/s for `seconds`, the beat clock at `rateBpm`. */
function run(input: Partial<SoundInput>, seconds: number, rateBpm = 60) {
  const planner = createSoundPlanner()
  const tones: Tone[] = []
  const cancels: number[] = []
  for (let frame = 0; frame <= seconds * 60; frame++) {
    const nowSec = frame / 60
    const full: SoundInput = {
      running: true,
      beep: true,
      spo2Pct: 97,
      rhythm: 'sinus',
      seed: 3,
      alarms: [],
      ...input,
      beats: (nowSec * rateBpm) / 60 + 0.5,
    }
    if (planner.plan(full, nowSec, tones)) cancels.push(nowSec)
  }
  return { tones, cancels }
}

describe('pulse-oximeter beep', () => {
  it('sounds once per heartbeat', () => {
    const beeps = run({}, 10, 75).tones.filter((t) => t.kind === 'beep')
    expect(beeps.length).toBeGreaterThanOrEqual(12)
    expect(beeps.length).toBeLessThanOrEqual(13)
  })

  it('falls in pitch as SpO2 falls', () => {
    expect(beepFrequencyHz(100)).toBeCloseTo(880)
    expect(beepFrequencyHz(90)).toBeLessThan(beepFrequencyHz(97))
    expect(beepFrequencyHz(80)).toBeLessThan(beepFrequencyHz(90))
    expect(beepFrequencyHz(80)).toBeGreaterThan(150)
    const beep = run({ spo2Pct: 84 }, 2).tones.find((t) => t.kind === 'beep')
    expect(beep?.frequencyHz).toBe(beepFrequencyHz(84))
  })

  it('follows the irregular beats of AF', () => {
    const times = run({ rhythm: 'af' }, 30, 100)
      .tones.filter((t) => t.kind === 'beep')
      .map((t) => t.atSec)
    const gaps = times.slice(1).map((t, i) => t - at(times, i))
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(0.3)
  })

  it('is silent without a pulse and while paused', () => {
    expect(run({ beep: false }, 5).tones).toEqual([])
    expect(run({ running: false }, 5).tones).toEqual([])
  })
})

describe('alarm tones', () => {
  it('ranks a rhythm alarm above a vital alarm', () => {
    expect(highestPriority(['spo2', 'rhythm'])).toBe('high')
    expect(highestPriority(['spo2'])).toBe('medium')
    expect(highestPriority([])).toBeNull()
  })

  it('sounds the high-priority burst of 10 pulses at once, then repeats it', () => {
    const alarms = run({ beep: false, alarms: ['rhythm'] }, 10).tones
    const high = ALARM_PATTERNS.high
    expect(alarms.length).toBe(2 * high.onsetsSec.length)
    expect(alarms.slice(0, 10).map((t) => t.atSec)).toEqual(high.onsetsSec.map((o) => o))
    expect(alarms[10]?.atSec).toBeCloseTo(high.repeatSec, 1)
  })

  it('sounds three lower pulses for a medium alarm', () => {
    const alarms = run({ beep: false, alarms: ['spo2'] }, 5).tones
    expect(alarms.length).toBe(3)
    expect(alarms.every((t) => t.frequencyHz < ALARM_PATTERNS.high.frequencyHz)).toBe(true)
  })

  it('cancels scheduled tones when the alarm clears', () => {
    const planner = createSoundPlanner()
    const out: Tone[] = []
    const input: SoundInput = {
      running: true,
      beep: false,
      spo2Pct: 97,
      rhythm: 'vf',
      seed: 1,
      beats: 0,
      alarms: ['rhythm'],
    }
    expect(planner.plan(input, 0, out)).toBe(true)
    expect(planner.plan(input, 0.1, out)).toBe(false)
    expect(planner.plan({ ...input, alarms: [] }, 0.2, out)).toBe(true)
    expect(planner.plan({ ...input, running: false, alarms: ['rhythm'] }, 0.3, out)).toBe(false)
  })
})

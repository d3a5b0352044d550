import { describe, expect, it } from 'vitest'
import {
  BREATH_AMPLITUDE,
  CPR_COMPRESSION,
  breathShape,
  compressionShape,
  createChestMotion,
  ventilationShape,
  type ChestInput,
} from '../../src/world/patient/breathing.ts'

const FRAME_S = 1 / 60

const input = (overrides: Partial<ChestInput> = {}): ChestInput => ({
  rrPerMin: 12,
  depth: 'normal',
  pulse: true,
  effort: 1,
  gasping: false,
  cpr: false,
  bvm: false,
  ...overrides,
})

/** Chest scale sampled every frame for `seconds`. */
function run(seconds: number, given: ChestInput | ((tSec: number) => ChestInput)): number[] {
  const motion = createChestMotion()
  const out: number[] = []
  for (let i = 0; i < Math.round(seconds / FRAME_S); i++) {
    out.push(motion.step(FRAME_S, typeof given === 'function' ? given(i * FRAME_S) : given))
  }
  return out
}

/** Times (s) at which the signal rises above `threshold` (one per breath or compression). */
function onsets(samples: number[], threshold: number, below = false): number[] {
  const times: number[] = []
  let inside = false
  samples.forEach((v, i) => {
    const now = below ? v < threshold : v > threshold
    if (now && !inside) times.push(i * FRAME_S)
    inside = now
  })
  return times
}

const range = (samples: number[]) => Math.max(...samples) - Math.min(...samples)

describe('breath shape', () => {
  it('rises over the first 40 % of a breath and falls back by its end', () => {
    expect(breathShape(0)).toBeCloseTo(0)
    expect(breathShape(0.4)).toBeCloseTo(1)
    expect(breathShape(0.7)).toBeCloseTo(0.5)
    expect(breathShape(0.999)).toBeCloseTo(0, 3)
  })
})

describe('spontaneous breathing', () => {
  it('breathes at the respiratory rate', () => {
    expect(onsets(run(60, input({ rrPerMin: 12 })), 1.02)).toHaveLength(12)
    expect(onsets(run(60, input({ rrPerMin: 30 })), 1.02)).toHaveLength(30)
  })

  it('moves the chest by the depth the scene declares, more with effort', () => {
    const shallow = range(run(20, input({ depth: 'shallow' })))
    const normal = range(run(20, input({ depth: 'normal' })))
    const deep = range(run(20, input({ depth: 'deep' })))
    expect(normal).toBeCloseTo(BREATH_AMPLITUDE.normal, 3)
    expect(shallow).toBeLessThan(normal)
    expect(deep).toBeGreaterThan(normal)
    expect(range(run(20, input({ depth: 'deep', effort: 1.35 })))).toBeGreaterThan(deep)
  })

  it('keeps its phase when the rate changes (no jump in the chest)', () => {
    const samples = run(20, (t) => input({ rrPerMin: t < 7.3 ? 12 : 36 }))
    const biggestStep = Math.max(...samples.slice(1).map((v, i) => Math.abs(v - (samples[i] ?? v))))
    expect(biggestStep).toBeLessThan(0.01)
  })

  it('is still with no breathing depth or a rate of zero', () => {
    expect(range(run(30, input({ depth: 'none' })))).toBe(0)
    expect(range(run(30, input({ rrPerMin: 0 })))).toBe(0)
  })
})

describe('cardiac arrest', () => {
  it('a pulseless patient does not breathe, whatever the rate and depth say', () => {
    expect(range(run(30, input({ pulse: false, rrPerMin: 16, depth: 'deep' })))).toBe(0)
  })

  it('declared gasps come irregularly, far apart, and only as often as the rate allows', () => {
    const gasps = onsets(run(120, input({ pulse: false, gasping: true, rrPerMin: 5 })), 1.005)
    expect(gasps.length).toBeGreaterThanOrEqual(5)
    expect(gasps.length).toBeLessThanOrEqual(16)
    const gaps = gasps.slice(1).map((t, i) => t - (gasps[i] ?? t))
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(1.5)
  })

  it('CPR compresses the chest at 110 per minute, about a fifth of its depth', () => {
    const samples = run(60, input({ pulse: false, cpr: true, rrPerMin: 0 }))
    const compressions = onsets(samples, 1 - CPR_COMPRESSION / 2, true)
    expect(compressions.length).toBeGreaterThanOrEqual(109)
    expect(compressions.length).toBeLessThanOrEqual(111)
    expect(Math.min(...samples)).toBeCloseTo(1 - CPR_COMPRESSION, 2)
    expect(compressionShape(0)).toBe(0)
    expect(compressionShape(30 / 110)).toBeCloseTo(1)
  })

  it('bag-mask ventilation inflates an apnoeic chest 10 times a minute', () => {
    const samples = run(60, input({ pulse: false, rrPerMin: 0, bvm: true }))
    expect(onsets(samples, 1.02)).toHaveLength(10)
    expect(ventilationShape(1)).toBeCloseTo(1)
    expect(ventilationShape(4)).toBe(0)
  })

  it('reports how far the bag is squeezed and the chest compressed, for the team members', () => {
    const motion = createChestMotion()
    let maxBag = 0
    let maxCompression = 0
    for (let i = 0; i < 600; i++) {
      motion.step(FRAME_S, input({ pulse: false, rrPerMin: 0, bvm: true, cpr: true }))
      maxBag = Math.max(maxBag, motion.bagSqueeze)
      maxCompression = Math.max(maxCompression, motion.compression)
    }
    expect(maxBag).toBeCloseTo(1, 2)
    expect(maxCompression).toBeCloseTo(1, 2)
  })
})

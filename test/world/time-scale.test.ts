import { describe, expect, it } from 'vitest'
import { MAX_FRAME_MS, parseTimeScale, simMsForFrame } from '../../src/world/time-scale.ts'

describe('time scale (tests and development only)', () => {
  it('is 1 unless a valid ?timeScale is given, and is capped', () => {
    expect(parseTimeScale('')).toBe(1)
    expect(parseTimeScale('?timeScale=abc')).toBe(1)
    expect(parseTimeScale('?timeScale=0.5')).toBe(1)
    expect(parseTimeScale('?timeScale=20')).toBe(20)
    expect(parseTimeScale('?x=1&timeScale=1000')).toBe(60)
  })

  it('clamps a long frame before scaling it', () => {
    expect(simMsForFrame(16, 1)).toBe(16)
    expect(simMsForFrame(5000, 1)).toBe(MAX_FRAME_MS)
    expect(simMsForFrame(100, 20)).toBe(2000)
  })
})

import { describe, expect, it } from 'vitest'
import { createTraceStrip, updateTraceStrip } from '../../../src/world/monitor/trace-strip.ts'

describe('sweeping trace strip', () => {
  it('keeps the full height of a spike narrower than a pixel column', () => {
    // 6 s over 600 px: 10 ms per column; a 3 ms spike at 3.0045 s.
    const strip = createTraceStrip(0, 0, 600, 100, 6)
    updateTraceStrip(strip, 5_999, (t) => (t >= 3003 && t < 3006 ? 1 : 0))
    expect(Math.max(...strip.hi)).toBe(1)
  })

  it('fills the whole strip at first, then only the columns the sweep crossed', () => {
    const strip = createTraceStrip(0, 0, 600, 100, 6)
    updateTraceStrip(strip, 12_000, () => 0)
    expect(strip.hi.every((v) => v === 0)).toBe(true)
    updateTraceStrip(strip, 12_100, () => 5)
    const changed = strip.hi.filter((v) => v === 5).length
    expect(changed).toBe(10)
  })

  it('leaves no trace where there is no signal', () => {
    const strip = createTraceStrip(0, 0, 600, 100, 6)
    updateTraceStrip(strip, 1_000, () => NaN)
    expect(strip.hi.every(Number.isNaN)).toBe(true)
  })
})

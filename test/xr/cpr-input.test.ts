import { describe, expect, it } from 'vitest'
import { onSternum } from '../../src/xr/cpr/chest-contact.ts'
import { createCprClock, parseFixedFrameMs } from '../../src/xr/cpr-clock.ts'

describe('CPR input in the headset', () => {
  const sternum = [0, 0.95, -0.88] as const

  it('counts a hand as on the sternum only over the lower sternum, resting or pushing', () => {
    expect(onSternum([0.02, 1.0, -0.86], sternum)).toBe(true)
    expect(onSternum([0.02, 0.9, -0.86], sternum)).toBe(true) // pushed 5 cm down
    expect(onSternum([0.3, 1.0, -0.88], sternum)).toBe(false) // on the patient's arm
    expect(onSternum([0, 1.4, -0.88], sternum)).toBe(false) // hovering well above the chest
  })

  it('times frames by their real length, or by a fixed rate under ?xrFrameHz (tests)', () => {
    const real = createCprClock(null)
    real.tick(0.5)
    expect(real.tick(0.25)).toBe(750)
    const fixed = createCprClock(parseFixedFrameMs('?xrFrameHz=20'))
    fixed.tick(0.9)
    expect(fixed.tick(0.9)).toBe(100)
    expect(parseFixedFrameMs('?xrFrameHz=5')).toBeNull()
    expect(parseFixedFrameMs('')).toBeNull()
  })
})

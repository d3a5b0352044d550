/**
 * Quest browsers pick 120 Hz when asked for "high" (the library's default): 8.3 ms a frame. Resus asks for
 * 90 Hz (11.1 ms), else 72 Hz (13.9 ms, Meta's baseline for interactive apps), else leaves the device default.
 */
export const PREFERRED_FRAME_RATES = [90, 72] as const

export function pickFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported)
  return PREFERRED_FRAME_RATES.find((rate) => rates.includes(rate)) ?? false
}

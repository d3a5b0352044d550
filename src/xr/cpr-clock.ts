/**
 * The clock the CPR meter measures hand motion against: each XR frame's real duration. `?xrFrameHz=N`
 * (tests only, like `?timeScale`) makes every frame count as 1/N s instead, so an emulated headset rendering
 * a few frames a second in software still samples compressions as a headset at N Hz would.
 */
export function parseFixedFrameMs(search: string): number | null {
  const hz = Number(new URLSearchParams(search).get('xrFrameHz'))
  return Number.isFinite(hz) && hz >= 10 && hz <= 144 ? 1000 / hz : null
}

export function createCprClock(fixedFrameMs: number | null) {
  let nowMs = 0
  return {
    /** Advances by one frame and returns the new time (ms since the clock was made). */
    tick(frameS: number): number {
      nowMs += fixedFrameMs ?? frameS * 1000
      return nowMs
    },
  }
}

/** The largest frame time the clock passes on, so a backgrounded tab cannot trigger a catch-up storm. */
export const MAX_FRAME_MS = 250
const MAX_TIME_SCALE = 60

/**
 * `?timeScale=N` (development and tests only: a learner never sees it) runs sim time N times faster
 * than the wall clock, so a browser test can play a 10-minute scenario to its end in seconds.
 */
export function parseTimeScale(search: string): number {
  const raw = Number(new URLSearchParams(search).get('timeScale'))
  return Number.isFinite(raw) && raw >= 1 ? Math.min(raw, MAX_TIME_SCALE) : 1
}

/** Sim milliseconds to advance for one frame: the frame time, clamped, then scaled. */
export const simMsForFrame = (frameMs: number, timeScale: number) => Math.min(frameMs, MAX_FRAME_MS) * timeScale

/**
 * A sweeping trace: one column per pixel holding the lowest and highest value sampled while the
 * sweep crossed it (so narrow peaks such as the R wave keep their full height), written as the sweep
 * passes and drawn with an erase gap ahead of it, like a bedside monitor.
 */
export interface TraceStrip {
  x: number
  y: number
  width: number
  height: number
  /** Seconds the sweep takes to cross the strip. */
  windowSec: number
  lo: Float32Array
  hi: Float32Array
  /** Column the sweep was in at the last update (-1: never updated). */
  lastCol: number
  lastMs: number
}

const SUBSAMPLES = 4

export function createTraceStrip(x: number, y: number, width: number, height: number, windowSec: number): TraceStrip {
  const w = Math.max(2, Math.floor(width))
  return {
    x,
    y,
    width: w,
    height,
    windowSec,
    lo: new Float32Array(w).fill(NaN),
    hi: new Float32Array(w).fill(NaN),
    lastCol: -1,
    lastMs: 0,
  }
}

const sweepCol = (s: TraceStrip, wallMs: number) => {
  const windowMs = s.windowSec * 1000
  const phase = (((wallMs % windowMs) + windowMs) % windowMs) / windowMs
  return Math.min(s.width - 1, Math.floor(phase * s.width))
}

/**
 * Samples the columns the sweep crossed since the last update (all of them the first time, as if the
 * monitor had been running). `sample(tMs)` returns NaN where there is no signal (nothing is drawn).
 */
export function updateTraceStrip(s: TraceStrip, wallMs: number, sample: (tMs: number) => number): void {
  const col = sweepCol(s, wallMs)
  const msPerCol = (s.windowSec * 1000) / s.width
  let count = s.lastCol < 0 || wallMs - s.lastMs >= s.windowSec * 1000 ? s.width : (col - s.lastCol + s.width) % s.width
  if (count === 0 && s.lastCol >= 0) return
  count = Math.min(count, s.width)
  for (let back = count - 1; back >= 0; back--) {
    const j = (col - back + s.width) % s.width
    const t = wallMs - back * msPerCol
    let lo = Infinity
    let hi = -Infinity
    for (let k = 0; k < SUBSAMPLES; k++) {
      const v = sample(t - (k * msPerCol) / SUBSAMPLES)
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
    // NaN compares false: a column without signal keeps lo = Infinity and is stored as NaN.
    s.lo[j] = lo === Infinity ? NaN : lo
    s.hi[j] = hi === -Infinity ? NaN : hi
  }
  s.lastCol = col
  s.lastMs = wallMs
}

/**
 * Strokes the trace with `ctx`'s current stroke style, mapping values to y with `y0 - v * gain`
 * (clamped to the strip), leaving an erase gap of `gapPx` columns ahead of the sweep.
 */
export function strokeTraceStrip(
  ctx: CanvasRenderingContext2D,
  s: TraceStrip,
  y0: number,
  gain: number,
  gapPx: number,
): void {
  const top = s.y + 1
  const bottom = s.y + s.height - 1
  let penDown = false
  let lastY = 0
  ctx.beginPath()
  for (let j = 0; j < s.width; j++) {
    const ahead = (j - s.lastCol + s.width) % s.width
    const lo = s.lo[j] ?? NaN
    const hi = s.hi[j] ?? NaN
    if ((ahead >= 1 && ahead <= gapPx) || Number.isNaN(lo)) {
      penDown = false
      continue
    }
    const x = s.x + j + 0.5
    const yLo = Math.min(bottom, Math.max(top, y0 - lo * gain))
    const yHi = Math.min(bottom, Math.max(top, y0 - hi * gain))
    // Visit the extreme nearer the previous point first so the line stays continuous.
    const first = Math.abs(yLo - lastY) < Math.abs(yHi - lastY) ? yLo : yHi
    const second = first === yLo ? yHi : yLo
    if (penDown) ctx.lineTo(x, first)
    else ctx.moveTo(x, first)
    if (second !== first) ctx.lineTo(x, second)
    lastY = second
    penDown = true
  }
  ctx.stroke()
}

/** A turning point of the hands' vertical motion, confirmed once they have moved back by the hysteresis. */
export type StrokeEdge =
  /** The bottom of a downstroke: one compression, `depthMm` below the top it started from. */
  | { type: 'trough'; atMs: number; depthMm: number }
  /** The top the hands returned to (the start of the next downstroke). */
  | { type: 'top'; atMs: number; heightM: number }

export interface StrokeDetector {
  /** Feeds one height sample; returns the turning point it confirms, if any. */
  push(tMs: number, heightM: number): StrokeEdge | null
  /** The highest point since the last trough while the hands are still rising or resting: a top not yet confirmed. */
  pendingTop(): { atMs: number; heightM: number } | null
  /** Forget the motion so far (the hands left the chest). */
  reset(): void
}

/**
 * Peaks and troughs with hysteresis: a turning point counts only once the hands have moved `hysteresisM` back
 * from it, so tracking jitter smaller than that never makes or splits a stroke.
 */
export function createStrokeDetector(hysteresisM: number): StrokeDetector {
  let phase: 'idle' | 'up' | 'down' = 'idle'
  let extremeM = 0
  let extremeMs = 0
  let topM = 0

  const turn = (next: 'up' | 'down', tMs: number, heightM: number) => {
    phase = next
    extremeM = heightM
    extremeMs = tMs
  }

  return {
    push(tMs, heightM) {
      if (phase === 'idle') {
        // The first reading is treated as a top in the making: hands land on the chest before pushing.
        turn('up', tMs, heightM)
        return null
      }
      if (phase === 'up') {
        if (heightM >= extremeM) {
          extremeM = heightM
          extremeMs = tMs
          return null
        }
        if (extremeM - heightM < hysteresisM) return null
        const top: StrokeEdge = { type: 'top', atMs: extremeMs, heightM: extremeM }
        topM = extremeM
        turn('down', tMs, heightM)
        return top
      }
      if (heightM <= extremeM) {
        extremeM = heightM
        extremeMs = tMs
        return null
      }
      if (heightM - extremeM < hysteresisM) return null
      const trough: StrokeEdge = { type: 'trough', atMs: extremeMs, depthMm: (topM - extremeM) * 1000 }
      turn('up', tMs, heightM)
      return trough
    },
    pendingTop: () => (phase === 'up' ? { atMs: extremeMs, heightM: extremeM } : null),
    reset() {
      phase = 'idle'
    },
  }
}

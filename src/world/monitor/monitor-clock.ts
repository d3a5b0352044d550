/**
 * Beat and breath clocks of the monitor: the heart rate and respiratory rate integrated over wall
 * time. Waveforms read positions on these clocks rather than `time × rate`, so the noisy, drifting
 * rates from the store never make a trace jump. One shared clock keeps the 3D screen, the 2D panel
 * and the pulse beep in step; any of them may sync it (syncing twice for the same time is a no-op).
 */
export interface MonitorClock {
  /** Advances both clocks to `wallMs` at the old rates, then runs on at the new ones. */
  sync(wallMs: number, beatRateBpm: number, breathRatePerMin: number): void
  /** Beat-clock position at `wallMs` (at or shortly before the last sync). */
  beatsAt(wallMs: number): number
  breathsAt(wallMs: number): number
}

export function createMonitorClock(): MonitorClock {
  let anchorMs: number | null = null
  let beats = 0
  let breaths = 0
  let beatRate = 0
  let breathRate = 0
  return {
    sync(wallMs, beatRateBpm, breathRatePerMin) {
      if (anchorMs === null) anchorMs = wallMs
      if (wallMs > anchorMs) {
        beats += ((wallMs - anchorMs) * beatRate) / 60000
        breaths += ((wallMs - anchorMs) * breathRate) / 60000
        anchorMs = wallMs
      }
      beatRate = beatRateBpm
      breathRate = breathRatePerMin
    },
    beatsAt: (wallMs) => beats + ((wallMs - (anchorMs ?? wallMs)) * beatRate) / 60000,
    breathsAt: (wallMs) => breaths + ((wallMs - (anchorMs ?? wallMs)) * breathRate) / 60000,
  }
}

/** The app's one monitor clock (wall time = `performance.now()` milliseconds). */
export const monitorClock: MonitorClock = createMonitorClock()

import type { AlarmId } from '../../engine/types.ts'
import type { Rhythm } from '../../scenario/schema/index.ts'
import { rPeakBeat } from './ecg.ts'
import { alarmPriority, type AlarmPriority } from './monitor-readout.ts'

/**
 * What the monitor should sound, decided without Web Audio (testable in Node): the pulse-oximeter
 * beep at each heartbeat, pitched by SpO2, and alarm bursts by priority in IEC 60601-1-8-like patterns.
 */

/** Beep pitch: 880 Hz at 100 %, half a semitone lower per percent down to 50 %, as oximeters signal desaturation. */
export function beepFrequencyHz(spo2Pct: number): number {
  const spo2 = Math.min(100, Math.max(50, spo2Pct))
  return 880 * 2 ** ((spo2 - 100) / 24)
}

export interface AlarmPattern {
  /** Pulse onsets within one burst, seconds. */
  onsetsSec: readonly number[]
  pulseSec: number
  frequencyHz: number
  /** Time from one burst's start to the next. */
  repeatSec: number
}

/** High: 10 pulses (3 + 2, pause, 3 + 2) every 7 s. Medium: 3 slower, lower pulses every 8 s. */
export const ALARM_PATTERNS: Readonly<Record<AlarmPriority, AlarmPattern>> = {
  high: {
    onsetsSec: [0, 0.2, 0.4, 0.8, 1.0, 1.8, 2.0, 2.2, 2.6, 2.8],
    pulseSec: 0.12,
    frequencyHz: 880,
    repeatSec: 7,
  },
  medium: { onsetsSec: [0, 0.33, 0.66], pulseSec: 0.18, frequencyHz: 660, repeatSec: 8 },
}

export const BEEP_SEC = 0.08

/** The most urgent of the sounding alarms (null when none sounds). */
export function highestPriority(alarms: readonly AlarmId[]): AlarmPriority | null {
  let best: AlarmPriority | null = null
  for (const alarm of alarms) {
    const p = alarmPriority(alarm)
    if (p === 'high') return p
    best = p
  }
  return best
}

export interface SoundInput {
  /** Sound only while the scenario runs (not while paused or ended). */
  running: boolean
  /** A pulse is felt and SpO2 is monitored: beep at each beat. */
  beep: boolean
  spo2Pct: number
  rhythm: Rhythm
  seed: number
  /** Beat-clock position now (monitor-clock.ts). */
  beats: number
  alarms: readonly AlarmId[]
}

export interface Tone {
  kind: 'beep' | 'alarm'
  atSec: number
  durationSec: number
  frequencyHz: number
}

export interface SoundPlanner {
  /**
   * Appends to `out` the tones due from `nowSec` on (alarm bursts are scheduled ahead). Returns true
   * when alarm tones scheduled earlier must be cancelled (the alarm changed or stopped).
   */
  plan(input: SoundInput, nowSec: number, out: Tone[]): boolean
}

export function createSoundPlanner(): SoundPlanner {
  let lastBeats: number | null = null
  let priority: AlarmPriority | null = null
  let nextBurstSec = 0
  return {
    plan(input, nowSec, out) {
      const { beats } = input
      // One beep per R wave crossed since the last call (none after a stall, when the tab was hidden).
      if (input.running && input.beep && lastBeats !== null && beats > lastBeats && beats - lastBeats < 3) {
        for (let k = Math.floor(lastBeats) - 1; k <= Math.floor(beats) + 1; k++) {
          const r = rPeakBeat(input.rhythm, k, input.seed)
          if (r > lastBeats && r <= beats) {
            out.push({
              kind: 'beep',
              atSec: nowSec,
              durationSec: BEEP_SEC,
              frequencyHz: beepFrequencyHz(input.spo2Pct),
            })
            break
          }
        }
      }
      lastBeats = beats

      const wanted = input.running ? highestPriority(input.alarms) : null
      const cancel = wanted !== priority
      if (cancel) {
        priority = wanted
        nextBurstSec = nowSec
      }
      if (priority && nowSec >= nextBurstSec) {
        // A burst starts now (at most a frame late), never in the past: late pulses would all sound at once.
        const pattern = ALARM_PATTERNS[priority]
        for (const onset of pattern.onsetsSec) {
          out.push({
            kind: 'alarm',
            atSec: nowSec + onset,
            durationSec: pattern.pulseSec,
            frequencyHz: pattern.frequencyHz,
          })
        }
        nextBurstSec = nowSec + pattern.repeatSec
      }
      return cancel
    },
  }
}

import type { Timeline, Vitals } from '../../engine/index.ts'
import { vitalsAt } from './vitals-at.ts'

/** Chart series, one value per sample; null where the monitor had no reading. */
export interface VitalsSeries {
  /** Sim seconds of the samples: every whole second, plus the end when it falls between two. */
  t: number[]
  hr: (number | null)[]
  sbp: (number | null)[]
  spo2: (number | null)[]
  etco2: (number | null)[]
  rr: (number | null)[]
}

/**
 * Without a pulse a cuff and an oximeter read nothing, whatever CPR generates (the engine's `vital.measured`
 * and the monitor's rule); the state still carries the CPR-generated numbers, which the chart must not show.
 */
const needsPulse = (v: Vitals, value: number) => (v.pulse ? value : null)

export function vitalsSeries(timeline: Timeline): VitalsSeries {
  const series: VitalsSeries = { t: [], hr: [], sbp: [], spo2: [], etco2: [], rr: [] }
  const times: number[] = []
  for (let ms = 0; ms <= timeline.endMs; ms += 1000) times.push(ms)
  if (times[times.length - 1] !== timeline.endMs) times.push(timeline.endMs)
  for (const ms of times) {
    const v = vitalsAt(timeline, ms)
    series.t.push(ms / 1000)
    series.hr.push(v.hr)
    series.sbp.push(needsPulse(v, v.sbp))
    series.spo2.push(needsPulse(v, v.spo2))
    series.etco2.push(v.etco2)
    series.rr.push(v.rr)
  }
  return series
}

import type { SimEvent } from '../../engine/types.ts'
import { NUMERIC_VITALS } from '../../scenario/schema/index.ts'
import type { NumericVital, Rhythm } from '../../scenario/schema/index.ts'
import { formatVitalValue, RHYTHM_LABELS, vitalName } from '../format.ts'

type Measured = Extract<SimEvent, { type: 'vital.measured' }>

export interface Measurement {
  /** Sequence number of the (first) event, a stable React key. */
  seq: number
  atMs: number
  actionId: string
  text: string
}

const isNumericVital = (v: string): v is NumericVital => v in NUMERIC_VITALS

/** "Glucose 2.1 mmol/L", "Pulse: absent", "SpO2: no reading". */
export function describeMeasurement(event: Pick<Measured, 'vital' | 'value'>): string {
  const { vital, value } = event
  if (vital === 'pulse') {
    if (value === null) return 'Pulse: no reading'
    return `Pulse: ${value ? 'present' : 'absent'}`
  }
  if (vital === 'rhythm') {
    if (value === null) return 'Rhythm: no reading'
    return `Rhythm: ${RHYTHM_LABELS[value as Rhythm] ?? String(value)}`
  }
  if (!isNumericVital(vital)) return `${vital}: ${String(value)}`
  const name = vitalName(vital)
  if (typeof value !== 'number') return `${name}: no reading`
  return `${name} ${formatVitalValue(vital, value)}`
}

/**
 * The learner's measurements, newest first. A cuff reading (systolic and diastolic from one action at
 * one moment) reads as one blood pressure, the way a clinician would say it.
 */
export function listMeasurements(events: readonly SimEvent[]): Measurement[] {
  const out: Measurement[] = []
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    if (e?.type !== 'vital.measured') continue
    const next = events[i + 1]
    if (e.vital === 'sbp' && next?.type === 'vital.measured' && next.vital === 'dbp' && next.atMs === e.atMs) {
      out.push({ seq: e.seq, atMs: e.atMs, actionId: e.actionId, text: bloodPressure(e.value, next.value) })
      i++
      continue
    }
    out.push({ seq: e.seq, atMs: e.atMs, actionId: e.actionId, text: describeMeasurement(e) })
  }
  return out.reverse()
}

function bloodPressure(sys: Measured['value'], dia: Measured['value']): string {
  if (typeof sys !== 'number' || typeof dia !== 'number') return 'Blood pressure: no reading'
  return `Blood pressure ${Math.round(sys)}/${Math.round(dia)} mmHg`
}

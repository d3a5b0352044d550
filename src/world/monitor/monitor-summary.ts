import type { AlarmId } from '../../engine/types.ts'
import type { SimStoreState } from '../../store/index.ts'
import {
  alarmPriority,
  alarmText,
  createNumerics,
  readNumerics,
  type AlarmPriority,
  type MonitorNumerics,
} from './monitor-readout.ts'
import { kPaTenths, NO_READING, tenthsText } from './monitor-text.ts'

/** The monitor's numerics for DOM views (text list, aria-label), refreshed about once a second. */
export interface MonitorSummary {
  numerics: Readonly<MonitorNumerics>
  /** Alarm messages, most urgent first. */
  alarms: readonly { id: AlarmId; text: string; priority: AlarmPriority }[]
}

let last: { key: string; alarms: readonly AlarmId[]; monitored: readonly string[]; summary: MonitorSummary } | null =
  null

const sameNumerics = (a: MonitorNumerics, b: MonitorNumerics) =>
  (Object.keys(a) as (keyof MonitorNumerics)[]).every((k) => a[k] === b[k])

/**
 * Store selector for `useSim`: the numerics as of the current whole second of sim time (at once when
 * alarms or the monitored vitals change), and the same object while nothing shown has changed, so a
 * component re-renders at most about once a second however fast the vitals' noise moves.
 */
export function selectMonitorSummary(s: SimStoreState): MonitorSummary | null {
  const sim = s.sim
  if (!sim) return null
  const key = `${sim.scenarioId}|${sim.seed}|${Math.floor(sim.nowMs / 1000)}`
  if (last && last.key === key && last.alarms === sim.alarms && last.monitored === sim.monitored) return last.summary
  const numerics = readNumerics(sim, createNumerics())
  const alarms = [...sim.alarms]
    .sort((a, b) => (alarmPriority(a) === alarmPriority(b) ? 0 : alarmPriority(a) === 'high' ? -1 : 1))
    .map((id) => ({ id, text: alarmText(id, sim, s.scenario), priority: alarmPriority(id) }))
  const previous = last?.summary
  const unchanged =
    previous &&
    sameNumerics(previous.numerics, numerics) &&
    previous.alarms.length === alarms.length &&
    previous.alarms.every((a, i) => a.text === alarms[i]?.text && a.priority === alarms[i]?.priority)
  const summary = unchanged ? previous : { numerics, alarms }
  last = { key, alarms: sim.alarms, monitored: sim.monitored, summary }
  return summary
}

export interface NumericRow {
  id: 'hr' | 'nibp' | 'spo2' | 'rr' | 'etco2' | 'temp'
  label: string
  value: string
  unit: string
  /** Words for a screen reader ("97 percent", "no reading", "not monitored"). */
  spoken: string
  monitored: boolean
  alarm: AlarmPriority | null
}

const text = (n: number | null) => (n === null ? NO_READING : String(n))
const spoken = (on: boolean, n: number | string | null, unit: string) =>
  !on ? 'not monitored' : n === null ? 'no reading' : `${n} ${unit}`

/** The numerics as rows for a text list, in monitor order. */
export function numericRows(summary: MonitorSummary): NumericRow[] {
  const n = summary.numerics
  const alarmOn = (...ids: AlarmId[]) => {
    const hit = summary.alarms.find((a) => ids.includes(a.id))
    return hit ? hit.priority : null
  }
  const bp = n.sys === null || n.dia === null ? null : `${n.sys}/${n.dia}`
  const temp = n.tempTenths === null ? null : tenthsText(n.tempTenths)
  return [
    {
      id: 'hr',
      label: 'HR',
      value: text(n.hr),
      unit: '/min',
      spoken: spoken(n.hrOn, n.hr, 'per minute'),
      monitored: n.hrOn,
      alarm: alarmOn('rhythm', 'hr'),
    },
    {
      id: 'nibp',
      label: 'NIBP',
      value: bp === null ? `${NO_READING}/${NO_READING}` : `${bp} (${n.map})`,
      unit: 'mmHg',
      spoken: spoken(n.nibpOn, bp === null ? null : `${n.sys} over ${n.dia}, mean ${n.map}`, 'millimetres of mercury'),
      monitored: n.nibpOn,
      alarm: alarmOn('sbp', 'dbp'),
    },
    {
      id: 'spo2',
      label: 'SpO2',
      value: text(n.spo2),
      unit: '%',
      spoken: spoken(n.spo2On, n.spo2, 'percent'),
      monitored: n.spo2On,
      alarm: alarmOn('spo2'),
    },
    {
      id: 'rr',
      label: 'RR',
      value: text(n.rr),
      unit: '/min',
      spoken: spoken(n.rrOn, n.rr, 'per minute'),
      monitored: n.rrOn,
      alarm: alarmOn('rr'),
    },
    {
      id: 'etco2',
      label: 'EtCO2',
      value: n.etco2 === null ? NO_READING : `${n.etco2} (${tenthsText(kPaTenths(n.etco2))} kPa)`,
      unit: 'mmHg',
      spoken: spoken(n.etco2On, n.etco2, 'millimetres of mercury'),
      monitored: n.etco2On,
      alarm: alarmOn('etco2'),
    },
    {
      id: 'temp',
      label: 'Temp',
      value: temp ?? NO_READING,
      unit: '°C',
      spoken: spoken(n.tempOn, temp, 'degrees Celsius'),
      monitored: n.tempOn,
      alarm: alarmOn('temp'),
    },
  ]
}

const SPOKEN_LABEL: Record<NumericRow['id'], string> = {
  hr: 'Heart rate',
  nibp: 'Blood pressure',
  spo2: 'SpO2',
  rr: 'Respiratory rate',
  etco2: 'End-tidal CO2',
  temp: 'Temperature',
}

/** One sentence for the monitor canvas's aria-label: the monitored numerics and the alarms. */
export function describeMonitor(summary: MonitorSummary | null): string {
  if (!summary) return 'Patient monitor: no patient connected.'
  const parts = numericRows(summary)
    .filter((r) => r.monitored)
    .map((r) => `${SPOKEN_LABEL[r.id]} ${r.spoken}`)
  const alarms = summary.alarms.length ? `Alarms: ${summary.alarms.map((a) => a.text).join(', ')}.` : 'No alarms.'
  return `Patient monitor. ${parts.join('. ')}. ${alarms}`
}

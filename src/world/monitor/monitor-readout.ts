import type { AlarmId, SimState } from '../../engine/types.ts'
import type { NumericVital, Rhythm, Scenario } from '../../scenario/schema/index.ts'
import type { SimStoreState } from '../../store/index.ts'
import { CPR_VENTILATION_RATE } from './capno.ts'
import { ecgRateBpm } from './ecg.ts'

/**
 * What the monitor shows, derived from the store: the inputs of the waveforms (`readSignals`) and the
 * numerics (`readNumerics`). Both fill a caller-owned object so that a per-frame reader allocates nothing.
 */
export interface MonitorSignals {
  /** Traces sweep while the scenario is ready or running; they freeze while paused or ended. */
  live: boolean
  rhythm: Rhythm
  /** ECG rate (null in VF). */
  ecgRateBpm: number | null
  pulse: boolean
  seed: number
  ecgOn: boolean
  plethOn: boolean
  capnoOn: boolean
  etco2MmHg: number
  /** Breaths per minute driving the capnogram (the patient's or the bag's). */
  breathRatePerMin: number
  /** CPR without a pulse: the capnogram shows the rescuers' 30:2 ventilations. */
  cprVentilation: boolean
}

export function createSignals(): MonitorSignals {
  return {
    live: false,
    rhythm: 'asystole',
    ecgRateBpm: 0,
    pulse: false,
    seed: 0,
    ecgOn: false,
    plethOn: false,
    capnoOn: false,
    etco2MmHg: 0,
    breathRatePerMin: 0,
    cprVentilation: false,
  }
}

/** Fills `out` from the store; returns false when no scenario is loaded. */
export function readSignals(state: SimStoreState, out: MonitorSignals): boolean {
  const sim = state.sim
  if (!sim) return false
  const v = sim.vitals
  out.live = state.status === 'ready' || state.status === 'running'
  out.rhythm = v.rhythm
  out.ecgRateBpm = ecgRateBpm(v.rhythm, v.hr)
  out.pulse = v.pulse
  out.seed = sim.seed % 100003
  out.ecgOn = sim.monitored.includes('hr')
  out.plethOn = sim.monitored.includes('spo2')
  out.capnoOn = sim.monitored.includes('etco2')
  out.etco2MmHg = v.etco2
  out.breathRatePerMin = v.rr
  out.cprVentilation = !v.pulse && sim.active['cpr'] !== undefined
  return true
}

/** Displayed numbers, rounded as the screen shows them. `null`: "---" (no reading). */
export interface MonitorNumerics {
  hrOn: boolean
  hr: number | null
  spo2On: boolean
  spo2: number | null
  /** Pulse rate from the oximeter (null without a pulse). */
  pulseRate: number | null
  nibpOn: boolean
  sys: number | null
  dia: number | null
  map: number | null
  rrOn: boolean
  rr: number | null
  etco2On: boolean
  etco2: number | null
  tempOn: boolean
  /** Tenths of a degree Celsius (e.g. 368 = 36.8 °C). */
  tempTenths: number | null
}

export function createNumerics(): MonitorNumerics {
  return {
    hrOn: false,
    hr: null,
    spo2On: false,
    spo2: null,
    pulseRate: null,
    nibpOn: false,
    sys: null,
    dia: null,
    map: null,
    rrOn: false,
    rr: null,
    etco2On: false,
    etco2: null,
    tempOn: false,
    tempTenths: null,
  }
}

/**
 * Fills `out` with what each numeric shows: HR is counted from the ECG ("---" in VF); SpO2, pulse
 * rate and NIBP need a pulse; during CPR the respiratory rate is the capnograph's ventilation count.
 */
export function readNumerics(sim: Readonly<SimState>, out: MonitorNumerics): MonitorNumerics {
  const v = sim.vitals
  const shown = sim.monitored
  const rate = ecgRateBpm(v.rhythm, v.hr)
  out.hrOn = shown.includes('hr')
  out.hr = out.hrOn && rate !== null ? Math.round(rate) : null
  out.spo2On = shown.includes('spo2')
  out.spo2 = out.spo2On && v.pulse ? Math.round(v.spo2) : null
  out.pulseRate = out.spo2On && v.pulse && rate !== null ? Math.round(rate) : null
  out.nibpOn = shown.includes('sbp') || shown.includes('dbp')
  const cuff = out.nibpOn && v.pulse
  out.sys = cuff ? Math.round(v.sbp) : null
  out.dia = cuff ? Math.round(v.dbp) : null
  // MAP from the numbers shown, so that a learner's mental check agrees with the screen.
  out.map = out.sys !== null && out.dia !== null ? Math.round(out.dia + (out.sys - out.dia) / 3) : null
  out.etco2On = shown.includes('etco2')
  out.etco2 = out.etco2On ? Math.round(v.etco2) : null
  out.rrOn = shown.includes('rr') || out.etco2On
  const cprVentilation = !v.pulse && sim.active['cpr'] !== undefined && out.etco2On
  out.rr = !out.rrOn ? null : cprVentilation ? CPR_VENTILATION_RATE : shown.includes('rr') ? Math.round(v.rr) : null
  out.tempOn = shown.includes('temp')
  out.tempTenths = out.tempOn ? Math.round(v.temp * 10) : null
  return out
}

export type AlarmPriority = 'high' | 'medium'

/** Lethal rhythms are high priority (red); a vital outside its limits is medium (yellow). */
export const alarmPriority = (alarm: AlarmId): AlarmPriority => (alarm === 'rhythm' ? 'high' : 'medium')

const RHYTHM_ALARM: Partial<Record<Rhythm, string>> = { vf: 'VF', vt: 'VT', asystole: 'ASYSTOLE' }

const VITAL_LABEL: Record<NumericVital, string> = {
  hr: 'HR',
  sbp: 'NBP SYS',
  dbp: 'NBP DIA',
  spo2: 'SpO2',
  rr: 'RR',
  etco2: 'EtCO2',
  temp: 'TEMP',
  glucose: 'GLUCOSE',
  gcs: 'GCS',
}
const LOW = Object.fromEntries(Object.entries(VITAL_LABEL).map(([k, l]) => [k, `${l} LOW`])) as Record<
  NumericVital,
  string
>
const HIGH = Object.fromEntries(Object.entries(VITAL_LABEL).map(([k, l]) => [k, `${l} HIGH`])) as Record<
  NumericVital,
  string
>

/**
 * The alarm message a monitor shows ("VF", "SpO2 LOW", ...): constant strings, no allocation. A
 * rhythm alarm still sounding after conversion (it clears after its confirmation delay) reads ARRHYTHMIA.
 */
export function alarmText(alarm: AlarmId, sim: Readonly<SimState>, scenario: Scenario | null): string {
  if (alarm === 'rhythm') return RHYTHM_ALARM[sim.vitals.rhythm] ?? 'ARRHYTHMIA'
  const limits = scenario?.monitor.alarms?.[alarm]
  const value = sim.vitals[alarm]
  if (limits?.high !== undefined && value > limits.high) return HIGH[alarm]
  if (limits?.low !== undefined && value < limits.low) return LOW[alarm]
  // Clearing (back within limits but not yet confirmed): name the side it breached.
  if (limits?.high !== undefined && (limits.low === undefined || value > (limits.low + limits.high) / 2)) {
    return HIGH[alarm]
  }
  return LOW[alarm]
}

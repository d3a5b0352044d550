import { NUMERIC_VITALS } from '../scenario/schema/index.ts'
import type { NumericVital, Rhythm, Route } from '../scenario/schema/index.ts'

/** Sim time as mm:ss; minutes keep counting past 59 so a long run never wraps. */
export function formatClock(ms: number): string {
  const totalS = Math.max(0, Math.floor(ms / 1000))
  const mm = String(Math.floor(totalS / 60)).padStart(2, '0')
  const ss = String(totalS % 60).padStart(2, '0')
  return `${mm}:${ss}`
}

export const RHYTHM_LABELS: Record<Rhythm, string> = {
  sinus: 'Sinus rhythm',
  'sinus-tachycardia': 'Sinus tachycardia',
  'sinus-bradycardia': 'Sinus bradycardia',
  af: 'Atrial fibrillation',
  svt: 'Supraventricular tachycardia',
  vt: 'Ventricular tachycardia',
  vf: 'Ventricular fibrillation',
  asystole: 'Asystole',
  pea: 'Pulseless electrical activity',
}

export const ROUTE_LABELS: Record<Route, string> = {
  iv: 'IV (intravenous)',
  io: 'IO (intraosseous)',
  im: 'IM (intramuscular)',
  in: 'IN (intranasal)',
  sc: 'SC (subcutaneous)',
  po: 'PO (by mouth)',
  neb: 'Nebulised',
  inh: 'Inhaled',
  sl: 'SL (sublingual)',
  pr: 'PR (rectal)',
  et: 'ET (endotracheal)',
}

const VITAL_NAMES: Partial<Record<NumericVital, string>> = { hr: 'Heart rate', temp: 'Temperature', glucose: 'Glucose' }
/** Vitals shown with one decimal (the others are whole numbers, as a monitor or meter shows them). */
const DECIMAL_VITALS: ReadonlySet<NumericVital> = new Set(['temp', 'glucose'])

export function vitalName(vital: NumericVital): string {
  const label = VITAL_NAMES[vital] ?? NUMERIC_VITALS[vital].label
  return label.charAt(0).toUpperCase() + label.slice(1)
}

/** "2.1 mmol/L", "92 mmHg", "14" (GCS has no unit). */
export function formatVitalValue(vital: NumericVital, value: number): string {
  const shown = DECIMAL_VITALS.has(vital) ? value.toFixed(1) : String(Math.round(value))
  const { unit } = NUMERIC_VITALS[vital]
  return unit ? `${shown}${unit === '%' || unit === '°C' ? '' : ' '}${unit}` : shown
}

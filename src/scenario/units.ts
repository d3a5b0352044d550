import type { AmountRange, Unit } from './schema/index.ts'

/**
 * What each unit measures. Units of one quantity convert into each other (per-kg units through the
 * patient's weight), so a mg window can score a dose typed in mcg or mg/kg, but never one in mL.
 * Mirrors the conversion table in src/engine/amounts.ts, which this pure layer may not import.
 */
const QUANTITY: Record<Unit, string> = {
  mcg: 'mass',
  mg: 'mass',
  g: 'mass',
  'mcg/kg': 'mass',
  'mg/kg': 'mass',
  mL: 'volume',
  'mL/kg': 'volume',
  L: 'volume',
  units: 'units',
  mmol: 'amount of substance',
  J: 'energy',
  'J/kg': 'energy',
  'L/min': 'flow',
}

export const convertible = (a: Unit, b: Unit) => QUANTITY[a] === QUANTITY[b]

/** "0.4–0.6 mg", "≥ 150 J", "1 mg". */
export function describeWindow(range: AmountRange): string {
  const { min, max, unit } = range
  if (min !== undefined && max !== undefined) return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`
  return min !== undefined ? `≥ ${min} ${unit}` : `≤ ${String(max)} ${unit}`
}
